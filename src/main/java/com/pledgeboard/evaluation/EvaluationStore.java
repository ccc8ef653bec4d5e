package com.pledgeboard.evaluation;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.pledgeboard.evaluation.Evaluations.PublicComment;
import com.pledgeboard.evaluation.Moderation.Comment;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The evaluation module's persistence home: every SQL statement on its tables ({@code public_rating},
 * {@code leadership_rating}, {@code verification_code}, {@code evaluation_limit}). It checks nothing and
 * opens no transaction: the services ({@link PublicRatings}, {@link RequestLimits}, {@link LeadershipRatings},
 * {@link Moderation}, {@link Evaluations}, {@link RatingRetention}, {@link EvaluationGates}) hold the rules,
 * the checks and the transactions, and call it inside them.
 */
@Component
class EvaluationStore {

	private final JdbcClient jdbc;

	EvaluationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// public ratings

	/** How many of each answer each department entry of the plan year got, by entry id, indexed by {@link Choice#ordinal()}. */
	Map<Long, int[]> choiceCounts(long planYearId) {
		Map<Long, int[]> counts = new HashMap<>();
		jdbc.sql("select entry_id, choice, count(*) from public_rating where plan_year_id = ? group by entry_id, choice")
			.param(planYearId)
			.query(rs -> {
				counts.computeIfAbsent(rs.getLong(1), k -> new int[3])[Choice.valueOf(rs.getString(2)).ordinal()] = rs.getInt(3);
			});
		return counts;
	}

	/** The approved comments of a department entry, oldest first. */
	List<PublicComment> approvedComments(long entryId) {
		return jdbc.sql("""
				select choice, comment_text, created_at from public_rating
				where entry_id = ? and moderation = 'APPROVED' order by created_at, id""")
			.param(entryId)
			.query((rs, n) -> new PublicComment(Choice.valueOf(rs.getString(1)), rs.getString(2),
					rs.getTimestamp(3).toInstant()))
			.list();
	}

	/** The entries of the plan year rated from the number. */
	List<Long> ratedEntries(long planYearId, String phoneHash) {
		return jdbc.sql("select entry_id from public_rating where plan_year_id = ? and phone_hash = ?")
			.params(planYearId, phoneHash)
			.query(Long.class)
			.list();
	}

