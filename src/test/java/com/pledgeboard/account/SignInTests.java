package com.pledgeboard.account;

import com.pledgeboard.support.TestUsers;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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

@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "pledgeboard.sign-in.max-failures-per-account=3",
		"pledgeboard.sign-in.max-failures-per-address=5" })
class SignInTests extends WholeApplication {

	private TestUsers users() {
		return users;
	}

	private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
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
		users().user("signin-ok", Role.RATER, null);
		mvc.perform(signIn("signin-ok", TestUsers.PASSWORD, "10.0.0.1"))
			.andExpect(authenticated().withUsername("signin-ok"))
			.andExpect(redirectedUrl("/admin"));
		mvc.perform(signIn("signin-ok", "wrong-password-123", "10.0.0.1"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void shouldBlockAnAccountAfterRepeatedFailuresEvenWithTheRightPassword() throws Exception {
		users().user("signin-throttled", Role.RATER, null);
		for (int i = 0; i < 3; i++) {
			mvc.perform(signIn("signin-throttled", "guess-" + i + "-xxxxxxx", "10.0.1." + i)).andExpect(unauthenticated());
		}
		var result = mvc.perform(signIn("signin-throttled", TestUsers.PASSWORD, "10.0.1.9")).andExpect(unauthenticated()).andReturn();
		mvc.perform(get("/login").param("error", "").cookie(result.getResponse().getCookies()))
			.andExpect(content().string(containsString("登录失败次数过多")));
	}

	@Test
	void shouldBlockAClientAddressThatTriesManyAccounts() throws Exception {
		users().user("signin-victim", Role.RATER, null);
		for (int i = 0; i < 5; i++) {
			mvc.perform(signIn("nobody-" + i, "guess-xxxxxxxxx", "10.0.2.2"))
				.andExpect(unauthenticated());
		}
		mvc.perform(signIn("signin-victim", TestUsers.PASSWORD, "10.0.2.2"))
			.andExpect(unauthenticated());
		mvc.perform(signIn("signin-victim", TestUsers.PASSWORD, "10.0.2.3"))
			.andExpect(authenticated());
	}

	/**
	 * An unknown name, a wrong password and a disabled account (with its right password) read exactly
	 * alike on the page; only the audit trail tells them apart.
	 */
	@Test
	void shouldRefuseUnknownWrongAndDisabledAlikeAndAuditWhich() throws Exception {
		users().user("signin-disabled", Role.RATER, null);
		users().user("signin-wrong", Role.RATER, null);
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

	/** The sign-in page as the person who failed sees it next, the token of its form left out. */
	private String pageAfter(MockHttpServletRequestBuilder attempt) throws Exception {
		var result = mvc.perform(attempt).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn();
		return mvc.perform(get("/login").param("error", "").cookie(result.getResponse().getCookies()))
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

	/** Two browsers signed in as one user: a password change in one signs the other out, and a reset both. */
	@Test
	void shouldEndTheOtherSessionsWhenThePasswordChangesOrIsReset() throws Exception {
		users().user("signin-two-browsers", Role.RATER, null);
		var first = mvc.perform(signIn("signin-two-browsers", TestUsers.PASSWORD, "10.0.5.1")).andExpect(authenticated())
			.andReturn().getResponse().getCookie("SESSION");
		var second = mvc.perform(signIn("signin-two-browsers", TestUsers.PASSWORD, "10.0.5.2")).andExpect(authenticated())
			.andReturn().getResponse().getCookie("SESSION");
		mvc.perform(get("/admin").cookie(second)).andExpect(status().isOk());
		mvc.perform(post("/account/password").param("current", TestUsers.PASSWORD).param("next", "两个浏览器之后的新密码-2024")
			.param("repeat", "两个浏览器之后的新密码-2024").cookie(first).with(csrf())).andExpect(redirectedUrl("/admin?passwordChanged"));
		mvc.perform(get("/admin").cookie(first)).andExpect(status().isOk());
		mvc.perform(get("/admin").cookie(second)).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
		accounts.resetPassword(accounts.find("signin-two-browsers").orElseThrow().id());
		mvc.perform(get("/admin").cookie(first)).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
	}

	@Test
	void shouldRefuseAPasswordChangeWithoutCsrfToken() throws Exception {
		var rater = users().user("signin-csrf", Role.RATER, null);
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
	void shouldKeepPasswordsAsSlowHashesOnly() {
		users().user("signin-hash", Role.RATER, null);
		String hash = jdbc.sql("select password_hash from app_user where username = 'signin-hash'").query(String.class)
			.single();
		assertThat(hash).startsWith("$2a$12$").doesNotContain(TestUsers.PASSWORD);
	}

}
