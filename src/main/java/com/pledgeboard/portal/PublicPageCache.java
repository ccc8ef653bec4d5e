package com.pledgeboard.portal;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.pledgeboard.WebConfig;
import com.pledgeboard.audit.AuditTrail;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages and API answers of published data, rendered once per version of the data and then
 * served from memory, with a strong ETag so that browsers revalidate with a conditional GET.
 * <p>
 * The version is the audit trail's newest sequence number: every change anywhere is recorded there in
 * the transaction that makes it, so the number moves with any change, on every node alike, and a node
 * sees another's change within {@code pledgeboard.cache.version-ttl}. Only anonymous GETs are cached,
 * and only answers that set no cookie, so nothing personal or tied to a session is ever shared.
 */
@Component
class PublicPageCache extends OncePerRequestFilter {

	private final AuditTrail audit;

	private final long versionTtlNanos;

	private final Cache<Key, Page> pages;

	private volatile long version = -1;

	private volatile long versionReadAt;

	PublicPageCache(AuditTrail audit, @Value("${pledgeboard.cache.version-ttl:1s}") Duration versionTtl,
			@Value("${pledgeboard.cache.max-bytes:67108864}") long maxBytes) {
		this.audit = audit;
		this.versionTtlNanos = versionTtl.toNanos();
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((Key key, Page page) -> page.body().length + key.path().length() * 2 + 64)
			.build();
	}

	record Key(long version, String path, String language, boolean json) {
	}

	record Page(byte[] body, String contentType, String etag) {
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean publicData = path.startsWith("/years/") || path.startsWith("/api/v1/") || path.equals("/");
		return !publicData || request.getUserPrincipal() != null || request.getParameter("lang") != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI() + parameters(request);
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		var key = new Key(version(), path, language(request), accept != null && accept.contains("json"));
		Page page = pages.getIfPresent(key);
		if (page == null) {
			var wrapper = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, wrapper);
			if (wrapper.getStatus() != HttpServletResponse.SC_OK || wrapper.containsHeader(HttpHeaders.SET_COOKIE)
					|| wrapper.getContentType() == null) {
				wrapper.copyBodyToResponse();
				return;
			}
			byte[] body = wrapper.getContentAsByteArray();
			page = new Page(body, wrapper.getContentType(), etag(body));
			pages.put(key, page);
			wrapper.resetBuffer();
		}
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null && (ifNoneMatch.contains(page.etag()) || ifNoneMatch.equals("*"))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(page.body());
		}
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
		var sorted = new TreeMap<String, String[]>(request.getParameterMap());
		var text = new StringBuilder();
		sorted.forEach((name, values) -> text.append('&').append(name).append('=').append(String.join(",", values)));
		return text.toString();
	}

	private static String language(HttpServletRequest request) {
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (WebConfig.LANGUAGE_COOKIE.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return "";
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
