package com.pledgeboard.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.i18n.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation of the comments of public ratings by the assessment office: none is shown publicly
 * before it is approved. Each decision is audited.
 */
@Service
class Moderation {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Moderation(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** A comment awaiting or past moderation, for the back office. */
	record Comment(long id, long entryId, Choice choice, String text, String moderation, Instant at) {
	}

	@Transactional(readOnly = true)
	public List<Comment> comments(long planYearId) {
		EvaluationPolicy.requireModerator();
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
	@Transactional(readOnly = true)
	public Map<Long, Long> pendingByYear() {
		EvaluationPolicy.requireModerator();
		Map<Long, Long> pending = new LinkedHashMap<>();
		jdbc.sql("""
				select plan_year_id, count(*) from public_rating where comment_text is not null and moderation = 'PENDING'
				group by plan_year_id""")
			.query(rs -> {
				pending.put(rs.getLong(1), rs.getLong(2));
			});
		return pending;
	}

	/** Approves or rejects a comment; returns its plan year. */
	@Transactional
	public long moderate(long ratingId, boolean approve) {
		EvaluationPolicy.requireModerator();
		record Row(long planYearId, String moderation) {
		}
		Row row = jdbc.sql("select plan_year_id, moderation from public_rating where id = ? and comment_text is not null for update")
			.param(ratingId)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElseThrow(() -> NotFound.of("comment " + ratingId));
		String to = approve ? "APPROVED" : "REJECTED";
		jdbc.sql("update public_rating set moderation = ?, moderated_at = ?, moderated_by = ? where id = ?")
			.params(to, Timestamp.from(Instant.now()), Accounts.require().getUsername(), ratingId)
			.update();
		events.publishEvent(AuditEvent.of("COMMENT_MODERATED", "public_rating", ratingId,
				Map.of("moderation", row.moderation()), Map.of("moderation", to)));
		return row.planYearId();
	}


}
