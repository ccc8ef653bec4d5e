package com.pledgeboard.audit;

import java.util.Objects;

/**
 * A change to record in the audit trail, published by the module that made it, inside the same
 * transaction, so that a change and its record are written or rolled back together. Who and from
 * where are taken from the request by the audit module. {@code before} and {@code after} are written
 * as JSON; either is {@code null} for a creation or a removal.
 *
 * @param action what happened, e.g. {@code USER_CREATED}, {@code TARGET_EDITED}, {@code PLAN_YEAR_STATE}
 * @param entity the kind of thing changed, e.g. {@code user}, {@code target}, {@code plan_year}
 * @param entityId its id, as text
 */
public record AuditEvent(String action, String entity, String entityId, Object before, Object after) {

	public AuditEvent {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(entity, "entity");
	}

	public static AuditEvent of(String action, String entity, Object entityId, Object before, Object after) {
		return new AuditEvent(action, entity, entityId == null ? null : entityId.toString(), before, after);
	}

}
