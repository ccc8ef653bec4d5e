package com.pledgeboard.difficulty.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
			throw new IllegalArgumentException(p);
		});
	}

	/** Why these would not be bounds, in Chinese, or empty when they would. */
	public static Optional<String> problems(BigDecimal min, BigDecimal max, BigDecimal step) {
		if (min == null || max == null || step == null) {
			return Optional.of("请填写最小值、最大值和步长");
		}
		if (step.compareTo(FINEST_STEP) < 0 || !onGrid(step, FINEST_STEP)) {
			return Optional.of("步长须为正数，且最多三位小数（如0.01）");
		}
		if (min.signum() <= 0 || max.compareTo(LARGEST) >= 0) {
			return Optional.of("最小值须大于0，最大值须小于100");
		}
		if (max.compareTo(min) < 0) {
			return Optional.of("最大值不能小于最小值");
		}
		if (!onGrid(min, step) || !onGrid(max, step)) {
			return Optional.of("最小值和最大值须为步长" + step.stripTrailingZeros().toPlainString() + "的整数倍");
		}
		return Optional.empty();
	}

	/** Why a coefficient is refused, naming the bounds, or empty when it fits. */
	public Optional<String> refusal(BigDecimal value) {
		if (value == null) {
			return Optional.of("请填写系数（" + describe() + "）");
		}
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0 || !onGrid(value, step)) {
			return Optional.of("系数" + value.stripTrailingZeros().toPlainString() + "不在允许范围内：系数须在"
					+ describe() + "之内");
		}
		return Optional.empty();
	}

	public boolean allows(BigDecimal value) {
		return refusal(value).isEmpty();
	}

	/** The bounds as people read them: “1.00至1.50，步长0.01”. */
	public String describe() {
		return show(min) + "至" + show(max) + "，步长" + show(step);
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
