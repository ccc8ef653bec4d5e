package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;

/**
 * What an attainment function made of one reading: the attainment (1 is fully met, above 1 a bonus)
 * and the formula with the numbers filled in.
 */
public record Attainment(BigDecimal value, String formula) {

	static Attainment of(BigDecimal value, String formula) {
		return new Attainment(Decimals.round(value), formula);
	}

}
