package com.pledgeboard.evaluation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fixed-window request counters in the database ({@code evaluation_limit}), so that every node counts
 * the same and a restart forgets nothing. A hit is committed in a transaction of its own, even when
 * the request it counts is refused afterwards: a flood of wrong codes counts as a flood.
 */
@Component
class RequestLimits {

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	RequestLimits(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Counts a hit on the key in its current window; whether the key is still within {@code max}. */
	boolean hit(String key, Duration window, int max, Instant now) {
		long size = window.toMillis();
		Timestamp start = Timestamp.from(Instant.ofEpochMilli(now.toEpochMilli() / size * size));
		if (increment(key, start) == 0) {
			try {
				// A transaction of its own: on PostgreSQL a failed insert would spoil the one it ran in.
				ownTransaction.executeWithoutResult(status -> jdbc
					.sql("insert into evaluation_limit (limit_key, window_start, hits) values (?, ?, 0)")
					.params(key, start)
					.update());
			}
			catch (DuplicateKeyException ex) {
				// Another request opened the window first.
			}
			increment(key, start);
		}
		int hits = jdbc.sql("select hits from evaluation_limit where limit_key = ? and window_start = ?")
			.params(key, start)
			.query(Integer.class)
			.single();
		return hits <= max;
	}

	private int increment(String key, Timestamp start) {
		return ownTransaction.execute(status -> jdbc
			.sql("update evaluation_limit set hits = hits + 1 where limit_key = ? and window_start = ?")
			.params(key, start)
			.update());
	}

	/** Counts a wrong try of a one-time code, committed although the request that made it is refused. */
	void countWrongCode(long codeId) {
		ownTransaction.executeWithoutResult(status -> jdbc
			.sql("update verification_code set attempts = attempts + 1 where id = ?")
			.param(codeId)
			.update());
	}

	/** Forgets windows that ended more than a day ago. */
	void purge(Instant now) {
		ownTransaction.executeWithoutResult(status -> jdbc.sql("delete from evaluation_limit where window_start < ?")
			.param(Timestamp.from(now.minus(Duration.ofDays(1))))
			.update());
	}

}
