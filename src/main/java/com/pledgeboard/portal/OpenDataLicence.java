package com.pledgeboard.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The licence the public data is published under, one for every way out: the pages' statement
 * ({@code opendata.licence} in the message bundles), the downloads' metadata, the data catalogue and
 * the OpenAPI document. Set by {@code pledgeboard.open-data.licence-name} and {@code -url}.
 */
@Component
class OpenDataLicence {

	private final String name;

	private final String url;

	OpenDataLicence(@Value("${pledgeboard.open-data.licence-name}") String name,
			@Value("${pledgeboard.open-data.licence-url}") String url) {
		this.name = name;
		this.url = url;
	}

	String name() {
		return name;
	}

	String url() {
		return url;
	}

}
