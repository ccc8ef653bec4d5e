package com.pledgeboard.catalogue;

import com.pledgeboard.i18n.Conflict;

/**
 * A table was to be stored as a plan year the region already has. Its own type, as the import page
 * answers it with its own advice.
 */
public class PlanYearExistsException extends Conflict {

	private static final long serialVersionUID = 1L;

	public PlanYearExistsException(String regionCode, int year) {
		super("catalogue.conflict.planYear", regionCode, year);
	}

}
