package com.pledgeboard.portal;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.pledgeboard.WebConfig;
import com.pledgeboard.audit.AuditTrail;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages and API answers of published data, rendered once per version of the data and then
 * served from memory, with a strong ETag so that browsers revalidate with a conditional GET.
 * <p>
 * The version is the audit trail's newest sequence number: every change anywhere is recorded there in
 * the transaction that makes it, so the number moves with any change, on every node alike, and a node
 * sees another's change within {@code pledgeboard.cache.version-ttl}. Only GETs without a session are
 * cached, and only answers that set no cookie, so nothing personal or tied to a session is ever shared.
 * <p>
 * The filter stands before the security and session filters, so that a hit costs only the lookup: the
 * headers the whole stack wrote on the first answer (Content-Security-Policy and the rest) are kept
 * with the page and written again on every hit.
 */
class PublicPageCache extends OncePerRequestFilter {

	/** The session cookie of Spring Session: a request that carries one may belong to a signed-in user. */
	static final String SESSION_COOKIE = "SESSION";

	private final AuditTrail audit;

	private final long versionTtlNanos;

	private final Cache<Key, Page> pages;

	private volatile long version = -1;

	private volatile long versionReadAt;

	private final Timer hits;

	private final Timer notModified;

	PublicPageCache(AuditTrail audit, Duration versionTtl, long maxBytes, MeterRegistry meters) {
		this.audit = audit;
		this.hits = hitTimer(meters, "page");
		this.notModified = hitTimer(meters, "not-modified");
		this.versionTtlNanos = versionTtl.toNanos();
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((Key key, Page page) -> page.body().length + key.path().length() * 2 + 64)
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(meters, pages, "public_pages");
	}

	/**
	 * A hit is answered before the request observation, so it is timed here: cheaper than an
	 * observation, and still in Prometheus beside {@code http_server_requests_seconds} for the misses.
	 */
	private static Timer hitTimer(MeterRegistry meters, String answer) {
		return Timer.builder("pledgeboard.page.cache.hits")
			.description("Public pages answered from the page cache, without rendering")
			.tag("answer", answer)
			.register(meters);
	}

	record Key(long version, String path, String language, boolean json) {
	}

	/** A page with the headers to write again on every hit, flattened to name and value pairs. */
	record Page(byte[] body, String contentType, Locale locale, String etag, String[] headers) {
	}

	/** Headers that belong to one answer, not to the page. */
	private static final Set<String> PER_ANSWER = Set.of("date", "content-length", "transfer-encoding", "set-cookie",
			"etag", "cache-control", "expires", "pragma", "vary");

	/**
	 * Only anonymous GETs of public data are cached: nothing with a session or credentials, and not the
	 * answer to {@code ?lang=}, which sets the language cookie (the language is part of the key).
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean publicData = path.startsWith("/years/") || path.startsWith("/api/v1/") || path.equals("/");
		return !publicData || hasCookie(request, SESSION_COOKIE) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getParameter("lang") != null;
	}

	private Key key(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return new Key(version(), request.getRequestURI() + parameters(request), language(request),
				accept != null && accept.contains("json"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Key key = key(request);
		Page cached = pages.getIfPresent(key);
		if (cached != null) {
			long start = System.nanoTime();
			boolean fresh = serve(cached, request, response);
			(fresh ? notModified : hits).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			return;
		}
		var wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() != HttpServletResponse.SC_OK || wrapper.containsHeader(HttpHeaders.SET_COOKIE)
				|| wrapper.getContentType() == null) {
			wrapper.copyBodyToResponse();
			return;
		}
		byte[] body = wrapper.getContentAsByteArray();
		List<String> headers = new ArrayList<>();
		for (String name : wrapper.getHeaderNames()) {
			if (!PER_ANSWER.contains(name.toLowerCase(Locale.ROOT))) {
				for (String value : wrapper.getHeaders(name)) {
					headers.add(name);
					headers.add(value);
				}
			}
		}
		Page page = new Page(body, wrapper.getContentType(), wrapper.getLocale(), etag(body),
				headers.toArray(String[]::new));
		pages.put(key, page);
		// The headers of this answer are written already; it only gains the page's tag.
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		wrapper.copyBodyToResponse();
	}

	/** Writes the page, or a 304 when the browser's copy is current; says which. */
	private static boolean serve(Page page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String[] headers = page.headers();
		for (int i = 0; i < headers.length; i += 2) {
			response.addHeader(headers[i], headers[i + 1]);
		}
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null && (ifNoneMatch.contains(page.etag()) || ifNoneMatch.equals("*"))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return true;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setLocale(page.locale());
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(page.body());
		}
		return false;
	}

	private long version() {
		long now = System.nanoTime();
		if (version < 0 || now - versionReadAt >= versionTtlNanos) {
			version = audit.lastSequence();
			versionReadAt = now;
		}
		return version;
	}

	/** The parameters in a fixed order: the same question asked in another order is the same page. */
	private static String parameters(HttpServletRequest request) {
		Map<String, String[]> given = request.getParameterMap();
		if (given.isEmpty()) {
			return "";
		}
		var sorted = new TreeMap<String, String[]>(given);
		var text = new StringBuilder();
		sorted.forEach((name, values) -> text.append('&').append(name).append('=').append(String.join(",", values)));
		return text.toString();
	}

	private static String language(HttpServletRequest request) {
		Cookie cookie = cookie(request, WebConfig.LANGUAGE_COOKIE);
		return cookie == null ? "" : cookie.getValue();
	}

	private static boolean hasCookie(HttpServletRequest request, String name) {
		return cookie(request, name) != null;
	}

	private static Cookie cookie(HttpServletRequest request, String name) {
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (name.equals(cookie.getName())) {
					return cookie;
				}
			}
		}
		return null;
	}

	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
