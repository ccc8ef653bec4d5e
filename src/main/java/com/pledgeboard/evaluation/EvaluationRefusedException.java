package com.pledgeboard.evaluation;

/**
 * A public or leadership rating refused for a reason the person can read: a wrong code, a second vote,
 * too many requests, a year not open to evaluation. The message is Chinese; nothing was stored.
 */
public class EvaluationRefusedException extends RuntimeException {

	public EvaluationRefusedException(String message) {
		super(message);
	}

}
