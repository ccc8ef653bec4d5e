package com.pledgeboard.progress;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A report, file, commitment or plan year that is not there, or not for the asker to see: a 404.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ProgressNotFoundException extends RuntimeException {

	ProgressNotFoundException(String what) {
		super("not found: " + what);
	}

}
