package com.pledgeboard.audit;

/**
 * The filter form of the back office's audit page, as typed. Dates ({@code yyyy-MM-dd}) are whole
 * days in the city's time zone, both inclusive; they stay text here so that a malformed one can be
 * shown back and named instead of failing the page.
 */
record AuditFilter(String actor, String action, String entity, String entityId, String from, String to) {
}
