package com.pledgeboard.catalogue;

/**
 * Published when the assessment office moves a plan year on, with the reason it gave.
 */
public record PlanYearStateChanged(long planYearId, String regionCode, int year, PlanYearState from,
		PlanYearState to, String reason) {
}
