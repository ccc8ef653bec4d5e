package com.pledgeboard.difficulty.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The values a coefficient may take in a plan year: from {@code min} to {@code max} in whole steps of
 * {@code step}. Kept as data so that the refusal of a value can name the bounds it broke.
 */
public record Bounds(BigDecimal min, BigDecimal max, BigDecimal step) {

	/** Steps finer than the database keeps (three decimals) could not be stored faithfully. */
	private static final BigDecimal FINEST_STEP = new BigDecimal("0.001");

	private static final BigDecimal LARGEST = new BigDecimal("100");

	/** The seed's practice: 1.00 to 1.50 in steps of 0.01. */
	public static final Bounds DEFAULT = new Bounds(new BigDecimal("1.00"), new BigDecimal("1.50"),
			new BigDecimal("0.01"));

	public Bounds {
		Objects.requireNonNull(min, "min");
		Objects.requireNonNull(max, "max");
		Objects.requireNonNull(step, "step");
		problems(min, max, step).ifPresent(p -> {
			throw new IllegalArgumentException("not bounds: " + p);
		});
	}

	/**
	 * Why a value or bounds are refused: a code of the message bundles and its arguments, so that the
	 * page says it in its reader's language.
	 */
	public record Problem(String code, List<String> arguments) {

		public Problem {
			arguments = List.copyOf(arguments);
		}

		static Optional<Problem> of(String code, String... arguments) {
			return Optional.of(new Problem(code, List.of(arguments)));
		}

	}

	/** Why these would not be bounds, or empty when they would. */
	public static Optional<Problem> problems(BigDecimal min, BigDecimal max, BigDecimal step) {
		if (min == null || max == null || step == null) {
			return Problem.of("difficulty.refused.bounds.missing");
		}
		if (step.compareTo(FINEST_STEP) < 0 || !onGrid(step, FINEST_STEP)) {
			return Problem.of("difficulty.refused.bounds.step");
		}
		if (min.signum() <= 0 || max.compareTo(LARGEST) >= 0) {
			return Problem.of("difficulty.refused.bounds.range");
		}
		if (max.compareTo(min) < 0) {
			return Problem.of("difficulty.refused.bounds.order");
		}
		if (!onGrid(min, step) || !onGrid(max, step)) {
			return Problem.of("difficulty.refused.bounds.grid", step.stripTrailingZeros().toPlainString());
		}
		return Optional.empty();
	}

	/** Why a coefficient is refused, naming the bounds, or empty when it fits. */
	public Optional<Problem> refusal(BigDecimal value) {
		if (value == null) {
			return Problem.of("difficulty.refused.missing", show(min), show(max), show(step));
		}
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0 || !onGrid(value, step)) {
			return Problem.of("difficulty.refused.outside", value.stripTrailingZeros().toPlainString(), show(min),
					show(max), show(step));
		}
		return Optional.empty();
	}

	public boolean allows(BigDecimal value) {
		return refusal(value).isEmpty();
	}

	/** The minimum, the maximum and the step as people read them: 1.00, 1.50, 0.01. */
	public List<String> shown() {
		return List.of(show(min), show(max), show(step));
	}

	/** A value written with as many decimals as the step has, so that 1.5 reads 1.50. */
	public String show(BigDecimal value) {
		int scale = Math.max(0, step.stripTrailingZeros().scale());
		return value.setScale(Math.max(scale, value.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY)
			.toPlainString();
	}

	private static boolean onGrid(BigDecimal value, BigDecimal step) {
		return value.remainder(step).signum() == 0;
	}

}
