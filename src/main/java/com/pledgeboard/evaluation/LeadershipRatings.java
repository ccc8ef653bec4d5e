package com.pledgeboard.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.i18n.NotFound;
import com.pledgeboard.i18n.Refused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leadership evaluation (领导评价): while a year is {@code ASSESSING} each committee member rates
 * each department 1 to 5, or 不了解 (stored as no score, left out of the mean). A member may change
 * their ratings until the year closes; each change is audited.
 */
@Service
public class LeadershipRatings {

	/** The form's value of 不了解. */
	static final int UNKNOWN = 0;

	private final EvaluationStore store;

	private final Catalogue catalogue;

	private final ApplicationEventPublisher events;

	LeadershipRatings(EvaluationStore store, Catalogue catalogue, ApplicationEventPublisher events) {
		this.store = store;
		this.catalogue = catalogue;
		this.events = events;
	}

	/** The signed-in member's ratings of the year by entry id: 1–5, or {@link #UNKNOWN}. */
	@Transactional(readOnly = true)
	public Map<Long, Integer> mine(long planYearId) {
		return of(planYearId, EvaluationPolicy.requireLeadershipRater().id());
	}

	/** A member's ratings of the year by entry id, for callers that have settled who the member is. */
	@Transactional(readOnly = true)
	Map<Long, Integer> of(long planYearId, long raterId) {
		return store.leadershipRatingsOf(planYearId, raterId, UNKNOWN);
	}

	/**
	 * Replaces the member's ratings of the year with these, by entry id (1–5 or {@link #UNKNOWN});
	 * departments left out lose a rating given before.
	 */
	@Transactional
	public void rate(long planYearId, Map<Long, Integer> scores) {
		SignedInUser rater = EvaluationPolicy.requireLeadershipRater();
		PlanYear year = catalogue.planYear(planYearId)
			.orElseThrow(() -> NotFound.of("plan year " + planYearId));
		if (year.state() != PlanYearState.ASSESSING) {
			throw new Refused("evaluation.refused.leadershipNotAssessing");
		}
		Set<Long> entries = catalogue.entries(planYearId).stream().map(DepartmentEntry::id).collect(Collectors.toSet());
		for (Map.Entry<Long, Integer> s : scores.entrySet()) {
			if (!entries.contains(s.getKey())) {
				throw new Refused("evaluation.refused.otherYear");
			}
			if (s.getValue() < UNKNOWN || s.getValue() > 5) {
				throw new Refused("evaluation.refused.score");
			}
		}
		Map<Long, Integer> before = new TreeMap<>(mine(planYearId));
		store.deleteLeadershipRatings(planYearId, rater.id());
		Timestamp now = Timestamp.from(Instant.now());
		for (Map.Entry<Long, Integer> s : scores.entrySet()) {
			store.insertLeadershipRating(planYearId, s.getKey(), rater.id(), s.getValue() == UNKNOWN ? null : s.getValue(),
					now);
		}
		events.publishEvent(AuditEvent.of("LEADERSHIP_RATED", "plan_year", planYearId, Map.of("ratings", before),
				Map.of("ratings", new TreeMap<>(scores))));
	}


}
