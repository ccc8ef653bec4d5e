package com.pledgeboard.scoring;

import java.util.Map;

/**
 * Where scoring gets the readings a year ends with: the seam between scoring and progress reporting.
 * Every bean of this type is a source, taken in {@code @Order}: the progress module gives the readings
 * of approved reports (order 100), then scoring's own {@code final_reading} table (order 200) gives what
 * the office entered by hand, which wins where both have a target. Each reading says where it comes
 * from ({@link Reading.Source}), for the back office and the explanation of a score.
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
