package com.pledgeboard.evaluation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import com.pledgeboard.i18n.Refused;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fixed-window request counters in the database ({@code evaluation_limit}), so that every node counts
 * the same and a restart forgets nothing. A request takes its hits before the work they guard, each
 * with one conditional {@code UPDATE} that the database runs under the row's lock, so that no more
 * than the limit are ever let through however many arrive at once.
 * <p>
 * All the hits of one request are taken in one transaction of their own ({@link #counting}), in the
 * same order by every request (the client's own keys first, the city-wide key last), so that none
 * waits on another in a circle. A request refused by any of them rolls that transaction back: a
 * refusal takes nothing from anyone. What commits stays counted, whatever becomes of the request.
 */
@Component
class RequestLimits {

	/** A counter: at most {@code max} hits of {@code key} per {@code window}; {@code refusalCode} says so to the client. */
	record Limit(String key, Duration window, int max, String refusalCode) {
	}

	/** How often a counting transaction is run again when requests opened the same window at once. */
	private static final int OPENING_RACES = 5;

	private final EvaluationStore store;

	private final TransactionTemplate ownTransaction;

	RequestLimits(EvaluationStore store, PlatformTransactionManager transactions) {
		this.store = store;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Runs {@code work}, which takes hits with {@link #take} and refuses by throwing, in a transaction
	 * of its own. Two requests that open a key's window at once both insert its row; the second one's
	 * transaction is spoilt (on PostgreSQL a failed statement ends it) and is run again from the start,
	 * when the row is there: having rolled back, it had taken nothing.
	 */
	<T> T counting(TransactionCallback<T> work) {
		for (int run = 1;; run++) {
			try {
				return ownTransaction.execute(work);
			}
			catch (DuplicateKeyException ex) {
				if (run == OPENING_RACES) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Takes a hit of the limit in its current window, in the caller's transaction, or refuses. Usually
	 * one statement; the first request of a window inserts its row.
	 * @throws Refused with the limit's code when none is left; the caller's
	 * transaction must then roll back, which gives back the hits it took before
	 */
	void take(Limit limit, Instant now) {
		long size = limit.window().toMillis();
		Timestamp windowStart = Timestamp.from(Instant.ofEpochMilli(now.toEpochMilli() / size * size));
		if (increment(limit, windowStart) == 1) {
			return;
		}
		// No room, or no row yet: opening the window takes the first hit. If another request opened it
		// after the update looked, the row is there now and the update answers for certain.
		boolean opened = limit.max() > 0 && store.openLimitWindow(limit.key(), windowStart);
		if (!opened && increment(limit, windowStart) == 0) {
			throw new Refused(limit.refusalCode());
		}
	}

	private int increment(Limit limit, Timestamp windowStart) {
		return store.incrementLimit(limit.key(), windowStart, limit.max());
	}

	/**
	 * Takes one of the code's tries, in the caller's transaction, before the typed code is compared, if
	 * fewer than {@code max} are taken: however many tries arrive at once, no more than {@code max} are
	 * ever compared.
	 */
	boolean takeCodeAttempt(long codeId, int max) {
		return store.takeCodeAttempt(codeId, max);
	}

	/** Forgets windows that ended more than a day ago. */
	void purge(Instant now) {
		ownTransaction.executeWithoutResult(
				status -> store.deleteLimitWindowsBefore(Timestamp.from(now.minus(Duration.ofDays(1)))));
	}

}
