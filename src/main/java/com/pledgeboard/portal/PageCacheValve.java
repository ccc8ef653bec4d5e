package com.pledgeboard.portal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * The page cache's hits answered in Tomcat's pipeline, before the servlet filter chain is even built:
 * a hit then costs Tomcat's own parsing and writing and the cache's lookup, nothing of the web
 * application's. Misses go on to {@link PublicPageCache} as a filter, which renders and stores them;
 * on other servers (and in MockMvc) the filter answers hits itself.
 */
class PageCacheValve extends ValveBase {

	private final PublicPageCache cache;

	PageCacheValve(PublicPageCache cache) {
		super(true);
		this.cache = cache;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (!cache.answer(request, response)) {
			getNext().invoke(request, response);
		}
	}

}
