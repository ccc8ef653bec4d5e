package com.pledgeboard.i18n;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * An exception whose message a person reads: a web page resolves it in the reader's language
 * ({@code MessageSource.getMessage(refusal, locale)}), while {@code getMessage()} stays the Chinese
 * text for logs and the command line. The refusals of the application are {@link Refused} (a request
 * that cannot be carried out as asked, 400; {@link Conflict}, 409), {@link NotFound} (404) and
 * {@link Forbidden} (403); {@link RefusalAdvice} turns each into an answer.
 */
public interface Refusal extends MessageSourceResolvable {

	/** Why, as a message of the bundles. */
	Message reason();

	/** The status the API answers with. */
	default HttpStatus status() {
		return HttpStatus.BAD_REQUEST;
	}

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
