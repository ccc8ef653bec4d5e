package com.pledgeboard.progress.rules;

import java.math.BigDecimal;
import java.time.MonthDay;

import com.pledgeboard.extraction.Direction;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.rules.Goal;

/**
 * What the light rules need to know of a target.
 *
 * @param value the target value; for ranks the place aimed for
 * @param floor ranks only: the place that must be held, or {@code null}
 * @param date deadlines only
 * @param direction changes only: which way the change is promised
 */
public record TargetFacts(TargetKind kind, Op op, BigDecimal value, BigDecimal floor, String unit, MonthDay date,
		Measure measure, Direction direction) {

	/** What the target asks for, judged as scoring judges it. */
	public Goal goal() {
		return new Goal(kind, op, value, direction);
	}

}
