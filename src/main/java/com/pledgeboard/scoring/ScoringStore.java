package com.pledgeboard.scoring;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.scoring.Scoring.VersionedScheme;
import com.pledgeboard.scoring.engine.DepartmentResult;
import com.pledgeboard.scoring.engine.Scheme;
import com.pledgeboard.scoring.engine.YearResult;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scoring module's persistence home: every SQL statement on its tables ({@code scoring_scheme},
 * {@code frozen_score}, {@code final_reading}). It checks nothing: {@link Scoring} and {@link HandReadings}
 * hold the rules and checks and call it inside their transactions.
 * <p>
 * It is also the shipped {@link FinalReadings}: scoring's own {@code final_reading} table, what was entered
 * by hand ({@link Reading.ByHand}). The progress module provides the readings of approved reports as
 * another source, ordered before this one. Who may write here is {@link HandReadings}' to decide.
 */
@Component
@Order(ScoringStore.ORDER)
class ScoringStore implements FinalReadings {

	/** After the progress module's approved readings: what the office enters here corrects them. */
	static final int ORDER = 200;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ScoringStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The frozen scores of a plan year with the scheme version they were scored by. */
	record FrozenScores(int schemeVersion, YearResult result) {
	}

	/** The newest stored version of a plan year's scheme; empty where none is stored. */
	Optional<VersionedScheme> newestScheme(long planYearId) {
		return jdbc.sql("select version, scheme_json from scoring_scheme where plan_year_id = ? order by version desc limit 1")
			.param(planYearId)
			.query((rs, n) -> new VersionedScheme(rs.getInt(1), json.readValue(rs.getString(2), Scheme.class)))
			.optional();
	}

	/** One stored version of a plan year's scheme. */
	Optional<Scheme> scheme(long planYearId, int version) {
		return jdbc.sql("select scheme_json from scoring_scheme where plan_year_id = ? and version = ?")
			.params(planYearId, version)
			.query(String.class)
			.optional()
			.map(s -> json.readValue(s, Scheme.class));
	}

	/** Stores the scheme as the plan year's next version, created by the signed-in user ({@code system} where none is). */
	VersionedScheme addScheme(long planYearId, Scheme scheme) {
		int version = jdbc.sql("select coalesce(max(version), 0) from scoring_scheme where plan_year_id = ?")
			.param(planYearId)
			.query(Integer.class)
			.single() + 1;
		jdbc.sql("insert into scoring_scheme (plan_year_id, version, scheme_json, created_by) values (?, ?, ?, ?)")
			.params(planYearId, version, json.writeValueAsString(scheme), actor())
			.update();
		return new VersionedScheme(version, scheme);
	}

	/** Whether the plan year has frozen scores. */
	boolean hasFrozenScores(long planYearId) {
		return jdbc.sql("select count(*) from frozen_score where plan_year_id = ?").param(planYearId).query(Long.class)
			.single() > 0;
	}

	/** The frozen scores of a plan year, in the order they were frozen; empty where none are. */
	Optional<FrozenScores> frozenScores(long planYearId) {
		List<DepartmentResult> rows = new ArrayList<>();
		List<Integer> versions = new ArrayList<>();
		jdbc.sql("select scheme_version, result_json from frozen_score where plan_year_id = ? order by id")
			.param(planYearId)
			.query(rs -> {
				versions.add(rs.getInt(1));
				rows.add(json.readValue(rs.getString(2), DepartmentResult.class));
			});
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new FrozenScores(versions.get(0), new YearResult(rows)));
	}

	/** Stores one department's frozen score of a plan year. */
	void freeze(long planYearId, int schemeVersion, DepartmentResult d, Timestamp frozenAt) {
		jdbc.sql("""
				insert into frozen_score (plan_year_id, entry_id, scheme_version, commitment_part, public_part,
				  leadership_part, total, rank_in_category, grade, result_json, frozen_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(planYearId, d.entryId(), schemeVersion, d.commitmentPart().score(), d.publicPart().score(),
					d.leadershipPart().score(), d.total(), d.rank(), d.grade().name(), json.writeValueAsString(d),
					frozenAt)
			.update();
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
