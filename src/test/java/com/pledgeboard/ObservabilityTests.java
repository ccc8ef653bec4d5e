package com.pledgeboard;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
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

	@Test
	void shouldServeMetricsToThisHostOnlyWithRequestTimingsAndImports() throws Exception {
		mvc.perform(get("/years/2022")).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus").with(from("127.0.0.1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("http_server_requests_seconds")))
			.andExpect(content().string(containsString("pledgeboard_imports_total{")));
		mvc.perform(get("/actuator/prometheus").with(from("203.0.113.7"))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/actuator/env").with(from("127.0.0.1"))).andExpect(status().is3xxRedirection());
	}

}
