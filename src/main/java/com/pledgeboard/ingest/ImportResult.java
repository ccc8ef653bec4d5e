package com.pledgeboard.ingest;

/**
 * A table stored as a plan year.
 */
public record ImportResult(long planYearId, ImportPreview preview) {
}
