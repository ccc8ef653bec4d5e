package com.pledgeboard.scoring.engine;

import com.pledgeboard.scoring.Reading;

/**
 * A rule that turns a target's final reading into an attainment. Each is a named object with its
 * parameters as data, so that a scheme can be printed, stored and tested function by function.
 */
public sealed interface AttainmentFunction
		permits AtLeast, AtMost, ChangeByDirection, RankTiers, DeadlineLateness, Judgement {

	/** The message code of a short name for the explanation (达标比例, proportion attained). */
	String title();

	/** The rule with its parameters, for the public page of the scheme. */
	Explanation describe();

	/**
	 * The attainment of the target for the reading; never called with a missing reading.
	 * @param year the plan year, for deadlines
	 */
	Attainment apply(TargetSpec target, Reading reading, int year);

}
