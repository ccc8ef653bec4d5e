package com.pledgeboard.difficulty;

import java.util.regex.Pattern;

import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The difficulty workflow through the back office: self-assessment in draft, rating, overrides,
 * closing, publication, and the calibration; with the refusals a user can cause, each naming what was
 * wrong and leaving the data as it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DifficultyWorkflowTests extends WholeApplication {

	@Autowired
	Difficulty difficulty;

	DifficultyFixture f;

	@BeforeAll
	void fixture() {
		f = new DifficultyFixture(importer, catalogue, jdbc, users);
		for (int i = 1; i <= 5; i++) {
			f.rater(i);
		}
	}

	private ResultActions as(UserDetails who, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(user(who)).with(csrf()));
	}

	private static String problem(ResultActions result) {
		return String.valueOf(result.andReturn().getFlashMap().get("problem"));
	}

	private String page(UserDetails who, String url, Object... vars) throws Exception {
		return mvc.perform(get(url, vars).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void shouldLetTheReporterProposeAndTheApproverSubmitInDraft() throws Exception {
		long year = f.draftYear(2073);
		long entry = f.entry(year, DifficultyFixture.OWN);
		as(f.reporter(), post("/admin/entries/{id}/difficulty/self", entry).param("value", "1.35")
			.param("justification", "医保支付方式改革任务重")).andExpect(status().is3xxRedirection());
		assertThat(f.coefficients(entry).self()).isNull();
		assertThat(page(f.rater(1), "/admin/entries/{id}/difficulty", entry)).doesNotContain("1.35");
		as(f.approver(), post("/admin/entries/{id}/difficulty/self/submit", entry)).andExpect(status().is3xxRedirection());
		assertThat(f.coefficients(entry).self()).isEqualByComparingTo("1.35");
		assertThat(page(f.rater(1), "/admin/entries/{id}/difficulty", entry)).contains("1.35").contains("医保支付方式改革任务重");
		assertThat(jdbc.sql("select count(*) from audit_entry where action like 'DIFFICULTY_SELF_%' and entity_id = ?")
			.param(String.valueOf(entry)).query(Long.class).single()).isEqualTo(2);

		String before = f.snapshot();
		assertThat(problem(as(f.reporter(), post("/admin/entries/{id}/difficulty/self", entry).param("value", "1.40")
			.param("justification", "再改")))).contains("已").contains("提交");
		assertThat(f.snapshot()).isEqualTo(before);
	}

	@Test
	void shouldRefuseValuesOutsideTheBoundsNamingThemAndChangeNothing() throws Exception {
		long year = f.draftYear(2074);
		long entry = f.entry(year, DifficultyFixture.OWN);
		String before = f.snapshot();
		for (String value : new String[] { "1.60", "0.99", "1.234", "abc", "" }) {
			assertThat(problem(as(f.reporter(), post("/admin/entries/{id}/difficulty/self", entry).param("value", value)
				.param("justification", "理由")))).contains("1.00至1.50").contains("步长0.01");
		}
		assertThat(problem(as(f.reporter(), post("/admin/entries/{id}/difficulty/self", entry).param("value", "1.2")
			.param("justification", " ")))).contains("自评理由");
		assertThat(f.snapshot()).isEqualTo(before);

		as(f.admin(), post("/admin/years/{id}/difficulty/settings", year).param("min", "1.00").param("max", "1.20")
			.param("step", "0.05").param("level", "DEPARTMENT")).andExpect(status().is3xxRedirection());
		assertThat(problem(as(f.reporter(), post("/admin/entries/{id}/difficulty/self", entry).param("value", "1.25")
			.param("justification", "理由")))).contains("1.00至1.20，步长0.05");
		assertThat(problem(as(f.reporter(), post("/admin/entries/{id}/difficulty/self", entry).param("value", "1.12")
			.param("justification", "理由")))).contains("1.00至1.20，步长0.05");
		String bounded = f.snapshot();
		assertThat(problem(as(f.admin(), post("/admin/years/{id}/difficulty/settings", year).param("min", "1.5")
			.param("max", "1.0").param("step", "0.01").param("level", "DEPARTMENT")))).contains("最大值不能小于最小值");
		assertThat(f.snapshot()).isEqualTo(bounded);
	}

	@Test
	void shouldKeepImportedCoefficientsAsImported() throws Exception {
		long year = f.draftYear(2075);
		long entry = f.entry(year, DifficultyFixture.IMPORTED);
		UserDetails sport = f.someone("diff-sport-reporter", Role.REPORTER, DifficultyFixture.IMPORTED);
		String before = f.snapshot();
		assertThat(problem(as(sport, post("/admin/entries/{id}/difficulty/self", entry).param("value", "1.40")
			.param("justification", "理由")))).contains("导入");
		f.move(mvc, year, PlanYearState.RATING);
		String rating = f.snapshot();
		assertThat(problem(as(f.rater(1), post("/admin/entries/{id}/difficulty/rating", entry).param("value", "1.40"))))
			.contains("导入");
		as(f.admin(), post("/admin/years/{id}/difficulty/close", year).param("confirmed", "true"));
		assertThat(f.coefficients(entry).self()).isEqualByComparingTo("1.3");
		assertThat(f.coefficients(entry).assessed()).isEqualByComparingTo("1.3");
		assertThat(before).isNotEqualTo(rating);
		assertThat(page(f.admin(), "/admin/entries/{id}/difficulty", entry)).contains("保持导入时的数值");
	}

	@Test
	void shouldHideOtherRatersValuesUntilCloseThenFixTheTrimmedMean() throws Exception {
		long year = f.draftYear(2012);
		long own = f.entry(year, DifficultyFixture.OWN);
		long other = f.entry(year, DifficultyFixture.OTHER);
		f.move(mvc, year, PlanYearState.RATING);
		String[] values = { "1.21", "1.31", "1.33", "1.36", "1.49" };
		for (int i = 0; i < values.length; i++) {
			as(f.rater(i + 1), post("/admin/entries/{id}/difficulty/rating", own).param("value", values[i])
				.param("comment", "评语-专家" + (i + 1))).andExpect(status().is3xxRedirection());
		}
		as(f.rater(1), post("/admin/entries/{id}/difficulty/rating", other).param("value", "1.40"))
			.andExpect(status().is3xxRedirection());
		as(f.rater(2), post("/admin/entries/{id}/difficulty/rating", other).param("value", "1.45"))
			.andExpect(status().is3xxRedirection());
		as(f.admin(), post("/admin/entries/{id}/difficulty/override", other).param("value", "1.30")
			.param("reason", "与同类部门平衡")).andExpect(status().is3xxRedirection());

		String secondRater = page(f.rater(2), "/admin/entries/{id}/difficulty", own);
		assertThat(secondRater).contains("评语-专家2").doesNotContain("评语-专家1").doesNotContain("1.49")
			.doesNotContain("1.21");
		assertThat(page(f.reporter(), "/admin/entries/{id}/difficulty", own)).doesNotContain("评语-专家");
		assertThat(page(f.rater(2), "/admin/years/{id}/difficulty", year)).doesNotContain("1.33");
		mvc.perform(get("/admin/years/{id}/difficulty/calibration", year).with(user(f.rater(2))))
			.andExpect(status().isForbidden());
		String office = page(f.admin(), "/admin/years/{id}/difficulty", year);
		assertThat(office).contains("diff-rater-1").contains("1.33");
		assertThat(page(f.admin(), "/admin/entries/{id}/difficulty", own)).contains("评语-专家1").contains("评语-专家5");

		as(f.admin(), post("/admin/years/{id}/difficulty/close", year).param("confirmed", "true"))
			.andExpect(status().is3xxRedirection());
		// 1.21 and 1.49 dropped: (1.31 + 1.33 + 1.36) / 3 = 1.3333… → 1.33.
		assertThat(f.coefficients(own).assessed()).isEqualByComparingTo("1.33");
		assertThat(f.coefficients(other).assessed()).isEqualByComparingTo("1.30");
		assertThat(page(f.rater(2), "/admin/entries/{id}/difficulty", own)).contains("评语-专家1").contains("1.49")
			.contains("去掉最低分1.21和最高分1.49");

		String closed = f.snapshot();
		assertThat(problem(as(f.rater(1), post("/admin/entries/{id}/difficulty/rating", own).param("value", "1.40"))))
			.contains("已结束");
		assertThat(problem(as(f.admin(), post("/admin/entries/{id}/difficulty/override", own).param("value", "1.40")
			.param("reason", "再调")))).contains("已结束");
		assertThat(problem(as(f.admin(), post("/admin/years/{id}/difficulty/close", year).param("confirmed", "true"))))
			.contains("已结束");
		assertThat(problem(as(f.admin(), post("/admin/years/{id}/difficulty/settings", year).param("min", "1")
			.param("max", "2").param("step", "0.1").param("level", "DEPARTMENT")))).contains("草稿");
		assertThat(f.snapshot()).isEqualTo(closed);

		f.move(mvc, year, PlanYearState.PUBLISHED);
		String ownPage = mvc.perform(get("/years/2012/departments/{n}", DifficultyFixture.OWN)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(ownPage).contains("1.33").contains("5位").contains("未调整");
		String otherPage = mvc.perform(get("/years/2012/departments/{n}", DifficultyFixture.OTHER))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(otherPage).contains("2位").contains("经考评办调整：与同类部门平衡");
		assertThat(problem(as(f.rater(1), post("/admin/entries/{id}/difficulty/rating", own).param("value", "1.40"))))
			.contains("已结束");
	}

	@Test
	void shouldCloseAnOpenRatingWhenTheYearIsPublished() throws Exception {
		long year = f.draftYear(2013);
		long own = f.entry(year, DifficultyFixture.OWN);
		f.move(mvc, year, PlanYearState.RATING);
		as(f.rater(3), post("/admin/entries/{id}/difficulty/rating", own).param("value", "1.27"))
			.andExpect(status().is3xxRedirection());
		assertThat(difficulty.settings(year).closed()).isFalse();
		f.move(mvc, year, PlanYearState.PUBLISHED);
		assertThat(difficulty.settings(year).closed()).isTrue();
		assertThat(f.coefficients(own).assessed()).isEqualByComparingTo("1.27");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DIFFICULTY_RATING_CLOSED' and entity_id = ?")
			.param(String.valueOf(year)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void shouldRateEachCommitmentAtTheCommitmentLevel() throws Exception {
		long year = f.draftYear(2078);
		long own = f.entry(year, DifficultyFixture.OWN);
		as(f.admin(), post("/admin/years/{id}/difficulty/settings", year).param("min", "1.00").param("max", "1.50")
			.param("step", "0.01").param("level", "COMMITMENT")).andExpect(status().is3xxRedirection());
		f.move(mvc, year, PlanYearState.RATING);
		var commitments = catalogue.entryById(own).orElseThrow().entry().commitments();
		assertThat(problem(as(f.rater(1), post("/admin/entries/{id}/difficulty/rating", own).param("value", "1.2"))))
			.contains("承诺事项");
		Commitment first = commitments.get(0);
		Commitment second = commitments.get(1);
		as(f.rater(1), post("/admin/entries/{id}/difficulty/rating", own).param("commitment", String.valueOf(first.id()))
			.param("value", "1.20")).andExpect(status().is3xxRedirection());
		as(f.rater(1), post("/admin/entries/{id}/difficulty/rating", own).param("commitment", String.valueOf(second.id()))
			.param("value", "1.45")).andExpect(status().is3xxRedirection());
		as(f.admin(), post("/admin/years/{id}/difficulty/close", year).param("confirmed", "true"))
			.andExpect(status().is3xxRedirection());
		// The department's coefficient is the mean of its commitments': (1.20 + 1.45) / 2 = 1.325 → 1.33.
		assertThat(f.coefficients(own).assessed()).isEqualByComparingTo("1.33");
		assertThat(jdbc.sql("select count(*) from difficulty_result where entry_id = ? and subject_kind = 'COMMITMENT'")
			.param(own).query(Long.class).single()).isEqualTo(commitments.size());
	}

	@Test
	void shouldCalibrateTheSeedYearOnItsFiveDepartmentsWithBothValues() throws Exception {
		long seed = catalogue.findPlanYear("330500", 2022).orElseThrow().id();
		var calibration = difficulty.calibration(seed);
		assertThat(calibration.rows()).hasSize(5).allMatch(r -> r.imported());
		assertThat(calibration.overall().meanDifference()).isEqualByComparingTo("-0.030");
		String html = mvc.perform(get("/years/2022/calibration")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(Pattern.compile("data-self=").matcher(html).results().count()).isEqualTo(5);
		assertThat(html).contains("市退役军人事务局").contains("-0.15").contains("/webjars/echarts/5.3.1/dist/echarts.min.js")
			.contains("/js/calibration-chart.js");
		assertThat(page(f.admin(), "/admin/years/{id}/difficulty/calibration", seed)).contains("市外办");
		mvc.perform(get("/admin/years/{id}/difficulty/calibration", seed).with(user(f.reporter())))
			.andExpect(status().isForbidden());
		String department = mvc.perform(get("/years/2022/departments/{n}", DifficultyFixture.IMPORTED))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(department).contains("随承诺事项表导入");
		mvc.perform(get("/webjars/echarts/5.3.1/dist/echarts.min.js")).andExpect(status().isOk());
		mvc.perform(get("/js/calibration-chart.js")).andExpect(status().isOk());
		mvc.perform(get("/years/2075/calibration")).andExpect(status().isNotFound());
	}

}
