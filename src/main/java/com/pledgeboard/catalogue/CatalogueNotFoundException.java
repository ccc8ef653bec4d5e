package com.pledgeboard.catalogue;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A plan year, entry, commitment or target that is not there: a 404.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CatalogueNotFoundException extends RuntimeException {

	public CatalogueNotFoundException(String what) {
		super("not found: " + what);
	}

}
