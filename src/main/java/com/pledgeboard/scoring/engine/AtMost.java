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
		return "scoring.x.function.atMost";
	}

	@Override
	public Explanation describe() {
		return Explanation.of("scoring.x.rule.atMost", plain(slope));
	}

	@Override
	public Attainment apply(TargetSpec target, Reading reading, int year) {
		return of(reading.value(), target.value(), "actual", "limit");
	}

	/** The labels name the words {@code scoring.x.word.<label>} (actual, limit, UP, DOWN). */
	Attainment of(BigDecimal actual, BigDecimal limit, String actualLabel, String limitLabel) {
		String a = Explanation.word("scoring.x.word." + actualLabel);
		String l = Explanation.word("scoring.x.word." + limitLabel);
		if (actual.compareTo(limit) <= 0) {
			return Attainment.of(BigDecimal.ONE, Explanation.of("scoring.x.atMost.within", a, plain(actual), l, plain(limit)));
		}
		if (limit.signum() <= 0) {
			return Attainment.of(BigDecimal.ZERO, Explanation.of("scoring.x.atMost.above", a, plain(actual), l, plain(limit)));
		}
		BigDecimal over = divide(actual.subtract(limit), limit);
		BigDecimal raw = BigDecimal.ONE.subtract(Decimals.round(slope.multiply(over)));
		BigDecimal value = Decimals.shortOfWhole(raw.max(BigDecimal.ZERO));
		Explanation beyond = Explanation.of("scoring.x.atMost.over", plain(slope), plain(actual), plain(limit),
				Decimals.round(raw).toPlainString());
		return Attainment.of(value, raw.signum() < 0 ? beyond.then(Explanation.of("scoring.x.taken", "0")) : beyond);
	}

}
