package com.pledgeboard.catalogue;

import com.pledgeboard.i18n.Message;
import com.pledgeboard.i18n.Refusal;

/**
 * A change that cannot be made as asked: a value that does not fit, or a plan year past the stage
 * where it may be made. The reason is shown in the reader's language; nothing was changed.
 */
public class EditRefusedException extends IllegalStateException implements Refusal {

	private final Message reason;

	public EditRefusedException(String code, Object... arguments) {
		this(Message.of(code, arguments));
	}

	public EditRefusedException(Message reason) {
		super(reason.chinese());
		this.reason = reason;
	}

	@Override
	public Message reason() {
		return reason;
	}

}
