package com.pledgeboard.catalogue;

import java.math.BigDecimal;

/**
 * Difficulty coefficients as people write them: 1.4, not 1.400 as a numeric column returns it.
 */
public final class Coefficients {

	private Coefficients() {
	}

	public static BigDecimal normalise(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
