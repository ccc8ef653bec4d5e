package com.pledgeboard.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each test tampers inside its own transaction, which is rolled back afterwards, so that the trail
 * other tests share stays intact. Tests that need checkpoints or keys of their own write them under a
 * temporary directory, through the same entries, so that the shared context's checkpoints never see
 * a state that is rolled back.
 */
@SpringBootTest
@Transactional
class AuditVerifierTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	AuditStore store;

	@Autowired
	AuditKeys keys;

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	JsonMapper json;

	@Autowired
	AuditFiles files;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	/** Appends through the application and returns the entries of this transaction's lane, oldest first. */
	private List<AuditRecord> append(int count) {
		for (int i = 0; i < count; i++) {
			events.publishEvent(AuditEvent.of("TARGET_EDITED", "target", i, Map.of("value", i), Map.of("value", i + 1)));
		}
		long last = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
		int lane = jdbc.sql("select lane from audit_entry where seq = ?").param(last).query(Integer.class).single();
		return lane(lane);
	}

	private List<AuditRecord> lane(int lane) {
		return store.batch(lane, 0, Long.MAX_VALUE, Integer.MAX_VALUE);
	}

	private AuditCheckpoints checkpointsIn(Path directory) {
		return new AuditCheckpoints(store, keys, new AuditFiles(dir.resolve("unused"), directory), json);
	}

	private AuditVerifier verifierWith(AuditCheckpoints checkpoints) {
		return new AuditVerifier(store, keys, checkpoints);
	}

	/** What someone holding the HMAC key could do: rewrite an entry and recompute every later one and the head. */
	private void rewriteWithTheKey(List<AuditRecord> lane, int index, String afterJson) {
		SecretKey key = keys.key(lane.get(index).keyId()).orElseThrow();
		String previous = lane.get(index).prevHash();
		for (int i = index; i < lane.size(); i++) {
			AuditRecord e = lane.get(i);
			AuditRecord forged = new AuditRecord(e.id(), e.seq(), e.lane(), e.laneSeq(), e.keyId(), e.occurredAt(),
					e.actor(), e.clientAddress(), e.action(), e.entity(), e.entityId(), e.beforeJson(),
					i == index ? afterJson : e.afterJson(), previous, null);
			previous = AuditVerifier.keyedHash(key, forged);
			jdbc.sql("update audit_entry set after_json = ?, prev_hash = ?, hash = ? where id = ?")
				.params(forged.afterJson(), forged.prevHash(), previous, e.id())
				.update();
		}
		jdbc.sql("update audit_head set last_hash = ? where id = ?").params(previous, lane.get(0).lane()).update();
	}

	@Test
	void shouldVerifyTheChainAfterManyAppendsAcrossBatches() {
		List<AuditRecord> lane = append(250);
		assertThat(lane).extracting(AuditRecord::keyId).containsOnly(keys.currentKeyId());
		VerificationResult result = new AuditVerifier(store, keys, checkpoints, 7).verify();
		assertThat(result.isIntact()).as(result.describe()).isTrue();
		long total = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
		assertThat(result.entries()).isEqualTo(total);
		assertThat(verifier.verify()).isEqualTo(result);
		assertThat(result.describe()).isEqualTo("audit trail intact: " + total + " entries");
	}

	@Test
	void shouldFailVerificationNamingTheAlteredEntry() {
		List<AuditRecord> lane = append(5);
		AuditRecord altered = lane.get(lane.size() - 3);
		jdbc.sql("update audit_entry set after_json = '{\"value\":999}' where id = ?").param(altered.id()).update();
		VerificationResult result = verifier.verify();
		assertThat(result.isIntact()).isFalse();
		assertThat(result.brokenSeq()).isEqualTo(altered.seq());
		assertThat(result.brokenId()).isEqualTo(altered.id());
		assertThat(result.describe()).startsWith("audit trail broken at entry seq " + altered.seq() + " (id " + altered.id() + "): ")
			.contains("lane " + altered.lane() + " seq " + altered.laneSeq())
			.contains("altered");
	}

	@Test
	void shouldFailVerificationNamingTheEntryAfterARemovedOne() {
		List<AuditRecord> lane = append(5);
		AuditRecord removed = lane.get(lane.size() - 3);
		AuditRecord next = lane.get(lane.size() - 2);
		jdbc.sql("delete from audit_entry where id = ?").param(removed.id()).update();
		VerificationResult result = new AuditVerifier(store, keys, checkpoints, 2).verify();
		assertThat(result.brokenSeq()).isEqualTo(next.seq());
		assertThat(result.brokenId()).isEqualTo(next.id());
		assertThat(result.reason()).contains("lane " + removed.lane() + " seq " + removed.laneSeq() + " is missing");
	}

	@Test
	void shouldFailVerificationWhenTheLastEntryWasRemoved() {
		List<AuditRecord> lane = append(3);
		AuditRecord last = lane.get(lane.size() - 1);
		jdbc.sql("delete from audit_entry where id = ?").param(last.id()).update();
		VerificationResult result = verifier.verify();
		assertThat(result.isIntact()).isFalse();
		assertThat(result.brokenId()).isNull();
		assertThat(result.reason()).contains("lane " + last.lane() + " seq " + last.laneSeq() + " is missing");
	}

	@Test
	void shouldDetectARewriteWhoseLaterHashesWereRecomputedWithoutTheKey() {
		List<AuditRecord> lane = append(6);
		int index = lane.size() - 4;
		// The attack that passed before: change an entry, then recompute the plain SHA-256 chain and the head.
		String previous = lane.get(index).prevHash();
		for (int i = index; i < lane.size(); i++) {
			AuditRecord e = lane.get(i);
			String after = i == index ? "{\"value\":0}" : e.afterJson();
			String hash = ChainHash.plain(e.seq(), e.occurredAt(), e.actor(), e.clientAddress(), e.action(), e.entity(),
					e.entityId(), e.beforeJson(), after, previous);
			jdbc.sql("update audit_entry set after_json = ?, prev_hash = ?, hash = ?, key_id = null where id = ?")
				.params(after, previous, hash, e.id())
				.update();
			previous = hash;
		}
		jdbc.sql("update audit_head set last_hash = ? where id = ?").params(previous, lane.get(0).lane()).update();
		VerificationResult result = verifier.verify();
		assertThat(result.isIntact()).isFalse();
		assertThat(result.brokenId()).isEqualTo(lane.get(index).id());
		assertThat(result.reason()).contains("no key id after keyed entries");
	}

	@Test
	void shouldDetectARewriteByWhoeverHoldsTheKeyAgainstACheckpoint() {
		List<AuditRecord> lane = append(6);
		AuditCheckpoints sealed = checkpointsIn(dir.resolve("checkpoints"));
		sealed.write("test");
		rewriteWithTheKey(lane, lane.size() - 4, "{\"value\":-1}");
		VerificationResult withoutCheckpoints = verifierWith(checkpointsIn(dir.resolve("none"))).verify();
		assertThat(withoutCheckpoints.isIntact()).as("the key alone cannot tell: " + withoutCheckpoints.describe()).isTrue();
		VerificationResult result = verifierWith(sealed).verify();
		assertThat(result.isIntact()).isFalse();
		AuditRecord last = lane.get(lane.size() - 1);
		assertThat(result.brokenId()).isEqualTo(last.id());
		assertThat(result.reason()).contains("checkpoint checkpoint-").contains("rewritten");
	}

	@Test
	void shouldDetectATruncationWhoseHeadWasMovedBackAgainstACheckpoint() {
		List<AuditRecord> lane = append(6);
		AuditCheckpoints sealed = checkpointsIn(dir.resolve("checkpoints"));
		sealed.write("test");
		AuditRecord keep = lane.get(lane.size() - 3);
		jdbc.sql("delete from audit_entry where lane = ? and lane_seq > ?").params(keep.lane(), keep.laneSeq()).update();
		jdbc.sql("update audit_head set last_seq = ?, last_hash = ? where id = ?")
			.params(keep.laneSeq(), keep.hash(), keep.lane())
			.update();
		VerificationResult withoutCheckpoints = verifierWith(checkpointsIn(dir.resolve("none"))).verify();
		assertThat(withoutCheckpoints.isIntact()).as("a consistent shorter chain: " + withoutCheckpoints.describe()).isTrue();
		VerificationResult result = verifierWith(sealed).verify();
		assertThat(result.isIntact()).isFalse();
		assertThat(result.reason()).contains("lane " + keep.lane() + " ends at seq " + keep.laneSeq())
			.contains("saw it at seq " + lane.get(lane.size() - 1).laneSeq())
			.contains("truncated");
	}

	@Test
	void shouldRefuseACheckpointWhoseFileWasEdited() throws Exception {
		append(2);
		AuditCheckpoints sealed = checkpointsIn(dir.resolve("checkpoints"));
		Checkpoint written = sealed.write("test");
		assertThat(verifierWith(sealed).verify().isIntact()).isTrue();
		Path file = dir.resolve("checkpoints").resolve(written.file());
		assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
			.as("written read-only").isEqualTo("r--r--r--");
		file.toFile().setWritable(true);
		Files.writeString(file, Files.readString(file).replace("\"reason\":\"test\"", "\"reason\":\"edited\""));
		VerificationResult result = verifierWith(sealed).verify();
		assertThat(result.isIntact()).isFalse();
		assertThat(result.reason()).contains(written.file()).contains("signature");
	}

	@Test
	void shouldVerifyEntriesOfEveryKeyAfterARotationAndNameAMissingKey() throws Exception {
		// A copy of the context's key file, so that the entries others wrote still verify.
		Path keyFile = Files.copy(files.keyFile(), dir.resolve("keys.properties"));
		AuditKeys own = AuditKeys.loadOrCreate(keyFile);
		AuditEntries writer = new AuditEntries(store, own);
		AuditCheckpoints none = new AuditCheckpoints(store, own, new AuditFiles(keyFile, dir.resolve("none")), json);
		String first = own.currentKeyId();
		for (int i = 0; i < 3; i++) {
			writer.append(java.time.Instant.now(), "tester", null, "KEYED", "target", "first-" + i, null, null);
		}
		String second = own.rotate();
		assertThat(second).isNotEqualTo(first);
		assertThat(AuditKeys.loadOrCreate(keyFile).currentKeyId()).as("kept in the file").isEqualTo(second);
		for (int i = 0; i < 3; i++) {
			writer.append(java.time.Instant.now(), "tester", null, "KEYED", "target", "second-" + i, null, null);
		}
		assertThat(jdbc.sql("select distinct key_id from audit_entry where action = 'KEYED' order by key_id")
			.query(String.class).list()).containsExactly(first, second);
		VerificationResult result = new AuditVerifier(store, own, none).verify();
		assertThat(result.isIntact()).as(result.describe()).isTrue();

		Files.writeString(keyFile, Files.readString(keyFile).replaceAll("(?m)^hmac\\." + first + "=.*$", ""));
		AuditKeys withoutFirst = AuditKeys.loadOrCreate(keyFile);
		VerificationResult missing = new AuditVerifier(store, withoutFirst, none).verify();
		assertThat(missing.isIntact()).isFalse();
		assertThat(missing.reason()).contains("key '" + first + "' is not in the audit key file");
	}

	@Test
	void shouldFailVerificationWhenAnEntryWasInsertedBehindTheApplicationsBack() {
		List<AuditRecord> lane = append(2);
		AuditRecord last = lane.get(lane.size() - 1);
		jdbc.sql("insert into audit_entry (seq, lane, lane_seq, occurred_at, actor, action, entity, prev_hash, hash) "
				+ "select seq + 100000, lane, lane_seq + 1, occurred_at, actor, action, entity, hash, hash from audit_entry where id = ?")
			.param(last.id())
			.update();
		VerificationResult result = verifier.verify();
		assertThat(result.isIntact()).isFalse();
		assertThat(result.reason()).contains("beyond its audit head");
	}

	@Test
	void shouldSignACheckpointThatTheJdkVerifiesWithThePublishedKey() throws Exception {
		append(1);
		Checkpoint written = checkpointsIn(dir.resolve("checkpoints")).write("test");
		String pem = checkpoints.publicKeyPem();
		byte[] encoded = java.util.Base64.getMimeDecoder()
			.decode(pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", ""));
		var publicKey = java.security.KeyFactory.getInstance("Ed25519")
			.generatePublic(new java.security.spec.X509EncodedKeySpec(encoded));
		var signature = java.security.Signature.getInstance("Ed25519");
		signature.initVerify(publicKey);
		signature.update(written.signedText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(signature.verify(java.util.Base64.getDecoder().decode(written.signature()))).isTrue();
		assertThat(written.lanes()).extracting(Checkpoint.Lane::lane).contains(1, 16);
		assertThat(OffsetDateTime.parse(written.writtenAt())).isNotNull();
	}

}
