package com.pledgeboard.catalogue;

import java.util.Locale;

import com.pledgeboard.WebConfig;
import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.support.DataSnapshot;
import com.pledgeboard.support.TestUsers;
import com.pledgeboard.support.WebSlice;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The department directory's forms in a web slice (see {@link WebSlice}): the real controller, the real
 * {@link DirectoryEditing} and catalogue on H2, the real security filter chain and the one refusal advice,
 * nothing else of the application. A change by the office is written; the anonymous, a request without
 * CSRF and every role but the office are refused with nothing changed; a refused name goes back to the
 * page with the reason in the reader's language, naming the field; a path variable that is not a number
 * is a 400 and an unknown department a 404, both with nothing changed.
 */
@WebSlice
@Import({ DepartmentDirectoryController.class, DirectoryEditing.class })
class DepartmentDirectoryWebSliceTests {

	private static final String REGION = "330500";

	private static final String PATH = "/admin/departments";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	Catalogue catalogue;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	TestUsers users;

	@BeforeEach
	void setUp() {
		users = new TestUsers(accounts, userDetails, catalogue);
	}

	private UserDetails office() {
		return users.user("slice-office", Role.ADMIN, null);
	}

	private String snapshot() {
		return DataSnapshot.digest(jdbc, "select * from department order by id",
				"select * from department_alias order by id");
	}

	private long named(String name) {
		return jdbc.sql("select count(*) from department d join region r on r.id = d.region_id "
				+ "where r.code = ? and d.canonical_name = ?").params(REGION, name).query(Long.class).single();
	}

	@Test
	void shouldWriteADepartmentTheOfficeCreates() throws Exception {
		mvc.perform(post(PATH).param("region", REGION).param("name", " 市切片测试局 ").with(user(office()))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(named("市切片测试局")).isEqualTo(1);
	}

	@Test
	void shouldRefuseTheAnonymousARequestWithoutCsrfAndEveryOtherRoleWithNothingChanged() throws Exception {
		String before = snapshot();
		MockHttpServletRequestBuilder create = post(PATH).param("region", REGION).param("name", "市不应出现局");
		mvc.perform(post(PATH).param("region", REGION).param("name", "市不应出现局").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(create.with(user(office()))).andExpect(status().isForbidden());
		for (Role role : Role.values()) {
			if (role == Role.ADMIN) {
				continue;
			}
			String department = role == Role.REPORTER || role == Role.APPROVER ? "市公安局" : null;
			UserDetails someone = users.user("slice-" + role.name().toLowerCase(Locale.ROOT), role, department);
			int answer = mvc.perform(post(PATH).param("region", REGION).param("name", "市不应出现局")
				.with(user(someone)).with(csrf())).andReturn().getResponse().getStatus();
			assertThat(answer).as(role.name()).isEqualTo(403);
		}
		assertThat(named("市不应出现局")).isZero();
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void shouldSendARefusedNameBackToThePageWithTheReasonInTheReadersLanguage() throws Exception {
		String before = snapshot();
		String chinese = refusedName(null);
		String english = refusedName(new Cookie(WebConfig.LANGUAGE_COOKIE, "en"));
		assertThat(chinese).contains(messages.getMessage("directory.field.name", null, Locale.SIMPLIFIED_CHINESE))
			.contains(String.valueOf(DirectoryEditing.MAX_NAME));
		assertThat(english).contains(messages.getMessage("directory.field.name", null, Locale.ENGLISH))
			.contains(String.valueOf(DirectoryEditing.MAX_NAME))
			.isNotEqualTo(chinese);
		assertThat(snapshot()).isEqualTo(before);
	}

	/** The reason a blank name is refused with, as the flash attribute the page shows. */
	private String refusedName(Cookie language) throws Exception {
		var request = post(PATH).param("region", REGION).param("name", "   ")
			.header("Referer", "http://localhost" + PATH + "?region=" + REGION)
			.with(user(office()))
			.with(csrf());
		if (language != null) {
			request.cookie(language);
		}
		MvcResult result = mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(PATH + "?region=" + REGION))
			.andReturn();
		Object problem = result.getFlashMap().get("problem");
		assertThat(problem).isInstanceOf(String.class);
		return (String) problem;
	}

	@Test
	void shouldAnswerAPathVariableThatIsNoNumberWith400AndAnUnknownDepartmentWith404() throws Exception {
		String before = snapshot();
		mvc.perform(post(PATH + "/not-a-number/rename").param("region", REGION).param("name", "市改名局")
			.with(user(office())).with(csrf())).andExpect(status().isBadRequest());
		long unknown = jdbc.sql("select coalesce(max(id), 0) + 1000 from department").query(Long.class).single();
		mvc.perform(post(PATH + "/" + unknown + "/rename").param("region", REGION).param("name", "市改名局")
			.with(user(office())).with(csrf())).andExpect(status().isNotFound());
		assertThat(snapshot()).isEqualTo(before);
	}

}
