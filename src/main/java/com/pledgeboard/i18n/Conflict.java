package com.pledgeboard.i18n;

import org.springframework.http.HttpStatus;

/**
 * A request that clashes with what is already there (a plan year the region already has): a 409.
 */
public class Conflict extends Refused {

	private static final long serialVersionUID = 1L;

	public Conflict(String code, Object... arguments) {
		super(code, arguments);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.CONFLICT;
	}

}
