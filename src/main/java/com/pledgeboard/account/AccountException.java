package com.pledgeboard.account;

import com.pledgeboard.i18n.Message;
import com.pledgeboard.i18n.Refusal;

/**
 * A request about a user that cannot be carried out as asked; the reason is shown in the reader's language.
 */
public class AccountException extends IllegalArgumentException implements Refusal {

	private final Message reason;

	public AccountException(String code, Object... arguments) {
		this(Message.of(code, arguments));
	}

	public AccountException(Message reason) {
		super(reason.chinese());
		this.reason = reason;
	}

	@Override
	public Message reason() {
		return reason;
	}

}
