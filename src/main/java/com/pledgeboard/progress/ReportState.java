package com.pledgeboard.progress;

/**
 * Where a version of a report stands. A reporter files a {@code DRAFT}, adds evidence and submits it;
 * the approver approves it or returns it with a comment. Only {@code APPROVED} reports count.
 */
public enum ReportState {

	DRAFT, SUBMITTED, RETURNED, APPROVED

}
