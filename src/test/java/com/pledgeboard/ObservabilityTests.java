package com.pledgeboard;

import java.util.List;
import java.util.Map;

import com.pledgeboard.audit.AuditEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ObservabilityTests {

	@Autowired
	MockMvc mvc;

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void shouldAnswerHealthToAnyone() throws Exception {
		mvc.perform(get("/actuator/health").with(from("203.0.113.7")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UP")));
	}

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void shouldServeMetricsToThisHostOnlyWithRequestTimingsImportsAndChanges() throws Exception {
		mvc.perform(get("/years/2022")).andExpect(status().isOk());
		mvc.perform(get("/years/2022")).andExpect(status().isOk());
		transactions.executeWithoutResult(status -> events
			.publishEvent(AuditEvent.of("PUBLIC_RATINGS", "plan_year", 1, null, Map.of("ratings", List.of()))));
		try {
			transactions.executeWithoutResult(status -> {
				events.publishEvent(AuditEvent.of("ROLLED_BACK", "plan_year", 1, null, Map.of()));
				throw new IllegalStateException("roll back");
			});
		}
		catch (IllegalStateException expected) {
			// The change and its count go together.
		}
		mvc.perform(get("/actuator/prometheus").with(from("127.0.0.1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("http_server_requests_seconds")))
			.andExpect(content().string(containsString("pledgeboard_page_cache_hits_seconds_count{")))
			.andExpect(content().string(containsString("pledgeboard_imports_total{")))
			.andExpect(content().string(matchesPattern("(?s).*pledgeboard_changes_total\\{action=\"PUBLIC_RATINGS\"[^}]*} 1\\.0.*")))
			.andExpect(content().string(not(containsString("ROLLED_BACK"))));
		mvc.perform(get("/actuator/prometheus").with(from("203.0.113.7"))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/actuator/env").with(from("127.0.0.1"))).andExpect(status().is3xxRedirection());
	}

}
