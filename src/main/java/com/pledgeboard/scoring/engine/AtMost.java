package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;

import com.pledgeboard.scoring.Reading;

import static com.pledgeboard.scoring.engine.Decimals.divide;
import static com.pledgeboard.scoring.engine.Decimals.plain;

/**
 * At-most targets (不超过, 控制在…以内, 低于): full marks at or under the target, then falling
 * linearly, by {@code slope} for every whole target's worth above it (slope 1: nothing left at twice
 * the target). "低于" is read as "at most".
 */
public record AtMost(BigDecimal slope) implements AttainmentFunction {

	@Override
	public String title() {
		return "不超过限值";
	}

	@Override
	public String describe() {
		return "上限目标（不超过、以内、低于）：实际值不超过目标值得 1；超过的，完成度 = 1 − " + plain(slope)
				+ " × (实际值 − 目标值) ÷ 目标值，最低为 0。";
	}

	@Override
	public Attainment apply(TargetSpec target, Reading reading, int year) {
		return of(reading.value(), target.value(), "实际 ", "上限 ");
	}

	Attainment of(BigDecimal actual, BigDecimal limit, String actualLabel, String limitLabel) {
		if (actual.compareTo(limit) <= 0) {
			return Attainment.of(BigDecimal.ONE, actualLabel + plain(actual) + " ≤ " + limitLabel + plain(limit) + " → 1");
		}
		if (limit.signum() <= 0) {
			return Attainment.of(BigDecimal.ZERO, actualLabel + plain(actual) + " > " + limitLabel + plain(limit) + " → 0");
		}
		BigDecimal over = divide(actual.subtract(limit), limit);
		BigDecimal raw = BigDecimal.ONE.subtract(Decimals.round(slope.multiply(over)));
		BigDecimal value = Decimals.shortOfWhole(raw.max(BigDecimal.ZERO));
		return Attainment.of(value, "1 − " + plain(slope) + " × (" + plain(actual) + " − " + plain(limit) + ") ÷ "
				+ plain(limit) + " = " + Decimals.round(raw).toPlainString() + (raw.signum() < 0 ? "，取 0" : ""));
	}

}
