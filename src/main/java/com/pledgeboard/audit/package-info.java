/**
 * The audit trail: append-only and hash-chained, fed by {@link com.pledgeboard.audit.AuditEvent}s that
 * every module publishes inside the transaction of the change, and by Spring Security's sign-in events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package com.pledgeboard.audit;
