package com.pledgeboard.extraction;

/**
 * What a target measures (TARGETS.md): a count or amount, a rate, a change against a basis, a place
 * in a league table (排名), or a date by which something is done.
 */
public enum TargetKind {

	QUANTITY("quantity"), PERCENT("percent"), CHANGE("change"), RANK("rank"), DEADLINE("deadline");

	private final String code;

	TargetKind(String code) {
		this.code = code;
	}

	/** The code used in the JSON contract, e.g. {@code "quantity"}. */
	public String code() {
		return this.code;
	}

	public static TargetKind ofCode(String code) {
		for (TargetKind kind : values()) {
			if (kind.code.equals(code)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("Unknown target kind: " + code);
	}

}
