package com.pledgeboard.scoring;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shipped {@link FinalReadings}: scoring's own {@code final_reading} table. The progress module
 * provides the readings of approved reports as another source, ordered before this one.
 */
@Component
@Order(StoredFinalReadings.ORDER)
class StoredFinalReadings implements FinalReadings {

	/** After the progress module's approved readings: what the office enters here corrects them. */
	static final int ORDER = 200;

	private final JdbcClient jdbc;

	StoredFinalReadings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Reading> finalReadings(long planYearId) {
		return read("target_id", planYearId);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Reading> judgements(long planYearId) {
		return read("commitment_id", planYearId);
	}

	private Map<Long, Reading> read(String subject, long planYearId) {
		Map<Long, Reading> readings = new HashMap<>();
		jdbc.sql("select " + subject + ", reading_value, done_date, grade from final_reading where plan_year_id = ? and "
				+ subject + " is not null")
			.param(planYearId)
			.query(rs -> {
				Date done = rs.getDate(3);
				readings.put(rs.getLong(1), new Reading(rs.getBigDecimal(2), done == null ? null : done.toLocalDate(),
						rs.getString(4)));
			});
		return readings;
	}

	/** Records the final reading of a target, replacing any before it. */
	@Transactional
	void recordTarget(long planYearId, long targetId, BigDecimal value, LocalDate done, String grade) {
		jdbc.sql("delete from final_reading where target_id = ?").param(targetId).update();
		jdbc.sql("insert into final_reading (plan_year_id, target_id, reading_value, done_date, grade) values (?, ?, ?, ?, ?)")
			.params(planYearId, targetId, value, done == null ? null : Date.valueOf(done), grade)
			.update();
	}

	/** Records a reviewer's grade of a commitment without measurable targets. */
	@Transactional
	void recordJudgement(long planYearId, long commitmentId, String grade) {
		jdbc.sql("delete from final_reading where commitment_id = ?").param(commitmentId).update();
		jdbc.sql("insert into final_reading (plan_year_id, commitment_id, grade) values (?, ?, ?)")
			.params(planYearId, commitmentId, grade)
			.update();
	}

}
