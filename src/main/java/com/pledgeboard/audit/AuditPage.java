package com.pledgeboard.audit;

import java.util.List;

/**
 * A page of audit entries, newest first. Whether a next page exists is known without counting the
 * whole trail.
 */
public record AuditPage(List<AuditRecord> entries, int page, int size, boolean hasNext) {

	public AuditPage {
		entries = List.copyOf(entries);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

}
