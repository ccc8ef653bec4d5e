package com.pledgeboard.difficulty.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.pledgeboard.rules.TrimmedMean;

/**
 * How the committee's ratings become one coefficient (评定难度系数): with {@value #TRIM_FROM} or more
 * ratings, one highest and one lowest are dropped and the rest averaged; with fewer, all are averaged.
 * The average is rounded half up to the plan year's step. Equal values count one by one, so of
 * 1.2, 1.2, 1.3, 1.4, 1.4 one 1.2 and one 1.4 are dropped.
 */
public final class Aggregation {

	/** From this many ratings on, the highest and the lowest are dropped. */
	public static final int TRIM_FROM = TrimmedMean.TRIM_FROM;

	private Aggregation() {
	}

	/**
	 * What the ratings give.
	 * @param count how many ratings there were
	 * @param used the ratings averaged, in ascending order
	 * @param dropped the lowest and the highest where they were dropped, else empty
	 * @param value the average rounded half up to the step
	 */
	public record Aggregate(int count, List<BigDecimal> used, List<BigDecimal> dropped, BigDecimal value) {

		public Aggregate {
			used = List.copyOf(used);
			dropped = List.copyOf(dropped);
		}

		public boolean trimmed() {
			return !dropped.isEmpty();
		}

	}

	/** The aggregate of the ratings, or empty when there is none. */
	public static Optional<Aggregate> aggregate(List<BigDecimal> ratings, BigDecimal step) {
		Objects.requireNonNull(step, "step");
		if (ratings.isEmpty()) {
			return Optional.empty();
		}
		List<BigDecimal> sorted = new ArrayList<>(ratings);
		sorted.forEach(r -> Objects.requireNonNull(r, "rating"));
		sorted.sort(null);
		// Which ratings count is the committee's one rule, shared with the leadership evaluation.
		List<BigDecimal> used = TrimmedMean.counted(sorted);
		List<BigDecimal> dropped = used.size() < sorted.size() ? List.of(sorted.get(0), sorted.get(sorted.size() - 1))
				: List.of();
		return Optional.of(new Aggregate(sorted.size(), used, dropped, meanToStep(used, step)));
	}

	/**
	 * The plain mean of the values rounded half up to the step, computed exactly: the sum is divided by
	 * count × step once, so no intermediate rounding can move a value across a half step.
	 */
	public static BigDecimal meanToStep(List<BigDecimal> values, BigDecimal step) {
		if (values.isEmpty()) {
			throw new IllegalArgumentException("no values to average");
		}
		BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal steps = sum.divide(step.multiply(BigDecimal.valueOf(values.size())), 0, RoundingMode.HALF_UP);
		return steps.multiply(step);
	}

	/** A single value rounded half up to the step: 1.365 to 1.37 at a step of 0.01. */
	public static BigDecimal roundToStep(BigDecimal value, BigDecimal step) {
		return meanToStep(List.of(value), step);
	}

}
