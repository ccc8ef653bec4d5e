package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;
import java.time.MonthDay;

import com.pledgeboard.extraction.Direction;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.rules.Goal;

/**
 * What scoring needs of a target (TARGETS.md): its kind, op and numbers, and its text for the
 * explanation.
 */
public record TargetSpec(long id, String text, TargetKind kind, Op op, BigDecimal value, BigDecimal stretch,
		BigDecimal floor, Direction direction, MonthDay date) {

	public static TargetSpec of(long id, ExtractedTarget t) {
		return new TargetSpec(id, t.describe(), t.kind(), t.op(), t.value(), t.stretch(), t.floor(), t.direction(),
				t.date());
	}

	/** What the target asks for, judged as the progress lights judge it. */
	public Goal goal() {
		return new Goal(kind, op, value, direction);
	}

	/** Whether the target caps the value from above (不超过, 低于, 为零): less is better. */
	public boolean atMost() {
		return goal().isCap();
	}

}
