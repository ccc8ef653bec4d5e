package com.pledgeboard.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.OverriddenGap;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.i18n.NotFound;
import com.pledgeboard.progress.CommitmentProgress;
import com.pledgeboard.progress.LightCounts;
import com.pledgeboard.progress.ProgressBoard.ApprovedReport;
import com.pledgeboard.progress.ProgressBoard.LightChange;
import com.pledgeboard.progress.ProgressBoard.PublicFile;
import com.pledgeboard.progress.ProgressBoard;
import com.pledgeboard.progress.TargetProgress;
import com.pledgeboard.progress.rules.Light;
import com.pledgeboard.progress.rules.Period;
import com.pledgeboard.progress.rules.Verdict;
import com.pledgeboard.scoring.ScoreBoard;
import com.pledgeboard.scoring.Scoring;
import com.pledgeboard.scoring.engine.DepartmentResult;

import org.springframework.stereotype.Component;

/**
 * What the public pages of a plan year show, built once for a page and its JSON twin alike: the year
 * by category with the lights of each department and, once the year is closed, its standing; and one
 * commitment with its progress through the year.
 */
@Component
class PortalViews {

	private final PublicYears years;

	private final ProgressBoard progress;

	private final Scoring scoring;

	PortalViews(PublicYears years, ProgressBoard progress, Scoring scoring) {
		this.years = years;
		this.progress = progress;
		this.scoring = scoring;
	}

	/**
	 * A plan year: its state, its counts and each category; {@code gapsOverridden}, the gaps the office
	 * moved it on past (empty when it never moved on half-done).
	 */
	record YearOverview(String region, String regionName, int year, PlanYearState state, int departmentCount,
			int commitmentCount, LightCounts lights, boolean ranked, List<CategoryOverview> categories,
			List<OverriddenGap> gapsOverridden, OnTrack onTrack, Changes changes) {

		/** The year's lights as a stacked bar. */
		public LightBar bar() {
			return LightBar.of(lights);
		}

		/** Whether the year moved to {@code CLOSED} past a gap: its scores rest on an unfinished year. */
		public boolean closedWithGaps() {
			return gapsOverridden.stream().anyMatch(g -> g.to() == PlanYearState.CLOSED);
		}

	}

	/**
	 * A category of departments, in the order of the table, or by rank once the year is closed.
	 * {@code name} is the category as printed in the table.
	 */
	record CategoryOverview(String name, LightCounts lights, List<DepartmentRow> departments) {

		public LightBar bar() {
			return LightBar.of(lights);
		}

	}

	/** A department in its category; {@code standing} is {@code null} until the year is closed. */
	record DepartmentRow(String name, boolean resolved, int commitmentCount, BigDecimal selfCoefficient,
			BigDecimal assessedCoefficient, LightCounts lights, Standing standing) {

		public LightBar bar() {
			return LightBar.of(lights);
		}

	}

	/**
	 * The year's promise targets on track: {@code green} of the {@code judged} ones with a light (those
	 * with nothing due or approved yet have none), of {@code targets} in all.
	 */
	record OnTrack(int green, int judged, int targets) {

		static OnTrack of(Collection<CommitmentProgress> progress) {
			int green = 0;
			int judged = 0;
			int targets = 0;
			for (CommitmentProgress p : progress) {
				for (TargetProgress t : p.targets()) {
					targets++;
					if (t.light().light() != Light.NONE) {
						judged++;
					}
					if (t.light().light() == Light.GREEN) {
						green++;
					}
				}
			}
			return new OnTrack(green, judged, targets);
		}

		/** The green share of the judged targets in whole percent, or {@code null} when none is judged. */
		public Integer percent() {
			return judged == 0 ? null : (int) Math.round(100.0 * green / judged);
		}

	}

	/**
	 * The commitments whose light changed from one overdue period to the next ({@code null} before two
	 * periods are overdue).
	 */
	record Changes(int previousPeriod, int latestPeriod, List<ChangeRow> rows) {
	}

	/** A commitment whose light changed, with the light before and after and the reason for the new one. */
	record ChangeRow(String department, int no, String title, Verdict before, Verdict after) {
	}

	/** A department's final place in its category, as frozen when the year closed. */
	record Standing(int rank, boolean tied, int categorySize, BigDecimal total, String grade) {

		static Standing of(DepartmentResult d) {
			return new Standing(d.rank(), d.tied() > 1, d.categorySize(), d.total(), d.grade().name());
		}

	}

