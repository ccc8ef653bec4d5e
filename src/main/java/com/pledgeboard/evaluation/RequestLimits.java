package com.pledgeboard.evaluation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fixed-window request counters in the database ({@code evaluation_limit}), so that every node counts
 * the same and a restart forgets nothing. A request takes its hit before the work it guards, with one
 * conditional {@code UPDATE} that the database runs under the row's lock, so that no more than the
 * limit are ever let through however many arrive at once; a request refused takes nothing. Each count
 * commits in a transaction of its own, whatever becomes of the request.
 */
@Component
class RequestLimits {

	/** A hit taken in a key's window, to give back if the request is refused by a later limit. */
	record Hit(String key, Timestamp windowStart) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	RequestLimits(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Takes a hit in the key's current window if fewer than {@code max} are taken; empty when none is left. */
	Optional<Hit> take(String key, Duration window, int max, Instant now) {
		long size = window.toMillis();
		Hit hit = new Hit(key, Timestamp.from(Instant.ofEpochMilli(now.toEpochMilli() / size * size)));
		if (increment(hit, max) == 1) {
			return Optional.of(hit);
		}
		// Nothing taken: the window is full, or not opened yet when the update ran. Once it is surely
		// open, the update answers for certain.
		boolean open = jdbc.sql("select count(*) from evaluation_limit where limit_key = ? and window_start = ?")
			.params(key, hit.windowStart())
			.query(Integer.class)
			.single() > 0;
		if (!open) {
			insert(hit);
		}
		return increment(hit, max) == 1 ? Optional.of(hit) : Optional.empty();
	}

	private void insert(Hit hit) {
		try {
			// A transaction of its own: on PostgreSQL a failed insert would spoil the one it ran in.
			ownTransaction.executeWithoutResult(status -> jdbc
				.sql("insert into evaluation_limit (limit_key, window_start, hits) values (?, ?, 0)")
				.params(hit.key(), hit.windowStart())
				.update());
		}
		catch (DuplicateKeyException ex) {
			// Another request opened the window first.
		}
	}

	private int increment(Hit hit, int max) {
		return ownTransaction.execute(status -> jdbc
			.sql("update evaluation_limit set hits = hits + 1 where limit_key = ? and window_start = ? and hits < ?")
			.params(hit.key(), hit.windowStart(), max)
			.update());
	}

	/** Gives back a hit of a request that a later limit refused, so that it counts against nothing. */
	void giveBack(Hit hit) {
		ownTransaction.executeWithoutResult(status -> jdbc
			.sql("update evaluation_limit set hits = hits - 1 where limit_key = ? and window_start = ? and hits > 0")
			.params(hit.key(), hit.windowStart())
			.update());
	}

	/**
	 * Takes one of the code's tries, before the typed code is compared, if fewer than {@code max} are
	 * taken: however many tries arrive at once, no more than {@code max} are ever compared.
	 */
	boolean takeCodeAttempt(long codeId, int max) {
		return ownTransaction.execute(status -> jdbc
			.sql("update verification_code set attempts = attempts + 1 where id = ? and attempts < ?")
			.params(codeId, max)
			.update()) == 1;
	}

	/** Forgets windows that ended more than a day ago. */
	void purge(Instant now) {
		ownTransaction.executeWithoutResult(status -> jdbc.sql("delete from evaluation_limit where window_start < ?")
			.param(Timestamp.from(now.minus(Duration.ofDays(1))))
			.update());
	}

}
