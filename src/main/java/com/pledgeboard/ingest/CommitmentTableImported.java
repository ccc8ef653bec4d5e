package com.pledgeboard.ingest;

/**
 * Published once a commitment table has been stored as a new plan year.
 */
public record CommitmentTableImported(long planYearId, String regionCode, int year, String sourceName,
		int departments, int commitments, int unresolved) {
}
