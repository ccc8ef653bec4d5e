package com.pledgeboard.catalogue;

/**
 * A change that cannot be made as asked: a value that does not fit, or a plan year past the stage
 * where it may be made. The message says why, in Chinese; nothing was changed.
 */
public class EditRefusedException extends IllegalStateException {

	public EditRefusedException(String message) {
		super(message);
	}

}
