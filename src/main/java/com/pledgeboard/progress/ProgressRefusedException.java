package com.pledgeboard.progress;

import com.pledgeboard.i18n.Message;
import com.pledgeboard.i18n.Refusal;

/**
 * A change to progress that cannot be made as asked: a value that does not fit its target, a file we do
 * not accept, or a report not in the state for it. The reason is shown in the reader's language; nothing changed.
 */
public class ProgressRefusedException extends IllegalStateException implements Refusal {

	private final Message reason;

	public ProgressRefusedException(String code, Object... arguments) {
		this(Message.of(code, arguments));
	}

	public ProgressRefusedException(Message reason) {
		super(reason.chinese());
		this.reason = reason;
	}

	@Override
	public Message reason() {
		return reason;
	}

}
