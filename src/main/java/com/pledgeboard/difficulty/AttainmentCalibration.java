package com.pledgeboard.difficulty;

import java.util.List;

import com.pledgeboard.difficulty.rules.DifficultyAgainstAttainment;

/**
 * A closed year's coefficients against attainment ({@link DifficultyAgainstAttainment}): the year's own,
 * and, where the region has several closed years up to it, all of them together.
 *
 * @param acrossYears {@code null} where the year is the region's only closed one so far
 * @param years the closed years {@code acrossYears} covers, in order
 */
public record AttainmentCalibration(DifficultyAgainstAttainment year, DifficultyAgainstAttainment acrossYears,
		List<Integer> years) {

	public AttainmentCalibration {
		years = List.copyOf(years);
	}

}
