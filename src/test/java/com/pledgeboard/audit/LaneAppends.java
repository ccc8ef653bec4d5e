package com.pledgeboard.audit;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check that audited writes no longer queue on one head row, shared by the H2 and the PostgreSQL
 * tests of the trail: while one transaction holds a lane with an append and has not committed, another
 * appends and commits without waiting for it, and the trail verifies intact afterwards.
 */
final class LaneAppends {

	private LaneAppends() {
	}

	static void assertAnAppendCommitsWhileAnotherTransactionHoldsItsLane(TransactionTemplate transactions,
			ApplicationEventPublisher events, JdbcClient jdbc, AuditVerifier verifier) throws Exception {
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = pool.submit(() -> transactions.executeWithoutResult(status -> {
				events.publishEvent(AuditEvent.of("LANE_HELD", "lane", 1, null, null));
				holding.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
			Future<?> second = pool.submit(() -> transactions.executeWithoutResult(
					status -> events.publishEvent(AuditEvent.of("LANE_FREE", "lane", 2, null, null))));
			second.get(10, TimeUnit.SECONDS);
			assertThat(jdbc.sql("select count(*) from audit_entry where action = 'LANE_FREE'").query(Long.class).single())
				.as("committed while the first still holds its lane").isEqualTo(1);
			release.countDown();
			first.get(30, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(distinct lane) from audit_entry where action in ('LANE_HELD', 'LANE_FREE')")
			.query(Long.class).single()).isEqualTo(2);
		VerificationResult result = verifier.verify();
		assertThat(result.isIntact()).as(result.describe()).isTrue();
	}

}
