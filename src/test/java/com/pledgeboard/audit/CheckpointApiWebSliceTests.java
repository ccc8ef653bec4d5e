package com.pledgeboard.audit;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.support.TestUsers;
import com.pledgeboard.support.WebSlice;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail's public checkpoint API in a web slice (see {@link WebSlice}): the real controller, the
 * audit module's trail, store, keys and checkpoint files on H2, and the real security filter chain. Anyone
 * reads, without signing in, a checkpoint just written over a moved trail, and its signature holds
 * against the public key the API serves (checked here with the JDK's Ed25519, not with the module's own
 * code); no one, not even the office, writes or deletes through it, and a refused request adds no
 * checkpoint.
 */
@WebSlice
@Import({ CheckpointApiController.class, AuditConfig.class, AuditStore.class, AuditEntries.class, AuditTrail.class,
		AuditCheckpoints.class })
class CheckpointApiWebSliceTests {

	private static final String PATH = "/api/v1/audit/checkpoints";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	JsonMapper json;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Catalogue catalogue;

	private JsonNode published() throws Exception {
		String body = mvc.perform(get(PATH).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(body);
	}

	private JsonNode publishedAs(String file) throws Exception {
		for (JsonNode node : published()) {
			if (node.get("file").asString().equals(file)) {
				return node;
			}
		}
		throw new AssertionError("checkpoint " + file + " is not published");
	}

	private PublicKey servedKey() throws Exception {
		String pem = mvc.perform(get(PATH.replace("checkpoints", "public-key")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
			.andReturn().getResponse().getContentAsString(StandardCharsets.US_ASCII);
		assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----");
		String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
	}

	@Test
	void shouldPublishToAnyoneACheckpointOfTheMovedTrailSignedByTheServedKey() throws Exception {
		events.publishEvent(AuditEvent.of("TARGET_EDITED", "target", 7, Map.of("value", 1), Map.of("value", 2)));
		Checkpoint written = checkpoints.write("web slice");
		JsonNode node = publishedAs(written.file());
		assertThat(node.get("reason").asString()).isEqualTo("web slice");
		assertThat(node.get("lanes").size()).isEqualTo(written.lanes().size()).isPositive();
		String signedText = node.get("signedText").asString();
		var verifier = Signature.getInstance("Ed25519");
		verifier.initVerify(servedKey());
		verifier.update(signedText.getBytes(StandardCharsets.UTF_8));
		assertThat(verifier.verify(Base64.getDecoder().decode(node.get("signature").asString())))
			.as("the published signature holds against the served key").isTrue();
		verifier.initVerify(servedKey());
		verifier.update((signedText + "lane 0 1 x\n").getBytes(StandardCharsets.UTF_8));
		assertThat(verifier.verify(Base64.getDecoder().decode(node.get("signature").asString())))
			.as("and not over another text").isFalse();
	}

	@Test
	void shouldLetNoOneWriteOrDeleteThroughTheApi() throws Exception {
		List<Checkpoint> before = checkpoints.list();
		var office = new TestUsers(accounts, userDetails, catalogue).user("slice-audit-office", Role.ADMIN, null);
		mvc.perform(post(PATH)).andExpect(status().isForbidden());
		assertThat(mvc.perform(post(PATH).with(csrf())).andReturn().getResponse().getStatus())
			.as("anonymous with CSRF").isIn(302, 401, 403);
		mvc.perform(post(PATH).with(user(office))).andExpect(status().isForbidden());
		mvc.perform(post(PATH).with(user(office)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(delete(PATH).with(user(office)).with(csrf())).andExpect(status().isForbidden());
		assertThat(checkpoints.list()).isEqualTo(before);
	}

}