	YearOverview year(PlanYear planYear) {
		List<DepartmentEntry> entries = years.entries(planYear);
		Map<Long, CommitmentProgress> lights = progress.ofYear(planYear);
		Optional<ScoreBoard> board = scoring.published(planYear.id());
		Map<String, List<DepartmentRow>> byCategory = new LinkedHashMap<>();
		Map<String, List<CommitmentProgress>> lightsByCategory = new LinkedHashMap<>();
		for (DepartmentEntry e : entries) {
			List<CommitmentProgress> own = e.commitments().stream().map(c -> lights.get(c.id())).toList();
			Standing standing = board.flatMap(b -> b.result().department(e.id())).map(Standing::of).orElse(null);
			byCategory.computeIfAbsent(e.category(), k -> new ArrayList<>())
				.add(new DepartmentRow(e.displayName(), e.resolved(), e.commitments().size(), e.selfCoefficient(),
						e.assessedCoefficient(), LightCounts.of(own), standing));
			lightsByCategory.computeIfAbsent(e.category(), k -> new ArrayList<>()).addAll(own);
		}
		List<CategoryOverview> categories = new ArrayList<>();
		byCategory.forEach((name, rows) -> {
			List<DepartmentRow> ordered = board.isPresent() ? rows.stream()
				.sorted(Comparator.comparing((DepartmentRow r) -> r.standing() == null ? Integer.MAX_VALUE : r.standing().rank()))
				.toList() : rows;
			categories.add(new CategoryOverview(name, LightCounts.of(lightsByCategory.get(name)), ordered));
		});
		return new YearOverview(planYear.regionCode(), planYear.regionName(), planYear.year(), planYear.state(),
				entries.size(), entries.stream().mapToInt(e -> e.commitments().size()).sum(),
				LightCounts.of(lights.values()), board.isPresent(), categories, years.overriddenGaps(planYear),
				OnTrack.of(lights.values()), changes(planYear, entries));
	}

	private Changes changes(PlanYear planYear, List<DepartmentEntry> entries) {
		return progress.lightChanges(planYear).map(c -> {
			Map<Long, LightChange> byCommitment = new HashMap<>();
			c.changes().forEach(change -> byCommitment.put(change.commitmentId(), change));
			List<ChangeRow> rows = new ArrayList<>();
			for (DepartmentEntry e : entries) {
				for (Commitment commitment : e.commitments()) {
					LightChange change = byCommitment.get(commitment.id());
					if (change != null) {
						rows.add(new ChangeRow(e.displayName(), commitment.no(), commitment.title(), change.before(),
								change.after()));
					}
				}
			}
			return new Changes(c.previousPeriod(), c.latestPeriod(), rows);
		}).orElse(null);
	}

	/** The department's lights: those of its commitments. */
	LightCounts lights(Map<Long, CommitmentProgress> progress, DepartmentEntry entry) {
		return LightCounts.of(entry.commitments().stream().map(c -> progress.get(c.id())).toList());
	}

	/** Each promise target of the commitments as a picture, by target id. */
	Map<Long, TargetPicture> pictures(PlanYear planYear, List<Commitment> commitments,
			Map<Long, CommitmentProgress> lights) {
		List<Period> periods = progress.calendar(planYear).periods();
		Map<Long, TargetPicture> pictures = new HashMap<>();
		for (Commitment c : commitments) {
			CommitmentProgress p = lights.get(c.id());
			Map<Long, Target> targets = new HashMap<>();
			c.targets().forEach(t -> targets.put(t.id(), t));
			for (TargetProgress t : p.targets()) {
				pictures.put(t.targetId(), TargetPicture.of(targets.get(t.targetId()).definition(), t, periods));
			}
		}
		return pictures;
	}

	/** The department's standing once the year is closed. */
	Optional<Standing> standing(PlanYear planYear, DepartmentEntry entry) {
		return scoring.published(planYear.id()).flatMap(b -> b.result().department(entry.id())).map(Standing::of);
	}

	CategoryOverview category(PlanYear planYear, String name) {
		return year(planYear).categories()
			.stream()
			.filter(c -> c.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new NotFound("portal.notFound.category", name, planYear.year()));
	}

	/**
	 * One commitment as the public sees it: its description with the target spans marked, each target,
	 * the light and readings through the year, the approved reports and the files made public with them.
	 * {@code previous} and {@code next} are the numbers of the department's neighbouring commitments.
	 */
	record CommitmentPage(DepartmentEntry entry, Commitment commitment, CommitmentProgress progress,
			List<ApprovedReport> reports, List<PublicFile> evidence, Integer previous, Integer next) {

		/** The commitment as its page shows it: the description marked, each target in plain words. */
		public DepartmentPage.CommitmentItem item() {
			return DepartmentPage.item(commitment);
		}

	}

	CommitmentPage commitment(PlanYear planYear, DepartmentEntry entry, int no) {
		List<Commitment> all = entry.commitments();
		int at = -1;
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).no() == no) {
				at = i;
			}
		}
		if (at < 0) {
			throw new NotFound("portal.notFound.commitment", no, entry.displayName());
		}
		Commitment c = all.get(at);
		return new CommitmentPage(entry, c, progress.ofYear(planYear).get(c.id()),
				progress.approvedReports(planYear, c), progress.publicFiles(planYear).getOrDefault(c.id(), List.of()),
				at > 0 ? all.get(at - 1).no() : null, at + 1 < all.size() ? all.get(at + 1).no() : null);
	}

}
