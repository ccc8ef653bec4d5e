package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;

/**
 * What an attainment function made of one reading: the attainment (1 is fully met, above 1 a bonus)
 * and the formula with the numbers filled in, as message codes ({@link Explanation}).
 */
public record Attainment(BigDecimal value, Explanation explanation) {

	static Attainment of(BigDecimal value, Explanation explanation) {
		return new Attainment(Decimals.round(value), explanation);
	}

}
