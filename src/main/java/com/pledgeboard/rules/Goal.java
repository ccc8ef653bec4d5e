package com.pledgeboard.rules;

import java.math.BigDecimal;

import com.pledgeboard.extraction.Direction;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;

/**
 * What a target asks for, as lights and scoring both judge it: whether more or less is better, and what
 * a reading achieves towards it. One rule, so that a reading the light calls attained is one that
 * scoring counts in full, and the other way round.
 * <ul>
 * <li>A cap (不超过, 以内, 低于, or a target of zero such as 零事故) is met at or under its value; "低于"
 * is not split over the last unit.</li>
 * <li>Anything else to reach (达到, 不少于, 超过, 约) is met at or above its value; "超过" likewise.</li>
 * <li>A change (同比上升 / 下降) achieves its signed reading turned to the promised direction: a fall of
 * 12% achieves 12 towards "下降10%", a rise of 3% achieves −3.</li>
 * <li>A rank is a place: lower is better, met at or above the place aimed for.</li>
 * </ul>
 */
public record Goal(TargetKind kind, Op op, BigDecimal value, Direction direction) {

	public static Goal of(ExtractedTarget t) {
		return new Goal(t.kind(), t.op(), t.value(), t.direction());
	}

	/** Whether less is better: a cap, a target of zero, or a rank's place. */
	public boolean lessIsBetter() {
		return kind == TargetKind.RANK || isCap();
	}

	/** Whether the target caps the value (不超过, 以内, 低于, 为零) rather than asking to reach it. */
	public boolean isCap() {
		if (kind == TargetKind.RANK || kind == TargetKind.DEADLINE) {
			return false;
		}
		return op == Op.LE || op == Op.LT || (kind != TargetKind.CHANGE && value != null && value.signum() == 0);
	}

	/**
	 * What a reading achieves towards the target, in the target's own terms: the reading itself, or for a
	 * change the change made in the promised direction (a change the other way is negative).
	 */
	public BigDecimal achieved(BigDecimal reading) {
		if (kind == TargetKind.CHANGE && direction == Direction.DOWN) {
			return reading.negate();
		}
		return reading;
	}

	/** Whether what was achieved meets {@code expected}: the value, or the share of it due by now. */
	public boolean meets(BigDecimal achieved, BigDecimal expected) {
		int c = achieved.compareTo(expected);
		return lessIsBetter() ? c <= 0 : c >= 0;
	}

	/** Whether a reading meets the target itself, as at the end of the year. */
	public boolean attainedBy(BigDecimal reading) {
		return meets(achieved(reading), value);
	}

}
