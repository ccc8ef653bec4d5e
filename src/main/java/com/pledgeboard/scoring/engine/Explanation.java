package com.pledgeboard.scoring.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * How a number came about, as message codes with arguments rather than text, so that each page, the
 * command line and the exports word it in the reader's language through the message bundles. It is a
 * sequence of steps worded one after the other ("the change 3 → " then the formula of an at-least
 * target). An argument is written as it is (the engine's numbers are already plain decimals, its
 * dates ISO), except one made by {@link #word(String)}, which names a message code that is worded in
 * turn (实际 / actual). Arguments are strings so that a frozen score's JSON reads back the same.
 */
public record Explanation(List<Step> steps) {

	/** The prefix of an argument that is a message code to word, not a value. */
	public static final String WORD = "@";

	public Explanation {
		steps = List.copyOf(steps);
	}

	/** One message code of the bundles with its arguments. */
	public record Step(String code, List<String> args) {

		public Step {
			args = List.copyOf(args);
		}

	}

	/** An explanation of one step; each argument is written with {@link String#valueOf(Object)}. */
	public static Explanation of(String code, Object... args) {
		List<String> written = new ArrayList<>(args.length);
		for (Object arg : args) {
			written.add(String.valueOf(arg));
		}
		return new Explanation(List.of(new Step(code, written)));
	}

	/** An argument that is the message code {@code code}, worded where the explanation is shown. */
	public static String word(String code) {
		return WORD + code;
	}

	/** This explanation followed by {@code next}; {@code null} adds nothing. */
	public Explanation then(Explanation next) {
		if (next == null || next.steps.isEmpty()) {
			return this;
		}
		List<Step> all = new ArrayList<>(steps);
		all.addAll(next.steps);
		return new Explanation(all);
	}

}
