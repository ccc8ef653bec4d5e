package com.pledgeboard.account;

import java.io.IOException;

import com.pledgeboard.audit.AuditSlice;
import com.pledgeboard.support.TestUsers;
import com.pledgeboard.support.WebFixture;
import com.pledgeboard.support.WebSlice;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in and changing the password in a web slice (see {@link WebSlice}): the real form login,
 * security chain, headers, password policy and page, with the real audit trail, on the slice's
 * database. A refused sign-in reads alike whatever was wrong; a one-time password must be changed
 * first; a change without a CSRF token is refused with nothing changed; passwords are kept as slow
 * hashes only. The throttle's limits and the sessions a password change ends stay in {@link SignInTests}.
 */
@WebSlice
@Import({ SignInController.class, AuditSlice.class })
@TestPropertySource(properties = "pledgeboard.sign-in.password-cost=" + SignInWebSliceTests.PRODUCTION_COST)
class SignInWebSliceTests extends WebFixture {

	/** bcrypt's cost in production; the other tests hash at the least cost (see the tests' configuration). */
	static final String PRODUCTION_COST = "12";

	static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void shouldSignInWithTheRightPasswordAndNotWithAWrongOne() throws Exception {
		users.user("signin-ok", Role.RATER, null);
		mvc.perform(signIn("signin-ok", TestUsers.PASSWORD, "10.0.0.1"))
			.andExpect(authenticated().withUsername("signin-ok"))
			.andExpect(redirectedUrl("/admin"));
		mvc.perform(signIn("signin-ok", "wrong-password-123", "10.0.0.1"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	/**
	 * An unknown name, a wrong password and a disabled account (with its right password) read exactly
	 * alike on the page; only the audit trail tells them apart.
	 */
	@Test
	void shouldRefuseUnknownWrongAndDisabledAlikeAndAuditWhich() throws Exception {
		users.user("signin-disabled", Role.RATER, null);
		users.user("signin-wrong", Role.RATER, null);
		accounts.disable(accounts.find("signin-disabled").orElseThrow().id());
		String disabled = pageAfter(signIn("signin-disabled", TestUsers.PASSWORD, "10.0.3.1"));
		String wrong = pageAfter(signIn("signin-wrong", "not-the-password-1", "10.0.3.2"));
		String unknown = pageAfter(signIn("signin-nobody", "not-the-password-1", "10.0.3.3"));
		assertThat(disabled).contains("用户名或密码错误").isEqualTo(wrong).isEqualTo(unknown);
		assertThat(failureOf("signin-disabled")).contains("DisabledException");
		assertThat(failureOf("signin-wrong")).contains("BadCredentialsException");
		assertThat(failureOf("signin-nobody")).contains("UsernameNotFoundException");
		assertThat(accounts.find("signin-disabled").orElseThrow().enabled()).isFalse();
	}

	/** The sign-in page as the person who failed sees it next, in the same session, the token of its form left out. */
	private String pageAfter(MockHttpServletRequestBuilder attempt) throws Exception {
		var result = mvc.perform(attempt).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn();
		return mvc.perform(get("/login").param("error", "").session((MockHttpSession) result.getRequest().getSession()))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	private String failureOf(String username) {
		return jdbc.sql("select after_json from audit_entry where action = 'SIGN_IN_FAILED' and actor = ?")
			.param(username)
			.query(String.class)
			.single();
	}

	@Test
	void shouldSendAUserWithAOneTimePasswordToChangeItFirst() throws Exception {
		var created = accounts.create(new UserAccounts.NewUser("signin-forced", "某专家", Role.RATER, null));
		var forced = userDetails.loadUserByUsername("signin-forced");
		mvc.perform(get("/admin").with(user(forced))).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/admin/users").with(user(forced))).andExpect(redirectedUrl("/account/password"));
		mvc.perform(post("/account/password").param("current", created.password()).param("next", "signin")
			.param("repeat", "signin").with(user(forced)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("至少需要12个字符")));
		mvc.perform(post("/account/password").param("current", created.password())
			.param("next", "评审专家的新密码-2024").param("repeat", "评审专家的新密码-2024").with(user(forced)).with(csrf()))
			.andExpect(redirectedUrl("/admin?passwordChanged"));
		assertThat(accounts.find("signin-forced").orElseThrow().mustChangePassword()).isFalse();
		mvc.perform(signIn("signin-forced", "评审专家的新密码-2024", "10.0.4.1"))
			.andExpect(authenticated());
	}

	@Test
	void shouldRefuseAPasswordChangeWithoutCsrfToken() throws Exception {
		var rater = users.user("signin-csrf", Role.RATER, null);
		String before = jdbc.sql("select password_hash from app_user where username = 'signin-csrf'").query(String.class)
			.single();
		mvc.perform(post("/account/password").param("current", TestUsers.PASSWORD).param("next", "another-long-password")
			.param("repeat", "another-long-password").with(user(rater))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select password_hash from app_user where username = 'signin-csrf'").query(String.class)
			.single()).isEqualTo(before);
	}

	@Test
	void shouldSendStrictSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void shouldKeepPasswordsAsSlowHashesOnly() throws IOException {
		var production = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		assertThat(production.getProperty("pledgeboard.sign-in.password-cost")).isEqualTo(PRODUCTION_COST);
		users.user("signin-hash", Role.RATER, null);
		String hash = jdbc.sql("select password_hash from app_user where username = 'signin-hash'").query(String.class)
			.single();
		assertThat(hash).startsWith("$2a$" + PRODUCTION_COST + "$").doesNotContain(TestUsers.PASSWORD);
	}

}
