package com.pledgeboard.progress;

/**
 * A change to progress that cannot be made as asked: a value that does not fit its target, a file we do
 * not accept, or a report not in the state for it. The message says why, in Chinese; nothing changed.
 */
public class ProgressRefusedException extends IllegalStateException {

	public ProgressRefusedException(String message) {
		super(message);
	}

}
