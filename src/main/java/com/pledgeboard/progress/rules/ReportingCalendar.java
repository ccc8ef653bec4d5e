package com.pledgeboard.progress.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reporting periods of a plan year: months or quarters of the calendar year, each due a number of
 * days after it ends. Computed rather than stored, so that a schedule is two numbers per year.
 */
public record ReportingCalendar(int year, Cadence cadence, int dueDays) {

	public List<Period> periods() {
		List<Period> periods = new ArrayList<>();
		for (int month = 1, seq = 1; month <= 12; month += cadence.months(), seq++) {
			LocalDate start = LocalDate.of(year, month, 1);
			LocalDate end = start.plusMonths(cadence.months()).minusDays(1);
			periods.add(new Period(seq, start, end, end.plusDays(dueDays)));
		}
		return periods;
	}

	public Optional<Period> period(int seq) {
		return periods().stream().filter(p -> p.seq() == seq).findFirst();
	}

	/**
	 * The period the office watches on a day: the latest one that has ended, whose report is now due or
	 * overdue; before the first has ended, the first.
	 */
	public Period current(LocalDate day) {
		List<Period> periods = periods();
		Period current = periods.get(0);
		for (Period p : periods) {
			if (p.end().isBefore(day)) {
				current = p;
			}
		}
		return current;
	}

	/** The periods a report may be filed for on a day: those that have started. */
	public List<Period> open(LocalDate day) {
		return periods().stream().filter(p -> p.hasStartedOn(day)).toList();
	}

}
