package com.pledgeboard.catalogue;

/**
 * A table was to be stored as a plan year the region already has.
 */
public class PlanYearExistsException extends IllegalStateException {

	public PlanYearExistsException(String regionCode, int year) {
		super("plan year " + year + " of region " + regionCode + " already exists (考评年度已存在)");
	}

}
