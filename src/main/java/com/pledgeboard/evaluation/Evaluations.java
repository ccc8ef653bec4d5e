package com.pledgeboard.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation module's read API: what scoring needs of the public and leadership evaluations of a
 * plan year, and the comments the portal may show.
 */
@Service
public class Evaluations {

	private final JdbcClient jdbc;

	Evaluations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The public tally of each department entry that has been rated at all, by entry id. */
	@Transactional(readOnly = true)
	public Map<Long, PublicTally> publicTallies(long planYearId) {
		Map<Long, int[]> counts = new HashMap<>();
		jdbc.sql("select entry_id, choice, count(*) from public_rating where plan_year_id = ? group by entry_id, choice")
			.param(planYearId)
			.query(rs -> {
				counts.computeIfAbsent(rs.getLong(1), k -> new int[3])[Choice.valueOf(rs.getString(2)).ordinal()] = rs.getInt(3);
			});
		Map<Long, PublicTally> tallies = new HashMap<>();
		counts.forEach((entry, c) -> tallies.put(entry, new PublicTally(c[0], c[1], c[2])));
		return tallies;
	}

	/** The leadership ratings (1–5) of each department entry, 不了解 left out, by entry id. */
	@Transactional(readOnly = true)
	public Map<Long, List<Integer>> leadershipRatings(long planYearId) {
		Map<Long, List<Integer>> ratings = new HashMap<>();
		jdbc.sql("select entry_id, score from leadership_rating where plan_year_id = ? and score is not null order by id")
			.param(planYearId)
			.query(rs -> {
				ratings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
			});
		return ratings;
	}

	/** Comments an administrator approved for a department entry, oldest first, as plain text. */
	@Transactional(readOnly = true)
	public List<PublicComment> approvedComments(long entryId) {
		return jdbc.sql("""
				select choice, comment_text, created_at from public_rating
				where entry_id = ? and moderation = 'APPROVED' order by created_at, id""")
			.param(entryId)
			.query((rs, n) -> new PublicComment(Choice.valueOf(rs.getString(1)), rs.getString(2),
					rs.getTimestamp(3).toInstant()))
			.list();
	}

	/** A comment as the portal shows it: the answer, the text and when. */
	public record PublicComment(Choice choice, String text, Instant at) {
	}

}
