package com.pledgeboard.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import com.pledgeboard.privacy.Hmac;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit trail and reads it back. {@link AuditEvent}s are heard synchronously, so that the
 * entry joins the transaction of the change that published it: both commit or neither does. An event
 * published outside a transaction gets one of its own. Sign-ins, failed sign-ins and sign-outs come
 * from Spring Security's events.
 */
@Service
public class AuditTrail {

	public static final String SIGN_IN = "SIGN_IN";

	public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";

	public static final String SIGN_OUT = "SIGN_OUT";

	/** Entity of sign-in entries: who signed in is the actor. */
	public static final String SESSION = "session";

	/** Actor of a change made in a request by nobody signed in. */
	public static final String ANONYMOUS = "anonymous";

	private static final int ACTOR_LENGTH = 100;

	private static final int ADDRESS_LENGTH = 64;

	private final AuditEntries entries;

	private final AuditStore store;

	private final Hmac hmac;

	private final JsonMapper json;

	private final String processActor;

	/**
	 * @param processActor who acts when there is neither a signed-in user nor a request: the command
	 * line names the operating system's user, the server's own jobs are {@code system}
	 */
	AuditTrail(AuditEntries entries, AuditStore store, Hmac hmac, JsonMapper json,
			@Value("${pledgeboard.audit.process-actor:system}") String processActor) {
		this.entries = entries;
		this.store = store;
		this.hmac = hmac;
		// Sorted keys keep the stored JSON the same for the same content, whatever map a module passes.
		this.json = json.rebuild()
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
			.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
			.disable(SerializationFeature.INDENT_OUTPUT)
			.build();
		this.processActor = processActor;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditEvent event) {
		append(currentActor(), event.action(), event.entity(), event.entityId(), toJson(event.before()),
				toJson(event.after()));
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordSignIn(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		var authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList();
		append(authentication.getName(), SIGN_IN, SESSION, null, null, toJson(Map.of("authorities", authorities)));
	}

	/** Records the name that was tried and the kind of failure; the password never reaches this. */
	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordSignInFailure(AbstractAuthenticationFailureEvent event) {
		String tried = event.getAuthentication().getName();
		append(tried == null || tried.isBlank() ? ANONYMOUS : tried, SIGN_IN_FAILED, SESSION, null, null,
				toJson(Map.of("failure", event.getException().getClass().getSimpleName())));
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordSignOut(LogoutSuccessEvent event) {
		append(event.getAuthentication().getName(), SIGN_OUT, SESSION, null, null, null);
	}

	/**
	 * How many entries have been appended. Every change is recorded, so this moves whenever anything
	 * changes: a version of all data that every node reads alike.
	 */
	@Transactional(readOnly = true)
	public long lastSequence() {
		return store.count();
	}

	/** Entries matching the query, newest first. */
	@Transactional(readOnly = true)
	public AuditPage find(AuditQuery query) {
		return store.find(query);
	}

	/**
	 * The client's address is kept as its keyed hash, never as it is; a change by nobody signed in (a
	 * citizen's public rating) keeps none, so that what a citizen chose is tied to no one.
	 */
	private void append(String actor, String action, String entity, String entityId, String beforeJson,
			String afterJson) {
		String address = ANONYMOUS.equals(actor) ? null
				: currentRequest().map(AuditTrail::clientAddress).map(hmac::hash).map(a -> clip(a, ADDRESS_LENGTH)).orElse(null);
		entries.append(Instant.now(), clip(actor, ACTOR_LENGTH), address, action, entity, entityId, beforeJson,
				afterJson);
	}

	private String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return authentication.getName();
		}
		return currentRequest().isPresent() ? ANONYMOUS : processActor;
	}

	/**
	 * The client as every module names it. Behind a proxy, {@code server.forward-headers-strategy=native}
	 * lets the server take it from X-Forwarded-For, trusting only internal proxies.
	 */
	private static String clientAddress(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

	private String toJson(Object value) {
		return value == null ? null : json.writeValueAsString(value);
	}

	private static Optional<HttpServletRequest> currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? Optional.of(attributes.getRequest()) : Optional.empty();
	}

	private static String clip(String value, int length) {
		return value.length() <= length ? value : value.substring(0, length);
	}

}
