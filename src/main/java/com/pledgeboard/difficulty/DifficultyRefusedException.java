package com.pledgeboard.difficulty;

/**
 * A difficulty change that cannot be made as asked: a value outside the bounds, a missing reason, or
 * a plan year past the stage where it may be made. The message says why, in Chinese; nothing changed.
 */
public class DifficultyRefusedException extends IllegalStateException {

	public DifficultyRefusedException(String message) {
		super(message);
	}

}
