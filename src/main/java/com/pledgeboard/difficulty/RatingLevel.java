package com.pledgeboard.difficulty;

/**
 * What the committee rates in a plan year: each department's entry as a whole (the seed's practice)
 * or each commitment of it.
 */
public enum RatingLevel {

	DEPARTMENT, COMMITMENT

}
