package com.pledgeboard.difficulty;

import com.pledgeboard.i18n.Message;
import com.pledgeboard.i18n.Refusal;

/**
 * A difficulty change that cannot be made as asked: a value outside the bounds, a missing reason, or
 * a plan year past the stage where it may be made. The reason is shown in the reader's language; nothing changed.
 */
public class DifficultyRefusedException extends IllegalStateException implements Refusal {

	private final Message reason;

	public DifficultyRefusedException(String code, Object... arguments) {
		this(Message.of(code, arguments));
	}

	public DifficultyRefusedException(Message reason) {
		super(reason.chinese());
		this.reason = reason;
	}

	@Override
	public Message reason() {
		return reason;
	}

}
