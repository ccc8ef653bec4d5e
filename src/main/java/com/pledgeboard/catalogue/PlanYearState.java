package com.pledgeboard.catalogue;

/**
 * The life of a plan year (考评年度), each step an explicit action of the assessment office.
 */
public enum PlanYearState {

	DRAFT, RATING, PUBLISHED, ASSESSING, CLOSED;

	/** Whether the portal may show the year: from publication on. */
	public boolean isPublic() {
		return this.compareTo(PUBLISHED) >= 0;
	}

}
