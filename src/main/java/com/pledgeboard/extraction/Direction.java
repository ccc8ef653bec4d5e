package com.pledgeboard.extraction;

/** Which way a change target goes: 上升/增长 is up, 下降/减少 is down. */
public enum Direction {

	UP("up"), DOWN("down");

	private final String code;

	Direction(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static Direction ofCode(String code) {
		for (Direction direction : values()) {
			if (direction.code.equals(code)) {
				return direction;
			}
		}
		throw new IllegalArgumentException("Unknown direction: " + code);
	}

}
