package com.pledgeboard.catalogue;

/**
 * A plan year of one region.
 */
public record PlanYear(long id, String regionCode, String regionName, int year, PlanYearState state) {
}
