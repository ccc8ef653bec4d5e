package com.pledgeboard.difficulty;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.difficulty.rules.Calibration;
import com.pledgeboard.difficulty.rules.DifficultyAgainstAttainment;
import com.pledgeboard.scoring.Scoring;
import com.pledgeboard.scoring.engine.DepartmentResult;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The difficulty module's read API for other modules: a plan year's settings, what the public may
 * know of how a department's coefficient came about, and the calibration of self-assessed against
 * assessed coefficients. Readers decide whether the year is theirs to show; {@link #publicView} shows
 * nothing of a year that is not public.
 */
@Service
public class Difficulty {

	private final Catalogue catalogue;

	private final DifficultyRows rows;

	private final Scoring scoring;

	Difficulty(Catalogue catalogue, DifficultyRows rows, Scoring scoring) {
		this.catalogue = catalogue;
		this.rows = rows;
		this.scoring = scoring;
	}

	@Transactional(readOnly = true)
	public DifficultySettings settings(long planYearId) {
		return rows.settings(planYearId);
	}

	/** Raters, override and import of an entry of a public plan year; empty for any other. */
	@Transactional(readOnly = true)
	public Optional<PublicDifficulty> publicView(long entryId) {
		return catalogue.entryById(entryId).filter(found -> found.planYear().state().isPublic()).map(found -> {
			long year = found.planYear().id();
			boolean imported = catalogue.entriesWithImportedCoefficients(year).contains(entryId);
			boolean closed = rows.settings(year).closed();
			int raters = closed ? (int) rows.ratings(year)
				.stream()
				.filter(r -> r.entryId() == entryId)
				.map(DifficultyRows.RatingRow::raterId)
				.distinct()
				.count() : 0;
			List<DifficultyRows.ResultRow> overridden = rows.results(year)
				.stream()
				.filter(r -> r.entryId() == entryId && r.overridden())
				.toList();
			String reasons = overridden.stream().map(DifficultyRows.ResultRow::reason).collect(Collectors.joining("；"));
			return new PublicDifficulty(raters, !overridden.isEmpty(), overridden.isEmpty() ? null : reasons, imported);
		});
	}

	/** Every department of the year with both coefficients, self against assessed. */
	@Transactional(readOnly = true)
	public Calibration calibration(long planYearId) {
		Set<Long> imported = catalogue.entriesWithImportedCoefficients(planYearId);
		return Calibration.of(catalogue.entries(planYearId)
			.stream()
			.map(e -> new Calibration.Input(e.id(), e.displayName(), e.category(), e.selfCoefficient(),
					e.assessedCoefficient(), imported.contains(e.id())))
			.toList());
	}

	/**
	 * A closed year's coefficients against the share of targets attained, by the scores frozen at its close,
	 * and over the region's closed years up to it where there are several; empty before the year closes.
	 */
	@Transactional(readOnly = true)
	public Optional<AttainmentCalibration> againstAttainment(long planYearId) {
		PlanYear year = catalogue.planYear(planYearId).filter(y -> y.state() == PlanYearState.CLOSED).orElse(null);
		if (year == null) {
			return Optional.empty();
		}
		List<PlanYear> closed = catalogue.planYears(year.regionCode())
			.stream()
			.filter(y -> y.state() == PlanYearState.CLOSED && y.year() <= year.year())
			.sorted(Comparator.comparingInt(PlanYear::year))
			.toList();
		List<DifficultyAgainstAttainment.Point> own = points(year);
		if (closed.size() < 2) {
			return Optional.of(new AttainmentCalibration(DifficultyAgainstAttainment.of(own), null, List.of(year.year())));
		}
		List<DifficultyAgainstAttainment.Point> all = closed.stream().flatMap(y -> points(y).stream()).toList();
		return Optional.of(new AttainmentCalibration(DifficultyAgainstAttainment.of(own), DifficultyAgainstAttainment.of(all),
				closed.stream().map(PlanYear::year).toList()));
	}

	/**
	 * Each department of a closed year with its assessed coefficient (none: left out) and how many of its
	 * scored targets were attained: a target's attainment of 1 or more, which scoring gives only to a
	 * reading {@code rules.Goal} calls attained.
	 */
	private List<DifficultyAgainstAttainment.Point> points(PlanYear year) {
		Map<Long, BigDecimal> assessed = new HashMap<>();
		catalogue.entries(year.id()).stream().filter(e -> e.assessedCoefficient() != null)
			.forEach(e -> assessed.put(e.id(), e.assessedCoefficient()));
		return scoring.published(year.id())
			.map(board -> board.result().departments().stream()
				.map(d -> point(year.year(), d, assessed.get(d.entryId())))
				.toList())
			.orElse(List.of());
	}

	private static DifficultyAgainstAttainment.Point point(int year, DepartmentResult d, BigDecimal coefficient) {
		List<DepartmentResult.TargetResult> targets = d.commitments().stream()
			.flatMap(c -> c.targets().stream())
			.filter(t -> t.attainment() != null)
			.toList();
		int attained = (int) targets.stream().filter(t -> t.attainment().compareTo(BigDecimal.ONE) >= 0).count();
		return new DifficultyAgainstAttainment.Point(year, d.entryId(), d.name(), d.category(), coefficient,
				targets.size(), attained);
	}

}
