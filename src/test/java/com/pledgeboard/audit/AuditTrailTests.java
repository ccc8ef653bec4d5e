package com.pledgeboard.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AuditTrailTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	AuditKeys keys;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	private List<AuditRecord> entriesOf(String entity) {
		return trail.find(new AuditQuery(null, null, entity, null, null, null, 0, AuditQuery.MAX_SIZE)).entries();
	}

	@Test
	void shouldLeaveNoEntryWhenTheChangeRollsBack() {
		transactions.executeWithoutResult(status -> {
			events.publishEvent(AuditEvent.of("TARGET_EDITED", "rolled_back", 7, null, Map.of("value", 12)));
			status.setRollbackOnly();
		});
		assertThat(entriesOf("rolled_back")).isEmpty();
		assertThat(verifier.verify().isIntact()).isTrue();
	}

	@Test
	@WithMockUser(username = "kaopingban", roles = "ADMIN")
	void shouldRecordACommittedChangeOnceWithWhoWhenWhereAndWhat() {
		record Target(String metric, int value, String unit) {
		}
		transactions.executeWithoutResult(status -> events.publishEvent(AuditEvent.of("TARGET_EDITED", "committed", 42,
				new Target("城市书房", 10, "家"), Map.of("value", 12, "metric", "城市书房", "unit", "家"))));
		List<AuditRecord> entries = entriesOf("committed");
		assertThat(entries).hasSize(1);
		AuditRecord entry = entries.get(0);
		assertThat(entry.actor()).isEqualTo("kaopingban");
		assertThat(entry.action()).isEqualTo("TARGET_EDITED");
		assertThat(entry.entityId()).isEqualTo("42");
		assertThat(entry.clientAddress()).as("the address as its keyed hash").matches("[0-9a-f]{64}");
		assertThat(entry.beforeJson()).isEqualTo("{\"metric\":\"城市书房\",\"unit\":\"家\",\"value\":10}");
		assertThat(entry.afterJson()).isEqualTo("{\"metric\":\"城市书房\",\"unit\":\"家\",\"value\":12}");
		assertThat(entry.occurredAt()).isBetween(java.time.Instant.now().minusSeconds(60), java.time.Instant.now());
		assertThat(entry.hash()).hasSize(64).isEqualTo(AuditVerifier.keyedHash(keys.key(entry.keyId()).orElseThrow(), entry));
	}

	@Test
	void shouldRollBackTheChangeWhenItsEntryCannotBeWritten() {
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			jdbc.sql("insert into region (code, name) values ('990000', '测试地区')").update();
			events.publishEvent(AuditEvent.of("REGION_CREATED", "x".repeat(200), "990000", null, null));
		})).isNotNull();
		assertThat(jdbc.sql("select count(*) from region where code = '990000'").query(Long.class).single()).isZero();
	}

	@Test
	void shouldRecordAnEventPublishedOutsideATransaction() {
		events.publishEvent(AuditEvent.of("PLAN_YEAR_STATE", "no_transaction", 1, "DRAFT", "RATING"));
		assertThat(entriesOf("no_transaction")).singleElement()
			.satisfies(e -> assertThat(e.afterJson()).isEqualTo("\"RATING\""));
	}

	@Test
	void shouldNameTheProcessWhenNobodyIsSignedInAndThereIsNoRequest() {
		RequestContextHolder.resetRequestAttributes();
		events.publishEvent(AuditEvent.of("SEED_IMPORTED", "no_request", null, null, null));
		assertThat(entriesOf("no_request")).singleElement().satisfies(e -> {
			assertThat(e.actor()).isEqualTo("system");
			assertThat(e.clientAddress()).isNull();
			assertThat(e.entityId()).isNull();
		});
	}

	@Test
	void shouldChainConcurrentAppendsWithoutGapsOrForks() throws Exception {
		long before = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Void>> tasks = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				int thread = t;
				tasks.add(() -> {
					for (int i = 0; i < 25; i++) {
						events.publishEvent(AuditEvent.of("CONCURRENT", "concurrent", thread + "-" + i, null, null));
					}
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
				done.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(entriesOf("concurrent")).hasSize(100);
		VerificationResult result = verifier.verify();
		assertThat(result.isIntact()).as(result.describe()).isTrue();
		assertThat(result.entries()).isGreaterThanOrEqualTo(before + 100);
	}

	@Test
	void shouldFindByEveryFilterNewestFirstAPageAtATime() {
		for (int i = 1; i <= 5; i++) {
			events.publishEvent(AuditEvent.of(i % 2 == 0 ? "EVEN" : "ODD", "paged", i, null, Map.of("n", i)));
		}
		AuditPage first = trail.find(new AuditQuery(null, null, "paged", null, null, null, 0, 2));
		assertThat(first.entries()).extracting(AuditRecord::entityId).containsExactly("5", "4");
		assertThat(first.hasNext()).isTrue();
		assertThat(first.hasPrevious()).isFalse();
		AuditPage last = trail.find(new AuditQuery(null, null, "paged", null, null, null, 2, 2));
		assertThat(last.entries()).extracting(AuditRecord::entityId).containsExactly("1");
		assertThat(last.hasNext()).isFalse();
		assertThat(trail.find(new AuditQuery(null, "EVEN", "paged", null, null, null, 0, 10)).entries())
			.extracting(AuditRecord::entityId)
			.containsExactly("4", "2");
		assertThat(trail.find(new AuditQuery(null, null, "paged", "3", null, null, 0, 10)).entries()).hasSize(1);
		assertThat(trail.find(new AuditQuery("nobody", null, "paged", null, null, null, 0, 10)).entries()).isEmpty();
		var now = java.time.Instant.now();
		assertThat(trail.find(new AuditQuery(null, null, "paged", null, now.minusSeconds(600), now.plusSeconds(60), 0,
				10)).entries()).hasSize(5);
		assertThat(trail.find(new AuditQuery(null, null, "paged", null, now.plusSeconds(60), null, 0, 10)).entries())
			.isEmpty();
	}

	/**
	 * While one transaction holds a lane with an append and has not committed, another appends and
	 * commits without waiting for it: the writes no longer queue on one head row.
	 */
	@Test
	void shouldLetAnAppendCommitWhileAnotherTransactionHoldsItsLane() throws Exception {
		LaneAppends.assertAnAppendCommitsWhileAnotherTransactionHoldsItsLane(transactions, events, jdbc, verifier);
	}

}
