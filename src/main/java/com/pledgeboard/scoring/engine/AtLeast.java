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
		return "scoring.x.function.atLeast";
	}

	@Override
	public Explanation describe() {
		return Explanation.of("scoring.x.rule.atLeast", plain(bonus));
	}

	@Override
	public Attainment apply(TargetSpec target, Reading reading, int year) {
		return of(reading.value(), target.value(), target.stretch(), "actual", "target");
	}

	/** The labels name the words {@code scoring.x.word.<label>} (actual, target, UP, DOWN, committed). */
	Attainment of(BigDecimal actual, BigDecimal goal, BigDecimal stretch, String actualLabel, String goalLabel) {
		String a = Explanation.word("scoring.x.word." + actualLabel);
		String g = Explanation.word("scoring.x.word." + goalLabel);
		if (goal.signum() <= 0) {
			boolean met = actual.compareTo(goal) >= 0;
			return Attainment.of(met ? BigDecimal.ONE : BigDecimal.ZERO,
					Explanation.of(met ? "scoring.x.atLeast.met" : "scoring.x.atLeast.unmet", a, plain(actual), g, plain(goal)));
		}
		if (actual.compareTo(goal) <= 0 || stretch == null || stretch.compareTo(goal) <= 0) {
			BigDecimal share = divide(actual, goal);
			BigDecimal capped = Decimals.clamp(share, BigDecimal.ZERO, BigDecimal.ONE);
			if (actual.compareTo(goal) < 0) {
				capped = Decimals.shortOfWhole(capped);
			}
			Explanation ratio = Explanation.of("scoring.x.atLeast.ratio", a, plain(actual), g, plain(goal), share.toPlainString());
			return Attainment.of(capped,
					share.compareTo(capped) != 0 ? ratio.then(Explanation.of("scoring.x.taken", capped.toPlainString())) : ratio);
		}
		BigDecimal way = Decimals.clamp(divide(actual.subtract(goal), stretch.subtract(goal)), BigDecimal.ZERO,
				BigDecimal.ONE);
		BigDecimal extra = Decimals.round(bonus.multiply(way));
		return Attainment.of(BigDecimal.ONE.add(extra), Explanation.of("scoring.x.atLeast.bonus", a, plain(actual), g,
				plain(goal), plain(bonus), plain(stretch), extra.toPlainString(),
				Decimals.round(BigDecimal.ONE.add(extra)).toPlainString()));
	}

}
