package com.pledgeboard.i18n;

import java.util.function.Function;
import java.util.stream.Stream;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The same refusal of each module reads in Chinese by default and in English after {@code ?lang=en};
 * pages write dates as 2022年9月30日 in Chinese and as 30 Sep 2022 in English. Its own context, since the
 * year it opens for assessment would become the newest public year of every other test's. The account
 * module's refusal, the language cookie and the audit trail's dates are in {@link LanguageWebSliceTests},
 * the evaluation form's in {@code PublicRatingWebSliceTests}.
 */
@SpringBootTest(properties = "pledgeboard.test.context=language")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageWebTests extends WholeApplication {

	private static final String DAY_ZH = "\\d{4}年\\d{1,2}月\\d{1,2}日";

	private static final String DAY_EN = "\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}";

	UserDetails admin;

	long year;

	@BeforeAll
	void yearAndAdmin() {
		admin = users.user("office-i18n", Role.ADMIN, null);
		year = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "i18n.txt", "330500", 2083,
				PlanYearState.ASSESSING, false).planYearId();
	}

	/** A refusal of each module, by the request that is refused and a piece of its Chinese and English. */
	Stream<Arguments> refusals() {
		return Stream.of(
				refusal("catalogue", t -> post("/admin/years/{id}/transition", t.year).param("to", "CLOSED")
					.param("reason", " ").param("confirmed", "true"), "请填写理由（不超过", "Give a reason (at most"),
				refusal("progress", t -> post("/admin/progress/years/{id}/schedule", t.year).param("cadence", "MONTHLY")
					.param("dueDays", "99"), "截止天数应在0至60之间", "the days to report must be between 0 and 60"),
				refusal("difficulty", t -> post("/admin/years/{id}/difficulty/settings", t.year).param("min", "1")
					.param("max", "1.5").param("step", "0.01").param("level", "DEPARTMENT"),
						"难度系数的范围和评定对象只能在草稿阶段设置", "can only be set while the plan year is a draft"),
				refusal("scoring", t -> scheme(post("/admin/years/{id}/scheme", t.year)), "力争值加分上限：“许多”不是数字",
						"Bonus cap for a stretch value: “许多” is not a number"),
				refusal("ingest", t -> post("/admin/import/{id}/fix", 1).param("department", "甲"), "所选部门无效",
						"The department chosen is not valid"));
	}

	private static Arguments refusal(String module, Function<LanguageWebTests, MockHttpServletRequestBuilder> request,
			String chinese, String english) {
		return Arguments.of(module, request, chinese, english);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusals")
	void shouldRefuseInChineseByDefaultAndInEnglishWhenAsked(String module,
			Function<LanguageWebTests, MockHttpServletRequestBuilder> request, String chinese, String english)
			throws Exception {
		assertThat(LanguageWebSliceTests.problem(mvc.perform(request.apply(this).with(user(admin)).with(csrf())).andReturn())).contains(chinese);
		assertThat(LanguageWebSliceTests.problem(mvc.perform(request.apply(this).header(HttpHeaders.ACCEPT_LANGUAGE, "en").with(user(admin))
			.with(csrf())).andReturn())).as("Chinese first, whatever the browser asks for").contains(chinese);
		assertThat(LanguageWebSliceTests.problem(mvc.perform(request.apply(this).param("lang", "en").with(user(admin)).with(csrf())).andReturn()))
			.contains(english)
			.doesNotContain(chinese);
	}

	@Test
	void shouldWriteDatesTheChineseWayAndTheEnglishWay() throws Exception {
		String page = "/admin/progress/years/" + year;
		String chinese = html(get(page));
		assertThat(chinese).as(page).containsPattern(DAY_ZH).doesNotContainPattern(DAY_EN);
		String english = html(get(page).param("lang", "en"));
		assertThat(english).as(page).containsPattern(DAY_EN).doesNotContainPattern(DAY_ZH);
		assertThat(html(get("/admin/progress/years/" + year))).containsPattern("第1期（2083年1月1日至" + DAY_ZH + "），" + DAY_ZH + "前报送");
		assertThat(html(get("/admin/progress/years/" + year).param("lang", "en")))
			.containsPattern("no. 1 \\(1 Jan 2083 to " + DAY_EN + "\\), due by " + DAY_EN);
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(admin))).andReturn().getResponse().getContentAsString();
	}

	private static MockHttpServletRequestBuilder scheme(MockHttpServletRequestBuilder request) {
		return request.param("bonus", "许多").param("slope", "1").param("rankStretch", "1.1").param("rankValue", "1")
			.param("rankFloor", "0.8").param("rankBelow", "0").param("daysToZero", "60").param("done", "1")
			.param("mostlyDone", "0.5").param("notDone", "0").param("commitmentPart", "0.6").param("publicPart", "0.3")
			.param("leadershipPart", "0.1").param("commitmentWeights", "").param("targetWeights", "")
			.param("satisfied", "100").param("fairlySatisfied", "70").param("unsatisfied", "0")
			.param("excellentShare", "30").param("excellentMin", "90").param("goodMin", "80").param("passMin", "60");
	}

}
