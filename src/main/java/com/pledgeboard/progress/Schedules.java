package com.pledgeboard.progress;

import java.time.Clock;
import java.time.LocalDate;

import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.progress.rules.Cadence;
import com.pledgeboard.progress.rules.ReportingCalendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reporting calendar of each plan year: the schedule the office set, or monthly with the default
 * days to report; and today, in the calendar's zone.
 */
@Component
class Schedules {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int defaultDueDays;

	Schedules(JdbcClient jdbc, Clock clock, @Value("${pledgeboard.progress.due-days:10}") int defaultDueDays) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.defaultDueDays = defaultDueDays;
	}

	ReportingCalendar calendar(PlanYear year) {
		return jdbc.sql("select cadence, due_days from progress_schedule where plan_year_id = ?")
			.param(year.id())
			.query((rs, n) -> new ReportingCalendar(year.year(), Cadence.valueOf(rs.getString(1)), rs.getInt(2)))
			.optional()
			.orElseGet(() -> new ReportingCalendar(year.year(), Cadence.MONTHLY, defaultDueDays));
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	Clock clock() {
		return clock;
	}

}
