package com.pledgeboard.account;

import com.pledgeboard.support.TestUsers;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

import static com.pledgeboard.account.SignInWebSliceTests.signIn;
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
 * The sign-in throttle's limits (set low here) and the sessions a password change or reset ends, with the
 * whole application behind them; the rest of signing in and the password page are in
 * {@link SignInWebSliceTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "pledgeboard.sign-in.max-failures-per-account=3",
		"pledgeboard.sign-in.max-failures-per-address=5" })
class SignInTests extends WholeApplication {

	@Test
	void shouldBlockAnAccountAfterRepeatedFailuresEvenWithTheRightPassword() throws Exception {
		users.user("signin-throttled", Role.RATER, null);
		for (int i = 0; i < 3; i++) {
			mvc.perform(signIn("signin-throttled", "guess-" + i + "-xxxxxxx", "10.0.1." + i)).andExpect(unauthenticated());
		}
		var result = mvc.perform(signIn("signin-throttled", TestUsers.PASSWORD, "10.0.1.9")).andExpect(unauthenticated()).andReturn();
		mvc.perform(get("/login").param("error", "").cookie(result.getResponse().getCookies()))
			.andExpect(content().string(containsString("登录失败次数过多")));
	}

	@Test
	void shouldBlockAClientAddressThatTriesManyAccounts() throws Exception {
		users.user("signin-victim", Role.RATER, null);
		for (int i = 0; i < 5; i++) {
			mvc.perform(signIn("nobody-" + i, "guess-xxxxxxxxx", "10.0.2.2"))
				.andExpect(unauthenticated());
		}
		mvc.perform(signIn("signin-victim", TestUsers.PASSWORD, "10.0.2.2"))
			.andExpect(unauthenticated());
		mvc.perform(signIn("signin-victim", TestUsers.PASSWORD, "10.0.2.3"))
			.andExpect(authenticated());
	}

	/** Two browsers signed in as one user: a password change in one signs the other out, and a reset both. */
	@Test
	void shouldEndTheOtherSessionsWhenThePasswordChangesOrIsReset() throws Exception {
		users.user("signin-two-browsers", Role.RATER, null);
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

}
