package com.pledgeboard.i18n;

import org.springframework.http.HttpStatus;

/**
 * Not for this user to do or see: a 403, on pages as in the API. Thrown by the modules' policies. Not a
 * {@link Refused}: a form that catches the refusals its user can mend does not catch this one.
 */
public class Forbidden extends RuntimeException implements Refusal {

	private static final long serialVersionUID = 1L;

	private final Message reason;

	public Forbidden(String code, Object... arguments) {
		this(Message.of(code, arguments));
	}

	private Forbidden(Message reason) {
		super(reason.chinese());
		this.reason = reason;
	}

	@Override
	public Message reason() {
		return reason;
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.FORBIDDEN;
	}

}
