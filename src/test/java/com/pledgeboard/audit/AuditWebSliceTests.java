package com.pledgeboard.audit;

import java.util.List;
import java.util.Map;

import com.pledgeboard.privacy.Hmac;
import com.pledgeboard.support.WebFixture;
import com.pledgeboard.support.WebSlice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in events through the application's real form login, and the back office page. The admin
 * exists both as an {@code app_user} row and as Spring Boot's configured user, so that the test holds
 * whichever user store the application has. A web slice (see {@link WebSlice}): the real security
 * chain, the real audit trail and its page, on the slice's database.
 */
@WebSlice
@Import(AuditPageSlice.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditWebSliceTests extends WebFixture {

	private static final String ADMIN = "audit-admin";

	private static final String PASSWORD = "Zhe-jiang-2022";

	private static final String PASSWORD_HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);

	@DynamicPropertySource
	static void admin(DynamicPropertyRegistry registry) {
		registry.add("spring.security.user.name", () -> ADMIN);
		registry.add("spring.security.user.password", () -> PASSWORD_HASH);
		registry.add("spring.security.user.roles", () -> "ADMIN");
	}

	@Autowired
	Hmac hmac;

	@Autowired
	AuditTrail trail;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuthenticationEventPublisher authenticationEvents;

	@BeforeAll
	void createAdmin() {
		jdbc.sql("insert into app_user (username, display_name, password_hash, role, department_id, enabled, "
				+ "must_change_password) values (?, ?, ?, 'ADMIN', null, true, false)")
			.params(ADMIN, "考评办管理员", PASSWORD_HASH)
			.update();
	}

	private AuditRecord newest(String actor, String action) {
		List<AuditRecord> entries = trail.find(new AuditQuery(actor, action, null, null, null, null, 0, 1)).entries();
		assertThat(entries).as(actor + " " + action).isNotEmpty();
		return entries.get(0);
	}

	@Test
	void shouldRecordAFailedSignInWithTheTriedNameButNeverThePassword() throws Exception {
		mvc.perform(formLogin("/login").user("wang.wu").password("secret-guess-1"))
			.andExpect(redirectedUrl("/login?error"));
		AuditRecord entry = newest("wang.wu", AuditTrail.SIGN_IN_FAILED);
		assertThat(entry.entity()).isEqualTo(AuditTrail.SESSION);
		assertThat(entry.afterJson()).as("an unknown name, told apart from a wrong password only here")
			.isEqualTo("{\"failure\":\"UsernameNotFoundException\"}");
		assertThat(entry.clientAddress()).as("the address as its keyed hash").matches("[0-9a-f]{64}");
		assertThat(jdbc.sql("select count(*) from audit_entry where after_json like '%secret-guess%' "
				+ "or before_json like '%secret-guess%' or actor like '%secret-guess%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void shouldRecordASignInAndASignOut() throws Exception {
		mvc.perform(formLogin("/login").user(ADMIN).password(PASSWORD)).andExpect(redirectedUrl("/admin"));
		AuditRecord signIn = newest(ADMIN, AuditTrail.SIGN_IN);
		assertThat(signIn.afterJson()).contains("ROLE_ADMIN").doesNotContain(PASSWORD);
		mvc.perform(post("/logout").with(csrf()).with(user(ADMIN).roles("ADMIN"))).andExpect(redirectedUrl("/login?signedOut"));
		assertThat(newest(ADMIN, AuditTrail.SIGN_OUT).seq()).isGreaterThan(signIn.seq());
	}

	@Test
	void shouldTakeTheClientAddressFromTheConnectionAndNotFromForwardedFor() throws Exception {
		mvc.perform(post("/login").param("username", "forwarded").param("password", "x").with(csrf()).with(request -> {
				request.addHeader("X-Forwarded-For", "6.6.6.6");
				request.setRemoteAddr("10.20.30.40");
				return request;
			}));
		assertThat(newest("forwarded", AuditTrail.SIGN_IN_FAILED).clientAddress()).isEqualTo(hmac.hash("10.20.30.40"));
	}

	/** A refusal of the application's own kind, such as the sign-in throttle's. */
	static class RefusedForTooManyFailures extends AuthenticationException {

		RefusedForTooManyFailures() {
			super("too many failures");
		}

	}

	@Test
	void shouldRecordARefusalOfTheApplicationsOwnKindAsAFailedSignIn() {
		authenticationEvents.publishAuthenticationFailure(new RefusedForTooManyFailures(),
				UsernamePasswordAuthenticationToken.unauthenticated("li.si", "guess"));
		assertThat(newest("li.si", AuditTrail.SIGN_IN_FAILED).afterJson())
			.isEqualTo("{\"failure\":\"RefusedForTooManyFailures\"}");
	}

	@Test
	void shouldSendAnAnonymousVisitorToTheSignInPage() throws Exception {
		mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void shouldRefuseTheTrailToAUserWhoIsNotAnAdmin() throws Exception {
		mvc.perform(get("/admin/audit").with(user("tianbao").roles("REPORTER"))).andExpect(status().isForbidden());
	}

	@Test
	void shouldShowTheTrailToAnAdminNewestFirstWithJsonEscaped() throws Exception {
		events.publishEvent(AuditEvent.of("TARGET_EDITED", "page_target", 1, null, Map.of("metric", "<script>alert(1)</script>")));
		events.publishEvent(AuditEvent.of("TARGET_CONFIRMED", "page_target", 2, null, null));
		String html = mvc.perform(get("/admin/audit").param("entity", "page_target").with(user(ADMIN).roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审计日志")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.indexOf("TARGET_CONFIRMED")).isPositive().isLessThan(html.indexOf("TARGET_EDITED"));
	}

	@Test
	void shouldFilterTheTrailByActorActionEntityAndDate() throws Exception {
		events.publishEvent(AuditEvent.of("FILTER_ONE", "filter_target", "a", null, null));
		events.publishEvent(AuditEvent.of("FILTER_TWO", "filter_target", "b", null, null));
		var admin = user(ADMIN).roles("ADMIN");
		mvc.perform(get("/admin/audit").param("action", "FILTER_TWO").with(admin))
			.andExpect(content().string(containsString("FILTER_TWO")))
			.andExpect(content().string(not(containsString("FILTER_ONE"))));
		mvc.perform(get("/admin/audit").param("entity", "filter_target").param("entityId", "a").with(admin))
			.andExpect(content().string(containsString("FILTER_ONE")))
			.andExpect(content().string(not(containsString("FILTER_TWO"))));
		mvc.perform(get("/admin/audit").param("entity", "filter_target").param("actor", "nobody").with(admin))
			.andExpect(content().string(containsString("没有符合条件的记录")));
		mvc.perform(get("/admin/audit").param("entity", "filter_target").param("from", "2000-01-01").param("to", "2000-12-31").with(admin))
			.andExpect(content().string(not(containsString("FILTER_ONE"))));
		mvc.perform(get("/admin/audit").param("entity", "filter_target").param("from", "2000-01-01").with(admin))
			.andExpect(content().string(containsString("FILTER_ONE")));
	}

	@Test
	void shouldNameAMalformedDateAndLeaveItOut() throws Exception {
		events.publishEvent(AuditEvent.of("BAD_DATE", "bad_date_target", "a", null, null));
		mvc.perform(get("/admin/audit").param("entity", "bad_date_target").param("from", "2024-13-45")
			.with(user(ADMIN).roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("起始日期格式不正确")))
			.andExpect(content().string(containsString("BAD_DATE")));
	}

	@Test
	void shouldPageWithTheFilterKept() throws Exception {
		for (int i = 0; i < AuditController.PAGE_SIZE + 1; i++) {
			events.publishEvent(AuditEvent.of("PAGED", "paged_target", i, null, null));
		}
		var admin = user(ADMIN).roles("ADMIN");
		mvc.perform(get("/admin/audit").param("entity", "paged_target").with(admin))
			.andExpect(content().string(containsString("/admin/audit?entity=paged_target&amp;page=1")));
		mvc.perform(get("/admin/audit").param("entity", "paged_target").param("page", "1").with(admin))
			.andExpect(content().string(containsString("/admin/audit?entity=paged_target&amp;page=0")))
			.andExpect(content().string(not(containsString("page=2"))));
	}

}
