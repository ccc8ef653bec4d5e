package com.pledgeboard.i18n;

import com.pledgeboard.WebConfig;
import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAdminSlice;
import com.pledgeboard.audit.AuditPageSlice;
import com.pledgeboard.support.WebFixture;
import com.pledgeboard.support.WebSlice;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The language switch in a web slice (see {@link WebSlice}): {@code ?lang=en} turns the pages and the
 * refusals of the one {@code RefusalAdvice} into English and a cookie keeps the choice; the browser's own
 * {@code Accept-Language} does not; dates read 2022年9月30日 in Chinese and 30 Sep 2022 in English. On the
 * user administration and the audit trail, the real controllers of two modules; {@code LanguageWebTests}
 * keeps the refusals of the modules that need the whole application.
 */
@WebSlice
@Import({ UserAdminSlice.class, AuditPageSlice.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageWebSliceTests extends WebFixture {

	private static final String DAY_ZH = "\\d{4}年\\d{1,2}月\\d{1,2}日";

	private static final String DAY_EN = "\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}";

	UserDetails admin;

	@BeforeAll
	void admin() {
		admin = users.user("office-i18n", Role.ADMIN, null);
	}

	/** A refusal of the account module: the user name is taken. */
	private static MockHttpServletRequestBuilder takenName() {
		return post("/admin/users").param("username", "office-i18n").param("displayName", "Office").param("role", "ADMIN");
	}

	@Test
	void shouldRefuseInChineseByDefaultAndInEnglishWhenAsked() throws Exception {
		String chinese = "用户名 office-i18n 已存在";
		assertThat(problem(mvc.perform(takenName().with(user(admin)).with(csrf())).andReturn())).contains(chinese);
		assertThat(problem(mvc.perform(takenName().header(HttpHeaders.ACCEPT_LANGUAGE, "en").with(user(admin))
			.with(csrf())).andReturn())).as("Chinese first, whatever the browser asks for").contains(chinese);
		assertThat(problem(mvc.perform(takenName().param("lang", "en").with(user(admin)).with(csrf())).andReturn()))
			.contains("The user name office-i18n is taken")
			.doesNotContain(chinese);
	}

	@Test
	void shouldShowTheRefusalOnThePageInTheChosenLanguage() throws Exception {
		Cookie english = new Cookie(WebConfig.LANGUAGE_COOKIE, "en");
		String html = mvc.perform(takenName().cookie(english).with(user(admin)).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("The user name office-i18n is taken");
	}

	@Test
	void shouldKeepTheChosenLanguageInACookieAndSwitchBack() throws Exception {
		MvcResult switched = mvc.perform(get("/admin/users").param("lang", "en").with(user(admin))).andReturn();
		Cookie kept = switched.getResponse().getCookie(WebConfig.LANGUAGE_COOKIE);
		assertThat(kept).as("the language cookie").isNotNull();
		assertThat(kept.getValue()).isEqualTo("en");
		assertThat(kept.getMaxAge()).as("a year, not the session").isGreaterThan(24 * 3600);
		assertThat(problem(mvc.perform(takenName().cookie(kept).with(user(admin)).with(csrf())).andReturn()))
			.contains("The user name office-i18n is taken");
		MvcResult back = mvc.perform(get("/admin/users").param("lang", "zh-CN").cookie(kept).with(user(admin))).andReturn();
		Cookie chinese = back.getResponse().getCookie(WebConfig.LANGUAGE_COOKIE);
		assertThat(problem(mvc.perform(takenName().cookie(chinese).with(user(admin)).with(csrf())).andReturn()))
			.contains("用户名 office-i18n 已存在");
	}

	@Test
	void shouldIgnoreALanguageItDoesNotKnowAndStayInChinese() throws Exception {
		assertThat(problem(mvc.perform(takenName().param("lang", "xx_$$").with(user(admin)).with(csrf())).andReturn()))
			.contains("用户名 office-i18n 已存在");
	}

	@Test
	void shouldWriteTheTrailsDatesTheChineseWayAndTheEnglishWay() throws Exception {
		String chinese = html(get("/admin/audit"));
		assertThat(chinese).containsPattern(DAY_ZH).doesNotContainPattern(DAY_EN);
		assertThat(chinese).containsPattern(DAY_ZH + " \\d{2}:\\d{2}:\\d{2}");
		String english = html(get("/admin/audit").param("lang", "en"));
		assertThat(english).containsPattern(DAY_EN).doesNotContainPattern(DAY_ZH);
		assertThat(english).containsPattern(DAY_EN + ", \\d{2}:\\d{2}:\\d{2}");
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(admin))).andReturn().getResponse().getContentAsString();
	}

	/** The refusal as a flash attribute after a redirect, or in the model of a page shown again. */
	static String problem(MvcResult result) {
		Object problem = result.getFlashMap().get("problem");
		if (problem == null && result.getModelAndView() != null) {
			problem = result.getModelAndView().getModel().get("problem");
		}
		return String.valueOf(problem);
	}

}
