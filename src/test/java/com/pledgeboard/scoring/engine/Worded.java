package com.pledgeboard.scoring.engine;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * An {@link Explanation} worded by a bundle as the pages word it, for tests without Spring: arguments
 * made by {@link Explanation#word} are worded in turn, each step's message is formatted with
 * {@link MessageFormat}.
 */
public final class Worded {

	private Worded() {
	}

	public static String zh(Explanation explanation) {
		return in("messages.properties", Locale.SIMPLIFIED_CHINESE, explanation);
	}

	public static String en(Explanation explanation) {
		return in("messages_en.properties", Locale.ENGLISH, explanation);
	}

	private static String in(String bundle, Locale locale, Explanation explanation) {
		Properties messages = new Properties();
		try (Reader reader = new InputStreamReader(Worded.class.getResourceAsStream("/" + bundle), StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		StringBuilder text = new StringBuilder();
		for (Explanation.Step step : explanation.steps()) {
			Object[] args = step.args()
				.stream()
				.map(a -> a.startsWith(Explanation.WORD) ? messages.getProperty(a.substring(1)) : a)
				.toArray();
			String pattern = messages.getProperty(step.code());
			if (pattern == null) {
				throw new IllegalArgumentException("no message " + step.code() + " in " + bundle);
			}
			text.append(args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args));
		}
		return text.toString();
	}

}