	/**
	 * Stores the ratings of one submission in one statement, a comment's moderation {@code PENDING}, none's
	 * {@code NONE}; a department rated from the number before fails it with a duplicate key.
	 * @param texts the comments to keep, by entry id
	 */
	void insertRatings(long planYearId, String phoneHash, Map<Long, Choice> choices, Map<Long, String> texts, Timestamp at) {
		StringBuilder insert = new StringBuilder(
				"insert into public_rating (plan_year_id, entry_id, phone_hash, choice, comment_text, moderation, created_at) values ");
		List<Object> params = new ArrayList<>(choices.size() * 7);
		boolean first = true;
		for (Map.Entry<Long, Choice> c : choices.entrySet()) {
			String text = texts.get(c.getKey());
			insert.append(first ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
			first = false;
			// The comment's type given: for a null, the driver would otherwise be asked for it, a round trip on PostgreSQL.
			params.addAll(Arrays.asList(planYearId, c.getKey(), phoneHash, c.getValue().name(),
					new SqlParameterValue(Types.VARCHAR, text),
					text == null ? "NONE" : "PENDING", at));
		}
		jdbc.sql(insert.toString()).params(params).update();
	}

	/** Forgets which number rated the plan year's ratings made before the cutoff; how many. */
	int unlinkRatings(long planYearId, Timestamp cutoff) {
		return jdbc.sql("""
				update public_rating set phone_hash = null
				where plan_year_id = ? and phone_hash is not null and created_at < ?""")
			.params(planYearId, cutoff)
			.update();
	}

	// moderation

	/** The comments of the plan year, those awaiting moderation first. */
	List<Comment> comments(long planYearId) {
		return jdbc.sql("""
				select id, entry_id, choice, comment_text, moderation, created_at from public_rating
				where plan_year_id = ? and comment_text is not null
				order by case when moderation = 'PENDING' then 0 else 1 end, created_at, id""")
			.param(planYearId)
			.query((rs, n) -> new Comment(rs.getLong(1), rs.getLong(2), Choice.valueOf(rs.getString(3)), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	/** How many comments wait for moderation, by plan year id. */
	Map<Long, Long> pendingByYear() {
		Map<Long, Long> pending = new LinkedHashMap<>();
		jdbc.sql("""
				select plan_year_id, count(*) from public_rating where comment_text is not null and moderation = 'PENDING'
				group by plan_year_id""")
			.query(rs -> {
				pending.put(rs.getLong(1), rs.getLong(2));
			});
		return pending;
	}

	/** A comment's plan year and moderation. */
	record CommentRow(long planYearId, String moderation) {
	}

	/** The comment's plan year and moderation, its row locked until the caller's transaction ends. */
	Optional<CommentRow> lockComment(long ratingId) {
		return jdbc.sql("select plan_year_id, moderation from public_rating where id = ? and comment_text is not null for update")
			.param(ratingId)
			.query((rs, n) -> new CommentRow(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	void moderate(long ratingId, String moderation, Timestamp at, String by) {
		jdbc.sql("update public_rating set moderation = ?, moderated_at = ?, moderated_by = ? where id = ?")
			.params(moderation, at, by, ratingId)
			.update();
	}

	// leadership ratings

	/** The leadership ratings (1–5) of each department entry, 不了解 left out, by entry id. */
	Map<Long, List<Integer>> leadershipScores(long planYearId) {
		Map<Long, List<Integer>> ratings = new HashMap<>();
		jdbc.sql("select entry_id, score from leadership_rating where plan_year_id = ? and score is not null order by id")
			.param(planYearId)
			.query(rs -> {
				ratings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
			});
		return ratings;
	}

	/** A member's ratings of the year by entry id; 不了解 as {@code unknown}. */
	Map<Long, Integer> leadershipRatingsOf(long planYearId, long raterId, int unknown) {
		Map<Long, Integer> ratings = new LinkedHashMap<>();
		jdbc.sql("select entry_id, score from leadership_rating where plan_year_id = ? and rater_id = ?")
			.params(planYearId, raterId)
			.query(rs -> {
				int score = rs.getInt(2);
				ratings.put(rs.getLong(1), rs.wasNull() ? unknown : score);
			});
		return ratings;
	}

	void deleteLeadershipRatings(long planYearId, long raterId) {
		jdbc.sql("delete from leadership_rating where plan_year_id = ? and rater_id = ?").params(planYearId, raterId).update();
	}

	/** Stores one leadership rating; a {@code null} score is 不了解. */
	void insertLeadershipRating(long planYearId, long entryId, long raterId, Integer score, Timestamp at) {
		jdbc.sql("insert into leadership_rating (plan_year_id, entry_id, rater_id, score, rated_at) values (?, ?, ?, ?, ?)")
			.params(planYearId, entryId, raterId, score, at)
			.update();
	}

	/** How many departments each member rated in the plan year, by rater id. */
	Map<Long, Integer> leadershipRatedCounts(long planYearId) {
		Map<Long, Integer> rated = new HashMap<>();
		jdbc.sql("select rater_id, count(*) from leadership_rating where plan_year_id = ? group by rater_id")
			.param(planYearId)
			.query(rs -> {
				rated.put(rs.getLong(1), rs.getInt(2));
			});
		return rated;
	}

	// one-time codes

	void insertCode(long planYearId, String phoneHash, String codeHash, Timestamp createdAt, Timestamp expiresAt) {
		jdbc.sql("""
				insert into verification_code (plan_year_id, phone_hash, code_hash, created_at, expires_at, attempts)
				values (?, ?, ?, ?, ?, 0)""")
			.params(planYearId, phoneHash, codeHash, createdAt, expiresAt)
			.update();
	}

	/** The number's newest unused code of the plan year. */
	record LiveCode(long id, String hash, Instant expires) {
	}

	Optional<LiveCode> liveCode(long planYearId, String phoneHash) {
		return jdbc.sql("""
				select id, code_hash, expires_at from verification_code
				where plan_year_id = ? and phone_hash = ? and used_at is null order by created_at desc, id desc limit 1""")
			.params(planYearId, phoneHash)
			.query((rs, n) -> new LiveCode(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.optional();
	}

	/** Takes one of the code's tries if fewer than {@code max} are taken; whether it did. */
	boolean takeCodeAttempt(long codeId, int max) {
		return jdbc.sql("update verification_code set attempts = attempts + 1 where id = ? and attempts < ?")
			.params(codeId, max)
			.update() == 1;
	}

	/** Marks the code used if it was not; whether it did. */
	boolean useCode(long codeId, Timestamp at) {
		return jdbc.sql("update verification_code set used_at = ? where id = ? and used_at is null")
			.params(at, codeId)
			.update() != 0;
	}

	int deleteCodesBefore(Timestamp cutoff) {
		return jdbc.sql("delete from verification_code where created_at < ?").param(cutoff).update();
	}

	// request counters

	/** Adds a hit to the key's window if it has fewer than {@code max}; how many rows changed (0 or 1). */
	int incrementLimit(String key, Timestamp windowStart, int max) {
		return jdbc.sql("update evaluation_limit set hits = hits + 1 where limit_key = ? and window_start = ? and hits < ?")
			.params(key, windowStart, max)
			.update();
	}

	/** Opens the key's window with its first hit unless it is open; whether it did. */
	boolean openLimitWindow(String key, Timestamp windowStart) {
		return jdbc.sql("""
				insert into evaluation_limit (limit_key, window_start, hits)
				select ?, ?, 1 from (values (0)) one_row where not exists
				(select 1 from evaluation_limit where limit_key = ? and window_start = ?)""")
			.params(key, windowStart, key, windowStart)
			.update() == 1;
	}

	int deleteLimitWindowsBefore(Timestamp cutoff) {
		return jdbc.sql("delete from evaluation_limit where window_start < ?").param(cutoff).update();
	}

}
