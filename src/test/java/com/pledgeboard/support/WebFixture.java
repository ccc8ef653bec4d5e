package com.pledgeboard.support;

import java.util.Collection;
import java.util.function.Supplier;

import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the MockMvc tests share, whole application and web slice alike: MockMvc, the database, the
 * catalogue, {@link TestUsers} created through the real account service, and the refusals every
 * state-changing endpoint owes, each checked to leave the data as it was. It carries no test
 * configuration of its own: each test class keeps its {@code @SpringBootTest} and
 * {@code @AutoConfigureMockMvc} or {@code @WebSlice} (and whatever else it needs), so extending it adds
 * no Spring context.
 */
public abstract class WebFixture {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected Catalogue catalogue;

	@Autowired
	protected UserAccounts accounts;

	@Autowired
	protected UserDetailsService userDetails;

	/** Users created through the real account service, ready before any {@code @BeforeAll}. */
	protected TestUsers users;

	@Autowired
	void testUsers(UserAccounts accounts, UserDetailsService userDetails, Catalogue catalogue) {
		this.users = new TestUsers(accounts, userDetails, catalogue);
	}

	/** What the data of a test looks like, as {@link DataSnapshot} digests it: equal when nothing changed. */
	@FunctionalInterface
	protected interface Snapshot {

		String take() throws Exception;

	}

	/** The request, with a CSRF token and no user, is sent to the sign-in page and changes nothing. */
	protected void assertRefusedAnonymous(Snapshot data, Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request) throws Exception {
		String before = data.take();
		mvc.perform(request.get().with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		assertThat(data.take()).isEqualTo(before);
	}

	/** The request, with a CSRF token, is forbidden to each of the users and changes nothing. */
	protected void assertForbidden(Snapshot data, Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request,
			Collection<? extends UserDetails> who) throws Exception {
		String before = data.take();
		for (UserDetails u : who) {
			mvc.perform(request.get().with(user(u)).with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(data.take()).isEqualTo(before);
	}

	/** The request without a CSRF token is forbidden to each of the users, who could make it with one, and changes nothing. */
	protected void assertForbiddenWithoutCsrf(Snapshot data, Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request,
			Collection<? extends UserDetails> who) throws Exception {
		String before = data.take();
		for (UserDetails u : who) {
			mvc.perform(request.get().with(user(u))).andExpect(status().isForbidden());
		}
		assertThat(data.take()).isEqualTo(before);
	}

}
