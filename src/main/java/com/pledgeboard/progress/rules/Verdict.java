package com.pledgeboard.progress.rules;

import java.util.List;

/**
 * A light with the reason for it: a reason code ({@code light.reason.<code>} in the message bundles)
 * and its arguments, numbers already formatted and days as {@link java.time.LocalDate}s, so that a page
 * can say why the light is that colour in the reader's language and write the days its way.
 */
public record Verdict(Light light, String reason, List<?> args) {

	public Verdict {
		args = List.copyOf(args);
	}

	static Verdict of(Light light, String reason, Object... args) {
		return new Verdict(light, reason, List.of(args));
	}

	/** The arguments as an array, the form message sources take. */
	public Object[] argArray() {
		return args.toArray();
	}

}
