package com.pledgeboard.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.extraction.MetricSimilarity;
import com.pledgeboard.extraction.TargetDescriptions;
import com.pledgeboard.scoring.engine.DepartmentResult;

/**
 * A department's commitments of earlier plan years beside this year's: the same metric matched across
 * years ({@link MetricSimilarity#sameMetric}: one kind, one unit, each metric naming the other), and
 * what is promised again after being missed. Missed is what the earlier year's frozen scores say: a
 * target whose final attainment (from the final readings, by the scheme the year closed with) is below
 * 1. Only a closed year has a final word; a target of a year still open is shown without one.
 *
 * @param earlier the earlier public years in which the department has commitments, the latest first
 * @param matches each target of this year with the same metric in an earlier year, by this year's
 * commitment, then the earlier year, latest first
 */
record YearOverYear(List<EarlierYear> earlier, List<Match> matches) {

	private static final MetricSimilarity SIMILARITY = MetricSimilarity.defaults();

	/** An earlier year of the department, with its commitments as they were published. */
	record EarlierYear(int year, boolean closed, String department, List<Line> commitments) {
	}

	record Line(int no, String title) {
	}

	/**
	 * This year's target and the earlier one of the same metric.
	 *
	 * @param attainment the earlier target's final attainment, 0 to 1 (or more), or {@code null} where the
	 * year is not closed or its scores do not hold the target
	 */
	record Match(int no, String target, int earlierYear, String earlierDepartment, int earlierNo, String earlierTarget,
			BigDecimal attainment) {

		/** Whether the earlier year's final attainment says it was not attained. */
		public boolean missed() {
			return attainment != null && attainment.compareTo(BigDecimal.ONE) < 0;
		}

		/** The attainment as a percentage, for display. */
		public BigDecimal percent() {
			return attainment == null ? null : attainment.movePointRight(2).stripTrailingZeros();
		}

	}

	/** An earlier year as the page needs it: the year, the department's entry, and its frozen result or none. */
	record Earlier(PlanYear year, DepartmentEntry entry, DepartmentResult result) {
	}

	public boolean isEmpty() {
		return earlier.isEmpty();
	}

	/** What was promised again after being missed, in this year's order. */
	public List<Match> promisedAgainAfterMissing() {
		return matches.stream().filter(Match::missed).toList();
	}

	/**
	 * Matches this year's entry against the same department's entries of earlier years.
	 *
	 * @param earlier the earlier years, each with the department's entry and, if the year closed, its
	 * frozen result; in any order
	 */
	static YearOverYear of(DepartmentEntry now, List<Earlier> earlier) {
		List<Earlier> latestFirst = earlier.stream()
			.sorted(Comparator.comparingInt((Earlier e) -> e.year().year()).reversed())
			.toList();
		List<EarlierYear> years = latestFirst.stream()
			.map(e -> new EarlierYear(e.year().year(), e.year().state() == PlanYearState.CLOSED, e.entry().displayName(),
					e.entry().commitments().stream().map(c -> new Line(c.no(), c.title())).toList()))
			.toList();
		List<Match> matches = new ArrayList<>();
		for (Commitment c : now.commitments()) {
			for (Target t : promises(c)) {
				for (Earlier e : latestFirst) {
					Match match = best(c, t, e);
					if (match != null) {
						matches.add(match);
					}
				}
			}
		}
		return new YearOverYear(years, List.copyOf(matches));
	}

	/** The earlier year's target that measures the same as {@code t}, the closest if several, or none. */
	private static Match best(Commitment c, Target t, Earlier e) {
		Map<Long, BigDecimal> attainments = attainments(e.result());
		double bestScore = 0;
		Match best = null;
		for (Commitment before : e.entry().commitments()) {
			for (Target b : promises(before)) {
				double score = SIMILARITY.sameMetric(t.definition(), b.definition());
				if (score > bestScore) {
					bestScore = score;
					best = new Match(c.no(), TargetDescriptions.describe(t.definition()), e.year().year(),
							e.entry().displayName(), before.no(), TargetDescriptions.describe(b.definition()),
							e.year().state() == PlanYearState.CLOSED ? attainments.get(b.id()) : null);
				}
			}
		}
		return best;
	}

	private static Map<Long, BigDecimal> attainments(DepartmentResult result) {
		Map<Long, BigDecimal> attainments = new HashMap<>();
		if (result != null) {
			result.commitments().forEach(c -> c.targets().forEach(t -> attainments.put(t.targetId(), t.attainment())));
		}
		return attainments;
	}

	/** The targets a commitment promises: baselines (2021年排名全省第六) are not promises. */
	private static List<Target> promises(Commitment c) {
		return c.targets().stream().filter(t -> !t.definition().isBaseline()).toList();
	}

}
