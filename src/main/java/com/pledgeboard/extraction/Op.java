package com.pledgeboard.extraction;

/**
 * How a target's value is to be read: stated plainly, at least (以上, 不少于), more than (突破, 超过), at
 * most (以内, 不超过), below (低于) or about (左右, 约).
 */
public enum Op {

	EQ("="), GE(">="), GT(">"), LE("<="), LT("<"), APPROX("~");

	private final String symbol;

	Op(String symbol) {
		this.symbol = symbol;
	}

	/** The symbol used in the JSON contract, e.g. {@code ">="}. */
	public String symbol() {
		return this.symbol;
	}

	public static Op ofSymbol(String symbol) {
		for (Op op : values()) {
			if (op.symbol.equals(symbol)) {
				return op;
			}
		}
		throw new IllegalArgumentException("Unknown comparison: " + symbol);
	}

}
