package com.pledgeboard.extraction;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a department reached on a target of an earlier plan year: the target as defined then and its
 * final reading ({@code value}, in the target's unit; a place for a rank).
 */
public record EarlierReading(int year, ExtractedTarget target, BigDecimal value) {

	public EarlierReading {
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(value, "value");
	}

}
