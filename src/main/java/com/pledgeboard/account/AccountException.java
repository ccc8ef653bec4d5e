package com.pledgeboard.account;

/**
 * A request about a user that cannot be carried out as asked; the message says why, in Chinese.
 */
public class AccountException extends IllegalArgumentException {

	public AccountException(String message) {
		super(message);
	}

}
