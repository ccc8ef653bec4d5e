package com.pledgeboard.progress.rules;

import java.math.BigDecimal;
import java.time.MonthDay;

import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;

/**
 * What the light rules need to know of a target.
 *
 * @param value the target value; for ranks the place aimed for
 * @param floor ranks only: the place that must be held, or {@code null}
 * @param date deadlines only
 */
public record TargetFacts(TargetKind kind, Op op, BigDecimal value, BigDecimal floor, String unit, MonthDay date,
		Measure measure) {

	/** Whether the target caps the value (以内, 不超过, 低于), so that less is better. */
	public boolean isCap() {
		return op == Op.LE || op == Op.LT || (value != null && value.signum() == 0);
	}

}
