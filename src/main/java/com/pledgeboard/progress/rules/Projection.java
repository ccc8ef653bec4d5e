package com.pledgeboard.progress.rules;

import java.math.BigDecimal;

import com.pledgeboard.rules.Goal;

/**
 * A target's year-end projection (按当前进度预计年底达到…): the value the year is expected to end at, and an
 * interval that holds it with probability {@link Forecast#LEVEL} under the model of {@link Forecast}.
 * Values are as readings are stored: a change signed, a fall negative.
 *
 * @param asOf the share of the year the projection stands on (the latest reading's), below 1
 * @param readings how many readings it rests on
 */
public record Projection(BigDecimal value, BigDecimal low, BigDecimal high, double asOf, int readings) {

	/** Whether the projected value attains the target, by the rule lights and scoring use. */
	public boolean attains(Goal goal) {
		return goal.attainedBy(value);
	}

	/** Whether even the interval's better end misses the target: a miss the model is sure of. */
	public boolean missesThroughout(Goal goal) {
		return !goal.attainedBy(low) && !goal.attainedBy(high);
	}

	/**
	 * How far the projection falls short of the target, as a share of the target (0.25 is a quarter short),
	 * in the target's own terms (a change in its promised direction, a cap by how far over); 0 where it
	 * attains. A target of zero (零事故) counts any shortfall as a whole one.
	 */
	public double shortfall(Goal goal) {
		if (attains(goal)) {
			return 0;
		}
		double target = goal.value().doubleValue();
		double achieved = goal.achieved(value).doubleValue();
		double gap = Math.abs(target - achieved);
		return target == 0 ? 1 : gap / Math.abs(target);
	}

}
