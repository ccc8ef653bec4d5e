package com.pledgeboard.progress.rules;

/**
 * How often departments report in a plan year.
 */
public enum Cadence {

	MONTHLY(1), QUARTERLY(3);

	private final int months;

	Cadence(int months) {
		this.months = months;
	}

	public int months() {
		return months;
	}

}
