package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule of scoring, so that recomputing a year gives the same digits: every
 * intermediate result (an attainment, a weighted mean, a part score, a contribution) is rounded to
 * {@value #SCALE} decimal places HALF_UP as soon as it is computed, and the total to
 * {@value #TOTAL_SCALE} places HALF_UP; ranks and grades are decided on that rounded total, the
 * number everyone sees.
 */
public final class Decimals {

	public static final int SCALE = 4;

	public static final int TOTAL_SCALE = 2;

	public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Decimals() {
	}

	static BigDecimal round(BigDecimal value) {
		return value.setScale(SCALE, ROUNDING);
	}

	static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
		return dividend.divide(divisor, SCALE, ROUNDING);
	}

	/** The largest attainment short of the whole: a target not met is never rounded up to attained. */
	static final BigDecimal SHORT_OF_WHOLE = BigDecimal.ONE.subtract(BigDecimal.ONE.movePointLeft(SCALE));

	/**
	 * An attainment of a target not met, rounded, but never to 1: what the progress light calls not
	 * attained, scoring does not count in full either.
	 */
	static BigDecimal shortOfWhole(BigDecimal value) {
		return round(value).min(SHORT_OF_WHOLE);
	}

	static BigDecimal clamp(BigDecimal value, BigDecimal min, BigDecimal max) {
		return value.max(min).min(max);
	}

	/** An input as written: no trailing zeros, never in exponent form. */
	public static String plain(BigDecimal value) {
		if (value == null) {
			return "—";
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

}
