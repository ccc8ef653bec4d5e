package com.pledgeboard.scoring;

import java.util.Map;

/**
 * Where scoring gets the readings a year ends with: the seam between scoring and progress reporting.
 * Scoring ships {@code StoredFinalReadings}, backed by its own {@code final_reading} table, so that a
 * year can be scored end to end before the progress module exists; the progress module provides its
 * own implementation as a {@code @Primary} bean (readings per target from approved reports), and then
 * the table is only a fallback for years entered by hand.
 */
public interface FinalReadings {

	/** The last approved reading of each target of the plan year, by target id; missing ones are absent. */
	Map<Long, Reading> finalReadings(long planYearId);

	/**
	 * A reviewer's grade of each commitment that states no measurable target (a milestone such as
	 * 率先建成), by commitment id.
	 */
	Map<Long, Reading> judgements(long planYearId);

}
