package com.pledgeboard.scoring;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.account.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shipped {@link FinalReadings}: scoring's own {@code final_reading} table, what was entered by hand
 * ({@link Reading.ByHand}). The progress module provides the readings of approved reports as another
 * source, ordered before this one. Who may write here is {@link HandReadings}' to decide.
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
		jdbc.sql("select " + subject + ", reading_value, done_date, grade, recorded_by, recorded_at, reason"
				+ " from final_reading where plan_year_id = ? and " + subject + " is not null")
			.param(planYearId)
			.query(rs -> {
				Date done = rs.getDate(3);
				readings.put(rs.getLong(1), new Reading(rs.getBigDecimal(2), done == null ? null : done.toLocalDate(),
						rs.getString(4), new Reading.ByHand(rs.getString(5), rs.getObject(6, OffsetDateTime.class),
								rs.getString(7))));
			});
		return readings;
	}

	/**
	 * Records the final reading of a target, replacing any before it, as entered by the signed-in user
	 * ({@code system} where none is) for the reason given.
	 */
	@Transactional
	void recordTarget(long planYearId, long targetId, BigDecimal value, LocalDate done, String grade, String reason) {
		jdbc.sql("delete from final_reading where target_id = ?").param(targetId).update();
		jdbc.sql("""
				insert into final_reading (plan_year_id, target_id, reading_value, done_date, grade, recorded_by, reason)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(planYearId, targetId, value, done == null ? null : Date.valueOf(done), grade, actor(), reason)
			.update();
	}

	/** Removes the hand entry of a target, so that its reading from progress counts again; whether there was one. */
	@Transactional
	boolean clearTarget(long targetId) {
		return jdbc.sql("delete from final_reading where target_id = ?").param(targetId).update() > 0;
	}

	/** Records a reviewer's grade of a commitment without measurable targets, with an optional comment. */
	@Transactional
	void recordJudgement(long planYearId, long commitmentId, String grade, String comment) {
		jdbc.sql("delete from final_reading where commitment_id = ?").param(commitmentId).update();
		jdbc.sql("insert into final_reading (plan_year_id, commitment_id, grade, recorded_by, reason) values (?, ?, ?, ?, ?)")
			.params(planYearId, commitmentId, grade, actor(), comment)
			.update();
	}

	private static String actor() {
		return Accounts.current().map(SignedInUser::getUsername).orElse("system");
	}

}
