package com.pledgeboard.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.i18n.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation of the comments of public ratings by the assessment office: none is shown publicly
 * before it is approved. Each decision is audited.
 */
@Service
class Moderation {

	private final EvaluationStore store;

	private final ApplicationEventPublisher events;

	Moderation(EvaluationStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	/** A comment awaiting or past moderation, for the back office. */
	record Comment(long id, long entryId, Choice choice, String text, String moderation, Instant at) {
	}

	@Transactional(readOnly = true)
	public List<Comment> comments(long planYearId) {
		EvaluationPolicy.requireModerator();
		return store.comments(planYearId);
	}

	/** How many comments wait for moderation, by plan year id. */
	@Transactional(readOnly = true)
	public Map<Long, Long> pendingByYear() {
		EvaluationPolicy.requireModerator();
		return store.pendingByYear();
	}

	/** Approves or rejects a comment; returns its plan year. */
	@Transactional
	public long moderate(long ratingId, boolean approve) {
		EvaluationPolicy.requireModerator();
		EvaluationStore.CommentRow row = store.lockComment(ratingId).orElseThrow(() -> NotFound.of("comment " + ratingId));
		String to = approve ? "APPROVED" : "REJECTED";
		store.moderate(ratingId, to, Timestamp.from(Instant.now()), Accounts.require().getUsername());
		events.publishEvent(AuditEvent.of("COMMENT_MODERATED", "public_rating", ratingId,
				Map.of("moderation", row.moderation()), Map.of("moderation", to)));
		return row.planYearId();
	}


}
