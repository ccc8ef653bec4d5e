package com.pledgeboard.i18n;

import org.springframework.http.HttpStatus;

/**
 * Something asked for that is not there, or not for the asker to see: a 404, never a 500. Not a
 * {@link Refused}: a form that catches the refusals its user can mend does not catch this one.
 */
public class NotFound extends RuntimeException implements Refusal {

	private static final long serialVersionUID = 1L;

	private final Message reason;

	public NotFound(String code, Object... arguments) {
		this(Message.of(code, arguments));
	}

	private NotFound(Message reason) {
		super(reason.chinese());
		this.reason = reason;
	}

	/** What was asked for, as the code names it ("plan year 12"), for when there is no better wording. */
	public static NotFound of(String what) {
		return new NotFound("refusal.notFound", what);
	}

	@Override
	public Message reason() {
		return reason;
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.NOT_FOUND;
	}

}
