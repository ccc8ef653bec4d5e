package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;

import com.pledgeboard.scoring.Reading;

import static com.pledgeboard.scoring.engine.Decimals.plain;

/**
 * Rank targets (保三争二拼第一) by tiers: the place reached (1 is best) earns {@code stretch} at or
 * above the stretch place (拼), {@code value} at or above the aimed place (争, or the stated place),
 * {@code floor} at or above the place to hold (保), and {@code below} under it.
 */
public record RankTiers(BigDecimal stretch, BigDecimal value, BigDecimal floor, BigDecimal below)
		implements AttainmentFunction {

	@Override
	public String title() {
		return "scoring.x.function.rank";
	}

	@Override
	public Explanation describe() {
		return Explanation.of("scoring.x.rule.rank", plain(stretch), plain(value), plain(floor), plain(below));
	}

	@Override
	public Attainment apply(TargetSpec target, Reading reading, int year) {
		BigDecimal place = reading.value();
		String reached = plain(place);
		if (target.stretch() != null && place.compareTo(target.stretch()) <= 0) {
			return Attainment.of(stretch, Explanation.of("scoring.x.rank.stretch", reached, plain(target.stretch()), plain(stretch)));
		}
		if (place.compareTo(target.value()) <= 0) {
			return Attainment.of(value, Explanation.of("scoring.x.rank.value", reached, plain(target.value()), plain(value)));
		}
		if (target.floor() != null && place.compareTo(target.floor()) <= 0) {
			return Attainment.of(floor, Explanation.of("scoring.x.rank.floor", reached, plain(target.floor()), plain(floor)));
		}
		BigDecimal held = target.floor() != null ? target.floor() : target.value();
		return Attainment.of(below, Explanation.of("scoring.x.rank.below", reached, plain(held), plain(below)));
	}

}
