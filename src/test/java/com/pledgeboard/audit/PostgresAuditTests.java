package com.pledgeboard.audit;

import java.util.Map;

import com.pledgeboard.privacy.PrivacySlice;
import com.pledgeboard.support.DataSlice;
import com.pledgeboard.support.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain on a real PostgreSQL server: the head lock, the time and the JSON text must come back
 * exactly as they were hashed. A data slice ({@link DataSlice}): the audit module's trail, store,
 * keys and verifier on the database, without the rest of the application.
 */
@DataSlice
@Import({ AuditConfig.class, AuditStore.class, AuditEntries.class, AuditTrail.class, AuditCheckpoints.class,
		AuditVerifier.class, PrivacySlice.class })
class PostgresAuditTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresServer.useNewDatabase(registry);
	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void shouldVerifyAppendsAndNameTheAlteredEntryOnPostgresql() {
		for (int i = 1; i <= 20; i++) {
			events.publishEvent(AuditEvent.of("TARGET_EDITED", "target", i, Map.of("metric", "城市书房", "value", i),
					Map.of("metric", "城市书房", "value", i + 0.5)));
		}
		VerificationResult intact = verifier.verify();
		assertThat(intact.isIntact()).as(intact.describe()).isTrue();
		long last = intact.entries();
		assertThat(last).isGreaterThanOrEqualTo(20);
		transactions.executeWithoutResult(status -> {
			jdbc.sql("update audit_entry set before_json = '{\"value\":0}' where seq = ?").param(last - 5).update();
			VerificationResult altered = verifier.verify();
			assertThat(altered.brokenSeq()).isEqualTo(last - 5);
			assertThat(altered.reason()).contains("altered");
			assertThat(altered.brokenSeq()).isNotNull();
			status.setRollbackOnly();
		});
		transactions.executeWithoutResult(status -> {
			jdbc.sql("delete from audit_entry where seq = ?").param(last).update();
			VerificationResult removed = verifier.verify();
			assertThat(removed.isIntact()).isFalse();
			assertThat(removed.reason()).contains("missing");
			status.setRollbackOnly();
		});
		assertThat(verifier.verify()).isEqualTo(intact);
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
