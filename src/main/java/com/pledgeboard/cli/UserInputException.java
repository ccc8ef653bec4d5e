package com.pledgeboard.cli;

/**
 * Input the user can mend: printed as its message, with exit status 1, never as a stack trace.
 */
class UserInputException extends RuntimeException {

	UserInputException(String message) {
		super(message);
	}

	UserInputException(String message, Throwable cause) {
		super(message, cause);
	}

}
