package com.pledgeboard.audit;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each test tampers inside its own transaction, which is rolled back afterwards, so that the trail
 * other tests share stays intact.
 */
@SpringBootTest
@Transactional
class AuditVerifierTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	AuditEntries entries;

	@Autowired
	JdbcClient jdbc;

	private long append(int count) {
		for (int i = 0; i < count; i++) {
			events.publishEvent(AuditEvent.of("TARGET_EDITED", "target", i, Map.of("value", i), Map.of("value", i + 1)));
		}
		return lastSeq();
	}

	private long lastSeq() {
		return jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
	}

	private long idOf(long seq) {
		return jdbc.sql("select id from audit_entry where seq = ?").param(seq).query(Long.class).single();
	}

	@Test
	void shouldVerifyTheChainAfterManyAppendsAcrossBatches() {
		long last = append(250);
		VerificationResult result = new AuditVerifier(entries, 7).verify();
		assertThat(result.isIntact()).as(result.describe()).isTrue();
		assertThat(result.entries()).isEqualTo(last);
		assertThat(verifier.verify()).isEqualTo(result);
		assertThat(result.describe()).isEqualTo("audit trail intact: " + last + " entries");
	}

	@Test
	void shouldFailVerificationNamingTheAlteredEntry() {
		long last = append(5);
		long altered = last - 2;
		jdbc.sql("update audit_entry set after_json = '{\"value\":999}' where seq = ?").param(altered).update();
		VerificationResult result = verifier.verify();
		assertThat(result.isIntact()).isFalse();
		assertThat(result.brokenSeq()).isEqualTo(altered);
		assertThat(result.brokenId()).isEqualTo(idOf(altered));
		assertThat(result.entries()).isEqualTo(altered - 1);
		assertThat(result.describe()).startsWith("audit trail broken at entry seq " + altered + " (id " + idOf(altered) + "): ")
			.contains("altered");
	}

	@Test
	void shouldFailVerificationNamingTheEntryAfterARemovedOne() {
		long last = append(5);
		long removed = last - 2;
		jdbc.sql("delete from audit_entry where seq = ?").param(removed).update();
		VerificationResult result = new AuditVerifier(entries, 2).verify();
		assertThat(result.brokenSeq()).isEqualTo(removed + 1);
		assertThat(result.brokenId()).isEqualTo(idOf(removed + 1));
		assertThat(result.reason()).contains("entry seq " + removed + " is missing");
	}

	@Test
	void shouldFailVerificationWhenTheLastEntryWasRemoved() {
		long last = append(3);
		jdbc.sql("delete from audit_entry where seq = ?").param(last).update();
		VerificationResult result = verifier.verify();
		assertThat(result.isIntact()).isFalse();
		assertThat(result.brokenSeq()).isEqualTo(last);
		assertThat(result.brokenId()).isNull();
		assertThat(result.reason()).contains("entry seq " + last + " is missing");
	}

	@Test
	void shouldFailVerificationWhenAnAlteredEntryWasGivenAFreshHash() {
		long last = append(4);
		long altered = last - 1;
		AuditRecord entry = jdbc.sql("select * from audit_entry where seq = ?")
			.param(altered)
			.query((rs, n) -> new AuditRecord(rs.getLong("id"), rs.getLong("seq"),
					rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(), "someone-else",
					rs.getString("client_address"), rs.getString("action"), rs.getString("entity"),
					rs.getString("entity_id"), rs.getString("before_json"), rs.getString("after_json"),
					rs.getString("prev_hash"), null))
			.single();
		jdbc.sql("update audit_entry set actor = ?, hash = ? where seq = ?")
			.params(entry.actor(), entry.computeHash(), altered)
			.update();
		VerificationResult result = verifier.verify();
		assertThat(result.brokenSeq()).isEqualTo(last);
		assertThat(result.reason()).contains("previous hash").contains("seq " + altered);
	}

	@Test
	void shouldFailVerificationWhenAnEntryWasInsertedBehindTheApplicationsBack() {
		long last = append(2);
		jdbc.sql("insert into audit_entry (seq, occurred_at, actor, action, entity, prev_hash, hash) "
				+ "select seq + 1, occurred_at, actor, action, entity, hash, hash from audit_entry where seq = ?")
			.param(last)
			.update();
		VerificationResult result = verifier.verify();
		assertThat(result.isIntact()).isFalse();
		assertThat(result.brokenSeq()).isEqualTo(last + 1);
		assertThat(result.reason()).contains("beyond the audit head");
	}

}
