package com.pledgeboard.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps what the public evaluation knows of a person no longer than {@code pledgeboard.evaluation.retention}
 * (180 days unless set): older one-time codes and request counters are deleted, and an older rating of a
 * year no longer open to evaluation loses the number's hash that tied it to one person (its choice and
 * comment stay, for the scores and the portal). Run by every node on {@code retention-cron} (daily);
 * each statement only removes what is past the limit, so two nodes running it at once do it once.
 */
@Component
class RatingRetention {

	private final EvaluationStore store;

	private final Catalogue catalogue;

	private final Duration retention;

	private final Clock clock = Clock.systemUTC();

	RatingRetention(EvaluationStore store, Catalogue catalogue,
			@Value("${pledgeboard.evaluation.retention:180d}") Duration retention) {
		this.store = store;
		this.catalogue = catalogue;
		this.retention = retention;
	}

	/** What one run removed. */
	record Removed(int codes, int counters, int ratingsUnlinked) {
	}

	@Scheduled(cron = "${pledgeboard.evaluation.retention-cron:0 20 3 * * *}")
	public void enforce() {
		enforce(clock.instant());
	}

	Removed enforce(Instant now) {
		Timestamp cutoff = Timestamp.from(now.minus(retention));
		int codes = store.deleteCodesBefore(cutoff);
		int counters = store.deleteLimitWindowsBefore(cutoff);
		int unlinked = 0;
		for (PlanYear year : catalogue.allPlanYears()) {
			if (year.state() != PlanYearState.ASSESSING) {
				unlinked += store.unlinkRatings(year.id(), cutoff);
			}
		}
		return new Removed(codes, counters, unlinked);
	}

}
