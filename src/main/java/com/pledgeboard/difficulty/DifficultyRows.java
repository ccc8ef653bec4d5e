package com.pledgeboard.difficulty;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.pledgeboard.catalogue.Coefficients;
import com.pledgeboard.difficulty.rules.Bounds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The difficulty tables, read and written with plain SQL; callers authorise and validate first.
 */
@Component
class DifficultyRows {

	private final JdbcClient jdbc;

	DifficultyRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record SelfRow(long entryId, BigDecimal value, String justification, long proposedBy, Long submittedBy) {

		boolean submitted() {
			return submittedBy != null;
		}

	}

	record RatingRow(long entryId, Subject.Key subject, long raterId, BigDecimal value, String comment) {
	}

	record OverrideRow(long entryId, Subject.Key subject, BigDecimal value, String reason) {
	}

	record ResultRow(long entryId, Subject.Key subject, int raterCount, BigDecimal aggregate, BigDecimal assessed,
			boolean overridden, String reason) {
	}

	DifficultySettings settings(long planYearId) {
		return jdbc.sql("""
				select min_value, max_value, step_value, rating_level, rating_closed_at from difficulty_settings
				where plan_year_id = ?""")
			.param(planYearId)
			.query((rs, n) -> new DifficultySettings(planYearId,
					new Bounds(number(rs, 1), number(rs, 2), number(rs, 3)), RatingLevel.valueOf(rs.getString(4)),
					rs.getObject(5, OffsetDateTime.class)))
			.optional()
			.orElseGet(() -> DifficultySettings.defaults(planYearId));
	}

	void saveSettings(long planYearId, Bounds bounds, RatingLevel level) {
		int updated = jdbc.sql("""
				update difficulty_settings set min_value = ?, max_value = ?, step_value = ?, rating_level = ?
				where plan_year_id = ?""")
			.params(bounds.min(), bounds.max(), bounds.step(), level.name(), planYearId)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into difficulty_settings (plan_year_id, min_value, max_value, step_value, rating_level)
					values (?, ?, ?, ?, ?)""")
				.params(planYearId, bounds.min(), bounds.max(), bounds.step(), level.name())
				.update();
		}
	}

	void markClosed(DifficultySettings settings) {
		saveSettings(settings.planYearId(), settings.bounds(), settings.level());
		jdbc.sql("update difficulty_settings set rating_closed_at = current_timestamp where plan_year_id = ?")
			.param(settings.planYearId())
			.update();
	}

	Optional<SelfRow> self(long entryId) {
		return jdbc.sql("select entry_id, proposed_value, justification, proposed_by, submitted_by from difficulty_self where entry_id = ?")
			.param(entryId)
			.query(DifficultyRows::selfRow)
			.optional();
	}

	/** The self-assessments of these entries (the catalogue says which entries a year has). */
	List<SelfRow> selves(Collection<Long> entryIds) {
		if (entryIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select entry_id, proposed_value, justification, proposed_by, submitted_by from difficulty_self
				where entry_id in (:entries)""")
			.param("entries", entryIds)
			.query(DifficultyRows::selfRow)
			.list();
	}

	void propose(long entryId, BigDecimal value, String justification, long userId) {
		int updated = jdbc.sql("""
				update difficulty_self set proposed_value = ?, justification = ?, proposed_by = ?,
				  proposed_at = current_timestamp where entry_id = ?""")
			.params(value, justification, userId, entryId)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into difficulty_self (entry_id, proposed_value, justification, proposed_by, proposed_at)
					values (?, ?, ?, ?, current_timestamp)""")
				.params(entryId, value, justification, userId)
				.update();
		}
	}

	void submit(long entryId, long userId) {
		jdbc.sql("update difficulty_self set submitted_by = ?, submitted_at = current_timestamp where entry_id = ?")
			.params(userId, entryId)
			.update();
	}

	List<RatingRow> ratings(long planYearId) {
		return jdbc.sql("""
				select entry_id, subject_kind, subject_id, rater_id, rating_value, rating_comment from difficulty_rating
				where plan_year_id = ? order by id""")
			.param(planYearId)
			.query((rs, n) -> new RatingRow(rs.getLong(1), key(rs, 2), rs.getLong(4), number(rs, 5), rs.getString(6)))
			.list();
	}

	void rate(long planYearId, Subject subject, long raterId, BigDecimal value, String comment) {
		int updated = jdbc.sql("""
				update difficulty_rating set rating_value = ?, rating_comment = ?, rated_at = current_timestamp
				where subject_kind = ? and subject_id = ? and rater_id = ?""")
			.params(value, comment, subject.kind().name(), subject.id(), raterId)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into difficulty_rating (plan_year_id, entry_id, subject_kind, subject_id, rater_id, rating_value,
					  rating_comment, rated_at) values (?, ?, ?, ?, ?, ?, ?, current_timestamp)""")
				.params(planYearId, subject.entryId(), subject.kind().name(), subject.id(), raterId, value, comment)
				.update();
		}
	}

	List<OverrideRow> overrides(long planYearId) {
		return jdbc.sql("""
				select entry_id, subject_kind, subject_id, override_value, reason from difficulty_override
				where plan_year_id = ? order by id""")
			.param(planYearId)
			.query((rs, n) -> new OverrideRow(rs.getLong(1), key(rs, 2), number(rs, 4), rs.getString(5)))
			.list();
	}

	void override(long planYearId, Subject subject, BigDecimal value, String reason, long userId) {
		int updated = jdbc.sql("""
				update difficulty_override set override_value = ?, reason = ?, overridden_by = ?,
				  overridden_at = current_timestamp where subject_kind = ? and subject_id = ?""")
			.params(value, reason, userId, subject.kind().name(), subject.id())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into difficulty_override (plan_year_id, entry_id, subject_kind, subject_id, override_value,
					  reason, overridden_by, overridden_at) values (?, ?, ?, ?, ?, ?, ?, current_timestamp)""")
				.params(planYearId, subject.entryId(), subject.kind().name(), subject.id(), value, reason, userId)
				.update();
		}
	}

	List<ResultRow> results(long planYearId) {
		return jdbc.sql("""
				select entry_id, subject_kind, subject_id, rater_count, aggregate_value, assessed_value, overridden,
				  override_reason from difficulty_result where plan_year_id = ? order by id""")
			.param(planYearId)
			.query((rs, n) -> new ResultRow(rs.getLong(1), key(rs, 2), rs.getInt(4), number(rs, 5), number(rs, 6),
					rs.getBoolean(7), rs.getString(8)))
			.list();
	}

	void insertResult(long planYearId, ResultRow result) {
		jdbc.sql("""
				insert into difficulty_result (plan_year_id, entry_id, subject_kind, subject_id, rater_count,
				  aggregate_value, assessed_value, overridden, override_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(planYearId, result.entryId(), result.subject().kind().name(), result.subject().id(),
					result.raterCount(), result.aggregate(), result.assessed(), result.overridden(), result.reason())
			.update();
	}

	private static SelfRow selfRow(ResultSet rs, int n) throws SQLException {
		long submittedBy = rs.getLong(5);
		Long submitted = rs.wasNull() ? null : submittedBy;
		return new SelfRow(rs.getLong(1), number(rs, 2), rs.getString(3), rs.getLong(4), submitted);
	}

	private static Subject.Key key(ResultSet rs, int column) throws SQLException {
		return new Subject.Key(Subject.Kind.valueOf(rs.getString(column)), rs.getLong(column + 1));
	}

	private static BigDecimal number(ResultSet rs, int column) throws SQLException {
		return Coefficients.normalise(rs.getBigDecimal(column));
	}

}
