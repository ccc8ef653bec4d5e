package com.pledgeboard.audit;

import java.time.Instant;

/**
 * What to look for in the audit trail; a {@code null} filter matches everything. Text filters match
 * exactly. Results come newest first, a page at a time.
 *
 * @param from earliest time, inclusive
 * @param to latest time, exclusive
 * @param page zero-based page number
 * @param size entries per page, 1 to {@value #MAX_SIZE}
 */
public record AuditQuery(String actor, String action, String entity, String entityId, Instant from, Instant to,
		int page, int size) {

	public static final int MAX_SIZE = 200;

	public AuditQuery {
		actor = blankToNull(actor);
		action = blankToNull(action);
		entity = blankToNull(entity);
		entityId = blankToNull(entityId);
		if (page < 0) {
			throw new IllegalArgumentException("page must not be negative: " + page);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ": " + size);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
