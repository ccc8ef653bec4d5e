package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;

import com.pledgeboard.scoring.Reading;

import static com.pledgeboard.scoring.engine.Decimals.divide;
import static com.pledgeboard.scoring.engine.Decimals.plain;

/**
 * At-least targets (达到, 不少于, 超过, 约, or a plain number to reach): actual ÷ target, capped at 1;
 * where a stretch value (力争) is stated, the part above the target earns up to {@code bonus} more,
 * in proportion to how much of the way to the stretch value it went. "超过" and "约" are read as
 * "at least": scoring does not split hairs over the last unit.
 */
public record AtLeast(BigDecimal bonus) implements AttainmentFunction {

	@Override
	public String title() {
		return "达标比例";
	}

	@Override
	public String describe() {
		return "数量、比率目标（达到、不少于、超过、约）：完成度 = 实际值 ÷ 目标值，最高为 1；写明力争值的，超过目标值的部分按 "
				+ "(实际值 − 目标值) ÷ (力争值 − 目标值) 的比例加分，最多加 " + plain(bonus) + "。";
	}

	@Override
	public Attainment apply(TargetSpec target, Reading reading, int year) {
		return of(reading.value(), target.value(), target.stretch(), "实际 ", "目标 ");
	}

	Attainment of(BigDecimal actual, BigDecimal goal, BigDecimal stretch, String actualLabel, String goalLabel) {
		if (goal.signum() <= 0) {
			boolean met = actual.compareTo(goal) >= 0;
			return Attainment.of(met ? BigDecimal.ONE : BigDecimal.ZERO,
					actualLabel + plain(actual) + (met ? " ≥ " : " < ") + goalLabel + plain(goal) + " → " + (met ? "1" : "0"));
		}
		String ratio = actualLabel + plain(actual) + " ÷ " + goalLabel + plain(goal);
		if (actual.compareTo(goal) <= 0 || stretch == null || stretch.compareTo(goal) <= 0) {
			BigDecimal share = divide(actual, goal);
			BigDecimal capped = Decimals.clamp(share, BigDecimal.ZERO, BigDecimal.ONE);
			if (actual.compareTo(goal) < 0) {
				capped = Decimals.shortOfWhole(capped);
			}
			String cap = share.compareTo(capped) != 0 ? "，取 " + capped.toPlainString() : "";
			return Attainment.of(capped, ratio + " = " + share.toPlainString() + cap);
		}
		BigDecimal way = Decimals.clamp(divide(actual.subtract(goal), stretch.subtract(goal)), BigDecimal.ZERO,
				BigDecimal.ONE);
		BigDecimal extra = Decimals.round(bonus.multiply(way));
		return Attainment.of(BigDecimal.ONE.add(extra),
				actualLabel + plain(actual) + " ≥ " + goalLabel + plain(goal) + "，得 1；加分 " + plain(bonus) + " × min(("
						+ plain(actual) + " − " + plain(goal) + ") ÷ (力争 " + plain(stretch) + " − " + plain(goal) + "), 1) = "
						+ extra.toPlainString() + "；合计 " + Decimals.round(BigDecimal.ONE.add(extra)).toPlainString());
	}

}
