package com.pledgeboard.progress;

/**
 * Where a version of a report stands. A reporter files a {@code DRAFT}, adds evidence and submits it;
 * the approver approves it or returns it with a comment. Only {@code APPROVED} reports count.
 */
public enum ReportState {

	DRAFT, SUBMITTED, RETURNED, APPROVED;

	/**
	 * Whether a period's report, its latest version in this state or none ({@code null}), is still owed
	 * by the department: a draft or a returned report is; a submitted one waits for the approver instead.
	 */
	static boolean owed(ReportState latest) {
		return latest == null || latest == DRAFT || latest == RETURNED;
	}

}
