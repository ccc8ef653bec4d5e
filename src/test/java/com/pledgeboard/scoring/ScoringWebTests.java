package com.pledgeboard.scoring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.scoring.engine.DepartmentResult;
import com.pledgeboard.support.DataSnapshot;
import com.pledgeboard.support.CapturingSmsGateway;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every state-changing endpoint of scoring and evaluation in the back office refuses the anonymous,
 * the wrong roles and requests without a CSRF token, and changes nothing; the right role's change is
 * stored and audited; the pages show what they should.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CapturingSmsGateway.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoringWebTests extends WholeApplication {

	@Autowired
	JsonMapper json;

	@Autowired
	Explanations explanations;

	long year;

	long entry;

	long comment;

	@BeforeAll
	void yearAndUsers() {
		year = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "web.txt", "330500", 2061,
				PlanYearState.ASSESSING, false).planYearId();
		entry = catalogue.entries(year).get(0).id();
		jdbc.sql("""
				insert into public_rating (plan_year_id, entry_id, phone_hash, choice, comment_text, moderation, created_at)
				values (?, ?, ?, 'SATISFIED', '很好', 'PENDING', current_timestamp)""")
			.params(year, entry, "a".repeat(64))
			.update();
		comment = jdbc.sql("select id from public_rating where entry_id = ?").param(entry).query(Long.class).single();
		admin();
		rater();
		users.user("reporter-web", Role.REPORTER, "市公安局");
	}

	private UserDetails admin() {
		return users.user("office-web", Role.ADMIN, null);
	}

	private UserDetails rater() {
		return users.user("rater-web", Role.RATER, null);
	}

	private UserDetails reporter() {
		return users.user("reporter-web", Role.REPORTER, "市公安局");
	}

	interface Change {

		MockHttpServletRequestBuilder request(ScoringWebTests t);

	}

	private static MockHttpServletRequestBuilder schemeForm(MockHttpServletRequestBuilder request) {
		return schemeForm(request, "0.2", "0.3");
	}

	private static MockHttpServletRequestBuilder schemeForm(MockHttpServletRequestBuilder request, String bonus,
			String publicPart) {
		return request.param("bonus", bonus).param("slope", "1").param("rankStretch", "1.1").param("rankValue", "1")
			.param("rankFloor", "0.8").param("rankBelow", "0").param("daysToZero", "60").param("done", "1")
			.param("mostlyDone", "0.5").param("notDone", "0").param("commitmentPart", "0.6").param("publicPart", publicPart)
			.param("leadershipPart", "0.1").param("commitmentWeights", "").param("targetWeights", "")
			.param("satisfied", "100").param("fairlySatisfied", "70").param("unsatisfied", "0")
			.param("excellentShare", "30").param("excellentMin", "90").param("goodMin", "80").param("passMin", "60");
	}

	/** Each change with the users that must be refused it (besides the anonymous). */
	Stream<Arguments> changes() {
		return Stream.of(
				Arguments.of("save scheme", (Change) t -> schemeForm(post("/admin/years/{id}/scheme", t.year)), List.of("rater", "reporter")),
				Arguments.of("leadership rating", (Change) t -> post("/admin/years/{id}/leadership", t.year)
					.param("score-" + t.entry, "4"), List.of("admin", "reporter")),
				Arguments.of("moderate comment", (Change) t -> post("/admin/public-ratings/{id}/moderate", t.comment)
					.param("decision", "approve"), List.of("rater", "reporter")));
	}

	private UserDetails named(String who) {
		return switch (who) {
			case "admin" -> admin();
			case "rater" -> rater();
			default -> reporter();
		};
	}

	private String snapshot() throws Exception {
		return DataSnapshot.digest(jdbc, "select * from scoring_scheme order by id", "select * from leadership_rating order by id",
				"select id, moderation, moderated_by from public_rating order by id", "select count(*) from audit_entry");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseTheAnonymousAndChangeNothing(String name, Change change, List<String> wrong) throws Exception {
		assertRefusedAnonymous(this::snapshot, () -> change.request(this));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseTheWrongRolesAndChangeNothing(String name, Change change, List<String> wrong) throws Exception {
		assertForbidden(this::snapshot, () -> change.request(this), wrong.stream().map(this::named).toList());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseARequestWithoutCsrfTokenAndChangeNothing(String name, Change change, List<String> wrong)
			throws Exception {
		assertForbiddenWithoutCsrf(this::snapshot, () -> change.request(this), List.of(named("admin"), named("rater")));
	}

	@Test
	void shouldSaveANewSchemeVersionAndAuditIt() throws Exception {
		long audited = jdbc.sql("select count(*) from audit_entry where action = 'SCORING_SCHEME_SAVED'").query(Long.class).single();
		mvc.perform(schemeForm(post("/admin/years/{id}/scheme", year)).with(user(admin())).with(csrf()))
			.andExpect(redirectedUrl("/admin/years/" + year + "/scheme"));
		assertThat(jdbc.sql("select max(version) from scoring_scheme where plan_year_id = ?").param(year).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SCORING_SCHEME_SAVED'").query(Long.class).single())
			.isEqualTo(audited + 1);
		mvc.perform(get("/years/2061/ranking")).andExpect(status().isOk())
			.andExpect(content().string(containsString("评分方案第 1 版")))
			.andExpect(content().string(containsString("基本满意人数 × 70")));
	}

	@Test
	void shouldRefuseASchemeWithAWrongNumberNamingTheField() throws Exception {
		String before = snapshot();
		mvc.perform(schemeForm(post("/admin/years/{id}/scheme", year), "许多", "0.3").with(user(admin())).with(csrf()))
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("problem"))).contains("加分上限"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void shouldShowWhatIsWrongWithASchemeInTheReadersLanguage() throws Exception {
		mvc.perform(schemeForm(post("/admin/years/{id}/scheme/what-if", year), "0.2", "-0.3").with(user(admin()))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("部分权重须填写不小于 0 的数")));
		mvc.perform(schemeForm(post("/admin/years/{id}/scheme/what-if", year), "0.2", "-0.3").param("lang", "en")
			.with(user(admin())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The weights of the three parts must be numbers of 0 or more")))
			.andExpect(content().string(not(containsString("部分权重须填写"))));
	}

	@Test
	void shouldTryTheSmallSampleRulesInAWhatIf() throws Exception {
		String before = snapshot();
		String minimum = mvc.perform(schemeForm(post("/admin/years/{id}/scheme/what-if", year), "0.2", "0.2")
			.param("smallSamples", "MINIMUM").param("publicPrior", "5").param("leadershipPrior", "2")
			.with(user(admin())).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(minimum).contains("试算结果").contains("人评分")
			.containsPattern("<option value=\"MINIMUM\"\\s+selected=\"selected\">");
		assertThat(mvc.perform(schemeForm(post("/admin/years/{id}/scheme/what-if", year), "0.2", "0.2")
			.param("smallSamples", "NONE").param("publicPrior", "0").param("leadershipPrior", "0")
			.with(user(admin())).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("试算结果").doesNotContain("按小样本规则").doesNotContain("评分数不足，按同类别平均计");
		mvc.perform(schemeForm(post("/admin/years/{id}/scheme/what-if", year), "0.2", "0.2").param("smallSamples", "SOMETIMES")
			.param("publicPrior", "x").param("leadershipPrior", "2").with(user(admin())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("小样本规则须为")));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void shouldShowAWhatIfRankingWithoutSavingAnything() throws Exception {
		String before = snapshot();
		mvc.perform(schemeForm(post("/admin/years/{id}/scheme/what-if", year), "0.2", "0.9").with(user(admin()))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("试算结果")))
			.andExpect(content().string(containsString("社会发展类")));
		assertThat(snapshot()).isEqualTo(before);
		mvc.perform(schemeForm(post("/admin/years/{id}/scheme/what-if", year)).with(user(rater())).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldStoreARatersLeadershipRatingsWithUnknownLeftOut() throws Exception {
		long second = catalogue.entries(year).get(1).id();
		mvc.perform(post("/admin/years/{id}/leadership", year).param("score-" + entry, "5").param("score-" + second, "0")
			.with(user(rater())).with(csrf())).andExpect(redirectedUrl("/admin/years/" + year + "/leadership"));
		assertThat(jdbc.sql("select score from leadership_rating where entry_id = ?").param(second).query(Integer.class).list())
			.containsOnlyNulls();
		mvc.perform(get("/admin/years/{id}/leadership", year).with(user(rater()))).andExpect(status().isOk());
		mvc.perform(get("/admin/years/{id}/scores", year).with(user(rater()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("尚未公布")));
	}

	@Test
	void shouldKeepScoresFromDepartmentsAndThePublicBeforeTheYearCloses() throws Exception {
		mvc.perform(get("/admin/years/{id}/scores", year).with(user(reporter()))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/years/{id}/scores/{e}", year, entry).with(user(admin()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("计算过程")));
		mvc.perform(get("/years/2061/scores/{n}", catalogue.entries(year).get(0).displayName())).andExpect(status().isNotFound());
		mvc.perform(get("/years/2061/ranking")).andExpect(status().isOk())
			.andExpect(content().string(containsString("考评结束后")));
	}

	@Test
	void shouldExplainAScoreInEnglishWithoutAChineseWordInTheExplanation() throws Exception {
		String en = mvc.perform(get("/admin/years/{id}/scores/{e}", year, entry).param("lang", "en").with(user(admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher explained = Pattern
			.compile("class=\"(?:formula|reading|function)\"[^>]*>(.*?)</(?:td|p)>|<th scope=\"row\">(.*?)</th>", Pattern.DOTALL)
			.matcher(en);
		List<String> texts = new ArrayList<>();
		while (explained.find()) {
			texts.add((explained.group(1) != null ? explained.group(1) : explained.group(2)).replaceAll("<[^>]+>", "").strip());
		}
		assertThat(texts).as("the explanation's formulas, readings, functions and parts").hasSizeGreaterThan(5)
			.anySatisfy(t -> assertThat(t).contains("no usable final reading"))
			.allSatisfy(t -> assertThat(t).doesNotContainPattern("\\p{IsHan}"));
		String zh = mvc.perform(get("/admin/years/{id}/scores/{e}", year, entry).param("lang", "zh-CN").with(user(admin())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(zh).contains("没有可用的最终读数 → 0");
	}

	@Test
	void shouldDescribeTheSchemeInTheReadersLanguage() throws Exception {
		String en = mvc.perform(get("/admin/years/{id}/scheme", year).param("lang", "en").with(user(admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String scheme = en.substring(en.indexOf("class=\"scheme\""));
		scheme = scheme.substring(0, scheme.indexOf("</ol>"));
		assertThat(scheme).contains("attainment = actual ÷ target").doesNotContainPattern("\\p{IsHan}");
		mvc.perform(get("/admin/years/{id}/scheme", year).param("lang", "zh-CN").with(user(admin())))
			.andExpect(content().string(containsString("完成度 = 实际值 ÷ 目标值")));
	}

	@Test
	void shouldStillShowTheChineseTextOfAScoreFrozenBeforeExplanationsWereCodes() {
		String old = """
				{"entryId":7,"name":"市公安局","category":"执法监管类","position":1,"coefficient":1.1,
				 "commitments":[{"commitmentId":3,"no":1,"title":"建设智慧警务","weight":1,"attainment":0.5,
				   "formula":"(1 × 0.5000) ÷ 1 = 0.5000",
				   "targets":[{"targetId":4,"text":"建成3个","function":"达标比例","reading":"1.5（考评办录入）","weight":1,
				     "attainment":0.5,"formula":"实际 1.5 ÷ 目标 3 = 0.5000"}]}],
				 "commitmentPart":{"title":"承诺事项","score":55,"weight":0.6,"effectiveWeight":1,"contribution":55,
				   "formula":"(1 × 0.5000) ÷ 1 = 0.5000；0.5000 × 100 × 评定难度系数 1.1 = 55.0000"},
				 "publicPart":{"title":"群众评议","weight":0.3,"effectiveWeight":0,"contribution":0,"formula":"没有群众评议，不计入"},
				 "leadershipPart":{"title":"领导评价","weight":0.1,"effectiveWeight":0,"contribution":0,"formula":"没有领导评价，不计入"},
				 "total":55.00,"totalFormula":"55.0000 × 1 = 55.00","rank":1,"tied":1,"categorySize":1,"grade":"FAIL"}""";
		DepartmentResult read = json.readValue(old, DepartmentResult.class);
		Locale en = Locale.ENGLISH;
		assertThat(explanations.words(read.totalExplanation(), read.totalFormula(), en)).isEqualTo("55.0000 × 1 = 55.00");
		assertThat(explanations.words(read.publicPart().explanation(), read.publicPart().formula(), en))
			.isEqualTo("没有群众评议，不计入");
		DepartmentResult.TargetResult target = read.commitments().get(0).targets().get(0);
		assertThat(explanations.words(target.explanation(), target.formula(), en)).isEqualTo("实际 1.5 ÷ 目标 3 = 0.5000");
		assertThat(explanations.words(target.functionName(), target.function(), en)).isEqualTo("达标比例");
		assertThat(explanations.words(target.readingText(), target.reading(), en)).isEqualTo("1.5（考评办录入）");
		assertThat(read.commitmentPart().score()).isEqualByComparingTo("55");
	}

}
