package com.pledgeboard.audit;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Checkpoints as the public sees them: one written after each move of a plan year, published with the
 * key that checks them, and a periodic one only when the trail has moved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CheckpointTests extends WholeApplication {

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	AuditStore store;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	JsonMapper json;

	@Autowired
	AuditTrail trail;

	@Test
	void shouldWriteACheckpointOfTheCommittedTrailAfterEveryMoveOfAPlanYear() throws Exception {
		long year = importer.importTable(TestResources.bytes("fixtures/unknown-department.txt"), "move.txt", "330500",
				2037, PlanYearState.DRAFT, false).planYearId();
		int before = checkpoints.list().size();
		var office = users.user("checkpoint-office", Role.ADMIN, null);
		mvc.perform(post("/admin/years/{id}/transition", year).param("to", "RATING").param("reason", "草稿审核完毕")
			.param("confirmed", "true").param("override", "true").param("overrideReason", "检查点测试：目标待确认")
			.with(user(office)).with(csrf()))
			.andExpect(redirectedUrl("/admin/years/" + year));
		List<Checkpoint> after = checkpoints.list();
		assertThat(after).hasSize(before + 1);
		Checkpoint written = after.get(after.size() - 1);
		assertThat(written.reason()).isEqualTo("plan-year " + year);
		assertThat(written.lanes()).isEqualTo(store.heads().stream()
			.map(h -> new Checkpoint.Lane(h.lane(), h.lastSeq(), h.lastHash()))
			.toList());
		assertThat(checkpoints.isGenuine(written)).isTrue();
		VerificationResult result = verifier.verify();
		assertThat(result.isIntact()).as(result.describe()).isTrue();
	}

	@Test
	void shouldWriteAPeriodicCheckpointOnlyWhenTheTrailMoved() {
		checkpoints.periodically();
		int sealed = checkpoints.list().size();
		checkpoints.periodically();
		assertThat(checkpoints.list()).as("nothing moved").hasSize(sealed);
		checkpoints.write("test");
		trail.record(AuditEvent.of("MOVED", "checkpoint", 1, null, null));
		checkpoints.periodically();
		assertThat(checkpoints.list()).hasSize(sealed + 2);
		assertThat(checkpoints.list().get(sealed + 1).reason()).isEqualTo("periodic");
	}

	@Test
	void shouldPublishTheCheckpointsAndTheKeyThatChecksThemToAnyone() throws Exception {
		checkpoints.write("test");
		String body = mvc.perform(get("/api/v1/audit/checkpoints")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String pem = mvc.perform(get("/api/v1/audit/public-key")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n");
		var key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder()
			.decode(pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "").strip())));
		JsonNode published = json.readTree(body);
		assertThat(published.size()).isEqualTo(checkpoints.list().size()).isPositive();
		for (JsonNode checkpoint : published) {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initVerify(key);
			signature.update(checkpoint.get("signedText").asString().getBytes(StandardCharsets.UTF_8));
			assertThat(signature.verify(Base64.getDecoder().decode(checkpoint.get("signature").asString())))
				.as(checkpoint.get("file").asString())
				.isTrue();
			assertThat(checkpoint.get("signedText").asString()).contains("lane 1 " + checkpoint.get("lanes").get(0).get("seq").asLong() + " ");
		}
	}

}
