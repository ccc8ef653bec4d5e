package com.pledgeboard.progress;

import java.sql.Date;
import java.util.HashMap;
import java.util.Map;

import com.pledgeboard.scoring.FinalReadings;
import com.pledgeboard.scoring.Reading;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readings a year ends with, from progress reporting: for each target, its reading in the latest
 * approved report of its commitment (the last period, its last approved version), with that period.
 * Only approved reports count, as everywhere in progress.
 */
@Component
@Order(100)
class ApprovedFinalReadings implements FinalReadings {

	private final JdbcClient jdbc;

	ApprovedFinalReadings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Reading> finalReadings(long planYearId) {
		Map<Long, Reading> readings = new HashMap<>();
		// In order of period and version, so that the latest approved reading of a target is put last.
		jdbc.sql("""
				select r.target_id, r.actual_value, r.done_on, p.period_seq from progress_reading r
				join progress_report p on p.id = r.report_id
				join v_commitment_scope s on s.commitment_id = p.commitment_id
				where s.plan_year_id = ? and p.state = 'APPROVED'
				  and (r.actual_value is not null or r.done_on is not null)
				order by p.period_seq, p.version""").param(planYearId).query(rs -> {
			Date done = rs.getDate(3);
			readings.put(rs.getLong(1), new Reading(rs.getBigDecimal(2), done == null ? null : done.toLocalDate(), null,
					new Reading.FromReport(rs.getInt(4))));
		});
		return readings;
	}

	/** Judgements of milestones are the reviewers' to enter at year end, not progress reports'. */
	@Override
	public Map<Long, Reading> judgements(long planYearId) {
		return Map.of();
	}

}
