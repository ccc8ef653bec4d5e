package com.pledgeboard.portal;

import java.util.Map;

import com.pledgeboard.account.Role;
import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.support.TestUsers;
import com.pledgeboard.support.WholeApplication;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "pledgeboard.cache.version-ttl=0s")
class PublicPageCacheTests extends WholeApplication {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	private String etag(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
	}

	@Test
	void shouldAnswerAConditionalGetWithNotModified() throws Exception {
		String etag = etag("/years/2022");
		assertThat(etag).startsWith("\"").endsWith("\"");
		assertThat(etag("/years/2022")).isEqualTo(etag);
		mvc.perform(get("/years/2022").header("If-None-Match", etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string("ETag", etag));
		mvc.perform(get("/api/v1/years/2022/departments").header("Accept", "application/json"))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andExpect(content().contentTypeCompatibleWith("application/json"));
	}

	@Test
	void shouldServeTheChangeAfterAnyRecordedChange() throws Exception {
		String path = "/years/2022/departments/市外办";
		String before = etag(path);
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("""
					update commitment set title = '拓展国际友城工作（已更新）' where title = '拓展国际友城工作'
					and entry_id in (select e.id from department_entry e join plan_year p on p.id = e.plan_year_id
					  where p.year_number = 2022)""").update();
			events.publishEvent(AuditEvent.of("COMMITMENT_EDITED", "commitment", 0, null, Map.of("test", true)));
		});
		mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("拓展国际友城工作（已更新）")))
			.andExpect(result -> assertThat(result.getResponse().getHeader("ETag")).isNotEqualTo(before));
		mvc.perform(get(path).header("If-None-Match", before)).andExpect(status().isOk());
	}

	@Test
	void shouldNeverShareWhatASignedInUserSees() throws Exception {
		mvc.perform(get("/years/2022")).andExpect(header().exists("ETag"));
		users.user("cache-rater", Role.RATER, null);
		Cookie[] session = mvc.perform(post("/login").param("username", "cache-rater")
			.param("password", TestUsers.PASSWORD).with(csrf())).andReturn().getResponse().getCookies();
		assertThat(session).extracting(Cookie::getName).contains("SESSION");
		mvc.perform(get("/years/2022").cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("ETag"))
			.andExpect(content().string(containsString("cache-rater")));
		mvc.perform(get("/years/2022")).andExpect(content().string(not(containsString("cache-rater"))));
	}

	@Test
	void shouldKeepTheSecurityHeadersOnACachedPage() throws Exception {
		etag("/years/2022");
		mvc.perform(get("/years/2022"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

}
