package com.pledgeboard.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.CatalogueEditing;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.i18n.Forbidden;
import com.pledgeboard.i18n.Message;
import com.pledgeboard.i18n.NotFound;
import com.pledgeboard.i18n.Refused;
import com.pledgeboard.rules.Measurement;
import com.pledgeboard.rules.ReadingRefused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final readings of a plan year as the back office reads and completes them: for each commitment,
 * the reading of each measurable target that scoring uses now and where it comes from, or, for a
 * commitment without measurable targets, its reviewer's grade. While the year is being assessed the
 * assessment office enters a target's reading by hand with a reason (or clears its entry, so that the
 * approved report's counts again), and the office or a committee member grades a commitment without
 * measurable targets. The office and the committee read every department's; a department's users their
 * own, never another's. Every change is audited with what scoring used before and after.
 * <p>
 * Public for what another module does as a reviewer would: {@link #awaitingGrade} and the typed
 * {@link #grade(long, long, Completion, String)}, with the web form's authorisation and checks (the
 * demonstration year grades through them).
 */
@Service
public class HandReadings {

	static final int MAX_REASON = CatalogueEditing.MAX_REASON;

	private final Scoring scoring;

	private final Catalogue catalogue;

	private final ScoringStore stored;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HandReadings(Scoring scoring, Catalogue catalogue, ScoringStore stored, ApplicationEventPublisher events,
			Clock clock) {
		this.clock = clock;
		this.scoring = scoring;
		this.catalogue = catalogue;
		this.stored = stored;
		this.events = events;
	}

	/** A reviewer's grade (完成, 基本完成, 未完成) as the form posts it, and as {@link Reading} stores it. */
	public enum Completion {

		DONE(Reading.DONE), MOSTLY_DONE(Reading.MOSTLY_DONE), NOT_DONE(Reading.NOT_DONE);

		private final String stored;

		Completion(String stored) {
			this.stored = stored;
		}

		static Optional<Completion> ofStored(String grade) {
			for (Completion c : values()) {
				if (c.stored.equals(grade)) {
					return Optional.of(c);
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * The page: the year, the departments the user may choose among, the one chosen ({@code null}: all
	 * of them), whether only what is missing is listed, the counts of what is missing in the choice, and
	 * what the user may change.
	 */
	record Overview(PlanYear year, List<Choice> choices, Long entryId, boolean onlyMissing, int targetsWithout,
			int awaitingGrade, List<EntryView> entries, boolean mayEnter, boolean mayGrade) {

		/** Whether the page lists the commitment {@code c<id>} or the target {@code t<id>}. */
		boolean shows(String anchor) {
			return entries.stream().flatMap(e -> e.commitments().stream())
				.anyMatch(c -> anchor.equals("c" + c.id()) || c.targets().stream().anyMatch(t -> anchor.equals("t" + t.id())));
		}

	}

	record Choice(long entryId, String name) {
	}

	record EntryView(long id, String name, List<CommitmentView> commitments) {
	}

	/** A commitment: its measurable targets, or, where it has none, the grade it awaits or has. */
	record CommitmentView(long id, int no, String title, List<TargetView> targets, Shown grade) {

		public boolean graded() {
			return targets.isEmpty();
		}

	}

	/**
	 * A measurable target with the reading scoring uses ({@code null}: none) and, beneath a hand entry,
	 * the report's reading that counts again once the entry is cleared.
	 */
	record TargetView(long id, String text, TargetKind kind, String unit, Shown reading, Shown replaced) {
	}

	/**
	 * A reading as the page writes it: the figure, the day done (neither for a deadline not done), or
	 * the grade; and where it comes from, a report's period or who entered it by hand, when and why.
	 */
	record Shown(BigDecimal value, LocalDate doneOn, Completion grade, Integer period, boolean byHand, String by,
			OffsetDateTime at, String reason) {

		static Shown of(Reading r) {
			if (r == null) {
				return null;
			}
			Completion grade = Completion.ofStored(r.grade()).orElse(null);
			if (r.source() instanceof Reading.ByHand hand) {
				return new Shown(r.value(), r.doneDate(), grade, null, true, hand.by() == null ? "" : hand.by(), hand.at(),
						hand.reason());
			}
			Integer period = r.source() instanceof Reading.FromReport report ? report.period() : null;
			return new Shown(r.value(), r.doneDate(), grade, period, false, null, null, null);
		}

	}

	/** What waits for a final reading or a grade, for the back-office home. */
	record Missing(DepartmentEntry entry, Commitment commitment, Target target) {

		boolean grade() {
			return target == null;
		}

	}

	@Transactional(readOnly = true)
	Overview overview(long planYearId, Long entryId, boolean onlyMissing) {
		SignedInUser user = Accounts.require();
		PlanYear year = planYear(planYearId);
		List<DepartmentEntry> all = catalogue.entries(planYearId);
		List<DepartmentEntry> readable = all.stream().filter(e -> ScoringPolicy.canRead(user, e.departmentId())).toList();
		List<DepartmentEntry> chosen = readable;
		if (entryId != null) {
			DepartmentEntry entry = all.stream().filter(e -> e.id() == entryId).findFirst()
				.orElseThrow(() -> NotFound.of("entry " + entryId));
			if (!ScoringPolicy.canRead(user, entry.departmentId())) {
				throw new Forbidden("account.forbidden.department");
			}
			chosen = List.of(entry);
		}
		Scoring.Finals finals = scoring.finals(planYearId);
		int targetsWithout = 0;
		int awaitingGrade = 0;
		List<EntryView> entries = new ArrayList<>();
		for (DepartmentEntry e : chosen) {
			List<CommitmentView> commitments = new ArrayList<>();
			for (Commitment c : e.commitments()) {
				List<Target> measurable = measurable(c);
				Reading grade = finals.judgements().get(c.id());
				if (measurable.isEmpty() && grade == null) {
					awaitingGrade++;
				}
				List<TargetView> targets = new ArrayList<>();
				for (Target t : measurable) {
					Reading reading = finals.targets().get(t.id());
					if (reading == null) {
						targetsWithout++;
					}
					if (!onlyMissing || reading == null) {
						targets.add(new TargetView(t.id(), t.definition().describe(), t.definition().kind(),
								t.definition().unit(), Shown.of(reading), Shown.of(finals.replaced().get(t.id()))));
					}
				}
				boolean shown = measurable.isEmpty() ? !onlyMissing || grade == null : !targets.isEmpty();
				if (shown) {
					commitments.add(new CommitmentView(c.id(), c.no(), c.title(), targets, Shown.of(grade)));
				}
			}
			if (!commitments.isEmpty() || !onlyMissing) {
				entries.add(new EntryView(e.id(), e.displayName(), commitments));
			}
		}
		boolean assessing = year.state() == PlanYearState.ASSESSING;
		return new Overview(year, readable.stream().map(e -> new Choice(e.id(), e.displayName())).toList(), entryId,
				onlyMissing, targetsWithout, awaitingGrade, entries, assessing && ScoringPolicy.canManage(user),
				assessing && ScoringPolicy.canAssess(user));
	}

	/**
	 * Every measurable target without a final reading and every commitment without measurable targets
	 * awaiting a grade, in the order of the table. Not authorised: the home shows it to whom it concerns.
	 */
	@Transactional(readOnly = true)
	List<Missing> missing(PlanYear year) {
		Scoring.Finals finals = scoring.finals(year.id());
		List<Missing> missing = new ArrayList<>();
		for (DepartmentEntry e : catalogue.entries(year.id())) {
			for (Commitment c : e.commitments()) {
				List<Target> measurable = measurable(c);
				if (measurable.isEmpty() && !finals.judgements().containsKey(c.id())) {
					missing.add(new Missing(e, c, null));
				}
				for (Target t : measurable) {
					if (!finals.targets().containsKey(t.id())) {
						missing.add(new Missing(e, c, t));
					}
				}
			}
		}
		return missing;
	}

	/**
	 * Enters a target's final reading by hand, in place of the one from progress: a value, or for a
	 * deadline the day it was done or that it was not. The assessment office only, with a reason.
	 */
	@Transactional
	void enter(long planYearId, long targetId, String value, String doneOn, boolean notDone, String reason) {
		ScoringPolicy.requireManager();
		PlanYear year = assessing(planYearId);
		ExtractedTarget target = measurableTarget(planYearId, targetId);
		String why = reason == null ? "" : reason.strip();
		Reading reading = reading(target, value, doneOn, notDone, year.year(), LocalDate.now(clock));
		if (why.isEmpty() || why.length() > MAX_REASON) {
			throw new Refused("scoring.refused.reason", MAX_REASON);
		}
		Reading before = scoring.finals(planYearId).targets().get(targetId);
		stored.recordTarget(planYearId, targetId, reading.value(), reading.doneDate(), null, why);
		events.publishEvent(AuditEvent.of("FINAL_READING_ENTERED", "target", targetId, audited(before),
				audited(scoring.finals(planYearId).targets().get(targetId))));
	}

	/** Clears a target's hand entry, so that its reading from progress counts again. The office only. */
	@Transactional
	void clear(long planYearId, long targetId) {
		ScoringPolicy.requireManager();
		assessing(planYearId);
		measurableTarget(planYearId, targetId);
		Reading before = scoring.finals(planYearId).targets().get(targetId);
		if (before == null || !before.byHand()) {
			throw new Refused("scoring.refused.noHandEntry");
		}
		stored.clearTarget(targetId);
		events.publishEvent(AuditEvent.of("FINAL_READING_CLEARED", "target", targetId, audited(before),
				audited(scoring.finals(planYearId).targets().get(targetId))));
	}

	/**
	 * The commitments of a plan year that state no measurable target and have no grade yet, by id, in the
	 * order of the table; for whom may grade (the office or a committee member).
	 */
	@Transactional(readOnly = true)
	public List<Long> awaitingGrade(long planYearId) {
		ScoringPolicy.requireAssessor();
		return missing(planYear(planYearId)).stream().filter(Missing::grade).map(m -> m.commitment().id()).toList();
	}

	/** Grades a commitment as the form posts it: the grade's name, which is refused where it names none. */
	@Transactional
	void grade(long planYearId, long commitmentId, String grade, String comment) {
		Completion completion = Arrays.stream(Completion.values()).filter(c -> c.name().equals(grade)).findFirst()
			.orElse(null);
		grade(planYearId, commitmentId, completion, comment);
	}

	/**
	 * Grades a commitment that states no measurable target, replacing any grade before; the office or a
	 * committee member, while the year is assessed, with an optional comment; {@code null} is refused as a
	 * grade that names none.
	 */
	@Transactional
	public void grade(long planYearId, long commitmentId, Completion completion, String comment) {
		ScoringPolicy.requireAssessor();
		assessing(planYearId);
		Commitment commitment = catalogue.entries(planYearId).stream()
			.flatMap(e -> e.commitments().stream())
			.filter(c -> c.id() == commitmentId)
			.findFirst()
			.orElseThrow(() -> NotFound.of("commitment " + commitmentId));
		if (!measurable(commitment).isEmpty()) {
			throw new Refused("scoring.refused.gradeHasTargets");
		}
		if (completion == null) {
			throw new Refused("scoring.refused.grade");
		}
		String note = comment == null || comment.isBlank() ? null : comment.strip();
		if (note != null && note.length() > MAX_REASON) {
			throw new Refused("scoring.refused.comment", MAX_REASON);
		}
		Reading before = scoring.finals(planYearId).judgements().get(commitmentId);
		stored.recordJudgement(planYearId, commitmentId, completion.stored, note);
		events.publishEvent(AuditEvent.of("COMMITMENT_GRADED", "commitment", commitmentId, audited(before),
				audited(scoring.finals(planYearId).judgements().get(commitmentId))));
	}

	/** The reading as the audit trail keeps it, with where it came from; {@code null} for none. */
	private static Map<String, Object> audited(Reading r) {
		if (r == null) {
			return null;
		}
		Map<String, Object> map = new LinkedHashMap<>();
		if (r.value() != null) {
			map.put("value", r.value().toPlainString());
		}
		if (r.doneDate() != null) {
			map.put("doneOn", r.doneDate().toString());
		}
		if (r.grade() != null) {
			map.put("grade", r.grade());
		}
		if (r.source() instanceof Reading.FromReport report) {
			map.put("source", "report");
			map.put("period", report.period());
		}
		if (r.source() instanceof Reading.ByHand hand) {
			map.put("source", "hand");
			if (hand.by() != null) {
				map.put("by", hand.by());
			}
			if (hand.reason() != null) {
				map.put("reason", hand.reason());
			}
		}
		return map;
	}

	/**
	 * A reading as typed, read by the one rule the report form uses too; a deadline not done is said with
	 * {@code notDone} rather than left empty. The problem names the target.
	 */
	private static Reading reading(ExtractedTarget target, String value, String doneOn, boolean notDone, int year,
			LocalDate today) {
		try {
			if (target.kind() == TargetKind.DEADLINE) {
				String day = doneOn == null ? "" : doneOn.strip();
				if (notDone != day.isEmpty()) {
					throw new Refused(notDone ? "scoring.refused.doneAndNotDone" : "scoring.refused.doneOnMissing");
				}
			}
			Measurement m = Measurement.parse(target, target.kind() == TargetKind.DEADLINE ? doneOn : value, year, today);
			return new Reading(m.value(), m.doneOn(), null);
		}
		catch (ReadingRefused ex) {
			throw new Refused("scoring.refused.target", target.describe(), Message.of(ex.code(), ex.arguments()));
		}
		catch (Refused ex) {
			throw new Refused("scoring.refused.target", target.describe(), ex.reason());
		}
	}

	private List<Target> measurable(Commitment c) {
		return c.targets().stream().filter(t -> !t.definition().isBaseline()).toList();
	}

	private ExtractedTarget measurableTarget(long planYearId, long targetId) {
		Target target = catalogue.entries(planYearId).stream()
			.flatMap(e -> e.commitments().stream())
			.flatMap(c -> c.targets().stream())
			.filter(t -> t.id() == targetId)
			.findFirst()
			.orElseThrow(() -> NotFound.of("target " + targetId));
		if (target.definition().isBaseline()) {
			throw new Refused("scoring.refused.baseline");
		}
		return target.definition();
	}

	/** The plan year, locked against a close in the meantime, if it is being assessed; refused otherwise. */
	private PlanYear assessing(long planYearId) {
		PlanYear year = scoring.planYearForUpdate(planYearId);
		if (year.state() == PlanYearState.CLOSED) {
			throw new Refused("scoring.refused.readingsFrozen");
		}
		if (year.state() != PlanYearState.ASSESSING) {
			throw new Refused("scoring.refused.notAssessing", Message.of("year.state." + year.state()));
		}
		return year;
	}

	private PlanYear planYear(long planYearId) {
		return catalogue.planYear(planYearId).orElseThrow(() -> NotFound.of("plan year " + planYearId));
	}

}
