package com.pledgeboard.i18n;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Words for a person to read, kept as a code of the message bundles with its arguments, so that a page
 * resolves them in its reader's language with {@code MessageSource.getMessage(message, locale)}. The
 * default message is the Chinese text of the base bundle, which logs and the command line read.
 * Numbers pass as written (4000, 1.50), not grouped or rounded by the bundle's formats; an argument
 * that is itself a message is resolved in the same language.
 */
public record Message(String code, List<Object> arguments) implements MessageSourceResolvable, Serializable {

	/** The bundles of {@code spring.messages.basename}, read without Spring for the Chinese text. */
	private static final ResourceBundleMessageSource BUNDLES = bundles();

	public Message {
		arguments = arguments.stream().map(Message::written).toList();
	}

	public static Message of(String code, Object... arguments) {
		return new Message(code, Arrays.asList(arguments));
	}

	/** The messages one after another, in the reader's punctuation: 甲；乙 or A; B. */
	public static Message joined(List<Message> messages) {
		Message all = messages.get(messages.size() - 1);
		for (int i = messages.size() - 2; i >= 0; i--) {
			all = of("message.joined", messages.get(i), all);
		}
		return all;
	}

	/** The text in Chinese, the language of the base bundle; the code itself if the bundle lacks it. */
	public String chinese() {
		return BUNDLES.getMessage(code, arguments.toArray(), code, Locale.SIMPLIFIED_CHINESE);
	}

	@Override
	public String[] getCodes() {
		return new String[] { code };
	}

	@Override
	public Object[] getArguments() {
		return arguments.toArray();
	}

	@Override
	public String getDefaultMessage() {
		return chinese();
	}

	private static Object written(Object argument) {
		if (argument == null) {
			return "";
		}
		if (argument instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return argument instanceof Number ? argument.toString() : argument;
	}

	/**
	 * The message bundles as the application configures them ({@code spring.messages.*}), read without
	 * Spring: for the Chinese text here and for tests that word messages with no application context.
	 */
	public static ResourceBundleMessageSource bundles() {
		var bundles = new ResourceBundleMessageSource();
		bundles.setBasename("messages");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		return bundles;
	}

}
