package com.pledgeboard.portal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something asked for by URL that is not there, or not public: a 404, never a 500.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFoundException extends RuntimeException {

	NotFoundException(String message) {
		super(message);
	}

}
