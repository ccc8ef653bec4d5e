package com.pledgeboard.progress.rules;

import java.time.LocalDate;

/**
 * A reporting period of a plan year: the first and last day it covers and the day its report is due.
 *
 * @param seq its number within the year, from 1
 */
public record Period(int seq, LocalDate start, LocalDate end, LocalDate due) {

	/** The share of the plan year elapsed at the period's end (时间进度), between 0 and 1. */
	public double elapsedFraction() {
		return (double) end.getDayOfYear() / end.lengthOfYear();
	}

	public boolean isOverdueOn(LocalDate day) {
		return day.isAfter(due);
	}

	public boolean hasStartedOn(LocalDate day) {
		return !day.isBefore(start);
	}

}
