package com.pledgeboard.i18n;

/**
 * The one way to refuse a request a person made: a reason as a message of the bundles, shown in the
 * reader's language, with nothing changed. {@code getMessage()} is the Chinese text, which logs and the
 * command line print. Refused as such is a request that cannot be carried out as asked (a value that
 * does not fit, a plan year past the stage): a page shows the reason beside the form, the API answers
 * 400; {@link Conflict} says more (409). {@link RefusalAdvice} is the one place that turns them into answers.
 */
public class Refused extends RuntimeException implements Refusal {

	private static final long serialVersionUID = 1L;

	private final Message reason;

	public Refused(String code, Object... arguments) {
		this(Message.of(code, arguments));
	}

	public Refused(Message reason) {
		super(reason.chinese());
		this.reason = reason;
	}

	@Override
	public Message reason() {
		return reason;
	}

}
