package com.pledgeboard.evaluation;

/** The three answers of the public evaluation. */
public enum Choice {

	SATISFIED("满意"), FAIRLY_SATISFIED("基本满意"), UNSATISFIED("不满意");

	private final String label;

	Choice(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
