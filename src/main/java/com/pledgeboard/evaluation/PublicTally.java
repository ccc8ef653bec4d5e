package com.pledgeboard.evaluation;

/**
 * How many people rated a department 满意, 基本满意 and 不满意 in a plan year (群众评议).
 */
public record PublicTally(int satisfied, int fairlySatisfied, int unsatisfied) {

	public static final PublicTally NONE = new PublicTally(0, 0, 0);

	public int count() {
		return satisfied + fairlySatisfied + unsatisfied;
	}

}
