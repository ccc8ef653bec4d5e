package com.pledgeboard.progress;

import java.time.Clock;
import java.time.LocalDate;

import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.progress.rules.Cadence;
import com.pledgeboard.progress.rules.ReportingCalendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reporting calendar of each plan year: the schedule the office set, or monthly with the default
 * days to report; and today, in the calendar's zone.
 */
@Component
class Schedules {

	private final ProgressStore store;

	private final Clock clock;

	private final int defaultDueDays;

	Schedules(ProgressStore store, Clock clock, @Value("${pledgeboard.progress.due-days:10}") int defaultDueDays) {
		this.store = store;
		this.clock = clock;
		this.defaultDueDays = defaultDueDays;
	}

	ReportingCalendar calendar(PlanYear year) {
		return store.schedule(year.id())
			.map(s -> new ReportingCalendar(year.year(), s.cadence(), s.dueDays()))
			.orElseGet(() -> new ReportingCalendar(year.year(), Cadence.MONTHLY, defaultDueDays));
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Clock clock() {
		return clock;
	}

}
