package com.pledgeboard;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A request whose body is larger than any the application takes ({@code spring.servlet.multipart.max-request-size})
 * is answered from its headers, before anything reads the body: 413 with the application's own error page
 * in the reader's language, or a problem detail under {@code /api/}, and one line in the log. Left to the
 * container, the first filter to read a parameter would fail parsing the body, and the error page again,
 * ending in the container's bare English page and two stack traces.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class OversizedRequestFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(OversizedRequestFilter.class);

	private final DataSize max;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	OversizedRequestFilter(@Value("${spring.servlet.multipart.max-request-size:26MB}") DataSize max,
			MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.max = max;
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length <= max.toBytes()) {
			chain.doFilter(request, response);
			return;
		}
		log.warn("Refused a request body of {} bytes (limit {}) to {} {}", length, max.toBytes(), request.getMethod(),
				request.getRequestURI());
		Locale locale = locales.resolveLocale(request);
		// The body stays unread: the connection is closed after the answer rather than drained.
		response.setHeader("Connection", "close");
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", messages.getMessage("error.413.title", null, locale));
			problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
			problem.put("detail", messages.getMessage("error.413.text", new Object[] { max.toMegabytes() }, locale));
			problem.put("instance", request.getRequestURI());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(json.writeValueAsString(problem));
			return;
		}
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.CONTENT_TOO_LARGE.value());
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		request.setAttribute("maxMegabytes", max.toMegabytes());
		request.getRequestDispatcher("/error").forward(new Bodiless(request), response);
	}

	/** The request as the error page sees it: a GET with no body, so that nothing tries to read one. */
	private static final class Bodiless extends HttpServletRequestWrapper {

		Bodiless(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public int getContentLength() {
			return 0;
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getHeader(String name) {
			return "Content-Length".equalsIgnoreCase(name) || "Content-Type".equalsIgnoreCase(name) ? null
					: super.getHeader(name);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public Part getPart(String name) {
			return null;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			throw new IOException("the body of an oversized request is not read");
		}

	}

}
