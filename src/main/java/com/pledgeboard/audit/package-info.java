/**
 * The audit trail: append-only and hash-chained, fed by {@link com.pledgeboard.audit.AuditEvent}s that
 * every module publishes inside the transaction of the change, and by Spring Security's sign-in,
 * failed sign-in and sign-out events. Offers {@code AuditTrail} to read it and {@code AuditVerifier}
 * to check the chain; counts every committed change by action in {@code pledgeboard_changes_total}.
 * Publishes nothing.
 */
@com.pledgeboard.OwnsTables({ "audit_entry", "audit_head" })
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package com.pledgeboard.audit;
