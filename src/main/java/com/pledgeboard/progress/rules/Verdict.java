package com.pledgeboard.progress.rules;

import java.util.List;

/**
 * A light with the reason for it: a reason code ({@code light.reason.<code>} in the message bundles)
 * and its arguments, already formatted, so that a page can say why the light is that colour in the
 * reader's language.
 */
public record Verdict(Light light, String reason, List<String> args) {

	public Verdict {
		args = List.copyOf(args);
	}

	static Verdict of(Light light, String reason, String... args) {
		return new Verdict(light, reason, List.of(args));
	}

	/** The arguments as an array, the form message sources take. */
	public Object[] argArray() {
		return args.toArray();
	}

}
