package com.pledgeboard.i18n;

import org.springframework.context.MessageSourceResolvable;

/**
 * An exception whose message a person reads: a web page resolves it in the reader's language
 * ({@code MessageSource.getMessage(refusal, locale)}), while {@code getMessage()} stays the Chinese
 * text for logs and the command line.
 */
public interface Refusal extends MessageSourceResolvable {

	/** Why, as a message of the bundles. */
	Message reason();

	@Override
	default String[] getCodes() {
		return reason().getCodes();
	}

	@Override
	default Object[] getArguments() {
		return reason().getArguments();
	}

	@Override
	default String getDefaultMessage() {
		return reason().getDefaultMessage();
	}

}
