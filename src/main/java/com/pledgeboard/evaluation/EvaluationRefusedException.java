package com.pledgeboard.evaluation;

import com.pledgeboard.i18n.Message;
import com.pledgeboard.i18n.Refusal;

/**
 * A public or leadership rating refused for a reason the person can read: a wrong code, a second vote,
 * too many requests, a year not open to evaluation. The reason is shown in the reader's language; nothing was stored.
 */
public class EvaluationRefusedException extends RuntimeException implements Refusal {

	private final Message reason;

	public EvaluationRefusedException(String code, Object... arguments) {
		this(Message.of(code, arguments));
	}

	public EvaluationRefusedException(Message reason) {
		super(reason.chinese());
		this.reason = reason;
	}

	@Override
	public Message reason() {
		return reason;
	}

}
