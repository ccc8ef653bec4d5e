package com.pledgeboard.catalogue;

import java.time.OffsetDateTime;

/**
 * A kind of gap a plan year was moved on past, with the office's reason: public, so that a year that
 * moved on or closed half-done says so.
 */
public record OverriddenGap(PlanYearState from, PlanYearState to, String kind, int count, String reason,
		OffsetDateTime at) {
}
