package com.pledgeboard.office;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back-office home of each role, on 5 July 2021 of a year published for reporting: a reporter
 * sees what is due from their department and what was returned to them, never another department's;
 * an approver what waits for them; a committee member what is left to rate; the office who is late
 * with a report (not who has yet to report for a period still before its due day) and what is red.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(BackOfficeHomeTests.July2021.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackOfficeHomeTests extends WholeApplication {

	private static final String OWN = "市医保局";

	/** The department that hands in every report past its due day in the office's test. */
	private static final String ON_TIME = "市人防办";

	@TestConfiguration
	static class July2021 {

		@Bean
		@Primary
		Clock july2021() {
			ZoneId zone = ZoneId.of("Asia/Shanghai");
			return Clock.fixed(LocalDateTime.of(2021, 7, 5, 10, 0).atZone(zone).toInstant(), zone);
		}

	}

	long reportingYear;

	@BeforeAll
	void aYearOpenToReporting() {
		reportingYear = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "home.txt", "330500",
				2021, PlanYearState.PUBLISHED, false).planYearId();
	}

	@Test
	void shouldListADepartmentsOwnEntryAndThePlanYearsButNotAnotherDepartmentsEntry() throws Exception {
		long own = catalogue.entries(reportingYear).stream().filter(e -> OWN.equals(e.name())).findFirst().orElseThrow().id();
		long other = catalogue.entries(reportingYear).stream().filter(e -> OTHER.equals(e.name())).findFirst().orElseThrow().id();
		String html = home(users.user("home-lists-reporter", Role.REPORTER, OWN));
		assertThat(html).contains("本部门承诺事项")
			.contains("/admin/entries/" + own + "\"")
			.doesNotContain("/admin/entries/" + other + "\"")
			.contains("考评年度")
			.contains("/admin/years/" + reportingYear + "\"");
		assertThat(home(users.user("home-lists-office", Role.ADMIN, null))).doesNotContain("本部门承诺事项");
	}

	@Test
	void shouldShowAReporterTheOwnReturnedReportWithItsReasonAndNotAnotherDepartments() throws Exception {
		Commitment own = commitment(OWN, 0);
		Commitment other = commitment(OTHER, 0);
		returnReport(own, users.user("home-reporter", Role.REPORTER, OWN), users.user("home-approver", Role.APPROVER, OWN),
				"请补充医保基金监管的佐证材料");
		returnReport(other, users.user("home-reporter-other", Role.REPORTER, OTHER),
				users.user("home-approver-other", Role.APPROVER, OTHER), "公安局的报告数值有误");

		String html = home(users.user("home-reporter", Role.REPORTER, OWN));
		assertThat(html).contains("被退回待修改的报告（1）")
			.contains("请补充医保基金监管的佐证材料")
			.contains(own.title())
			.contains("/admin/progress/commitments/" + own.id() + "?period=6")
			.doesNotContain("公安局的报告数值有误")
			.doesNotContain("/admin/progress/commitments/" + other.id() + "?");
	}

	@Test
	void shouldShowAReporterThePeriodsDueAndOverdueWithTheirDatesInTheReadersLanguage() throws Exception {
		UserDetails reporter = users.user("home-due-reporter", Role.REPORTER, OWN);
		String zh = home(reporter);
		assertThat(zh).contains("待报送的进展")
			.contains("2021年度第6期（2021年6月1日至2021年6月30日）")
			.contains("2021年7月10日前报送")
			.contains("2021年6月10日截止，已逾期25天")
			.contains("下一个截止：2021年度第7期，2021年8月10日前报送。");
		String en = mvc.perform(get("/admin").param("lang", "en").with(user(reporter)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(en).contains("Progress reports due from you")
			.contains("2021, period 6 (1 Jun 2021 to 30 Jun 2021)")
			.contains("Due by 10 Jul 2021")
			.contains("Due 10 Jun 2021, 25 days overdue");
	}

	@Test
	void shouldShowAnApproverTheReportWaitingForThemAndNotToAnotherDepartmentsApprover() throws Exception {
		Commitment own = commitment(OWN, 1);
		UserDetails reporter = users.user("home-reporter", Role.REPORTER, OWN);
		act(reporter, file(own));
		act(reporter, post("/admin/progress/reports/{id}/submit", latestReport(own.id())));

		String mine = home(users.user("home-approver", Role.APPROVER, OWN));
		assertThat(mine).contains("待您审核的报告")
			.contains(own.title())
			.contains("/admin/progress/commitments/" + own.id() + "?period=6")
			.contains("2021年7月5日提交");
		String theirs = home(users.user("home-approver-other", Role.APPROVER, OTHER));
		assertThat(theirs).doesNotContain("/admin/progress/commitments/" + own.id() + "?");
	}

	@Test
	void shouldShowARaterTheDepartmentsLeftToRateAndCountDownOnceOneIsRated() throws Exception {
		long year = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "rating.txt", "330500",
				2019, PlanYearState.DRAFT, false).planYearId();
		act(users.user("home-office", Role.ADMIN, null), post("/admin/years/{id}/transition", year).param("to", "RATING")
			.param("reason", "进入难度评定").param("confirmed", "true").param("override", "true").param("overrideReason", "测试：越过缺口"));
		long entry = catalogue.entries(year).stream().filter(e -> OWN.equals(e.name())).findFirst().orElseThrow().id();
		UserDetails rater = users.user("home-rater", Role.RATER, null);

		String before = home(rater);
		assertThat(before).contains("2019年度 · 难度评定：尚未评完的部门（11）")
			.contains("已评完0个部门，共11个。")
			.contains("/admin/entries/" + entry + "/difficulty");
		act(rater, post("/admin/entries/{id}/difficulty/rating", entry).param("value", "1.20"));
		String after = home(rater);
		assertThat(after).contains("2019年度 · 难度评定：尚未评完的部门（10）")
			.contains("已评完1个部门，共11个。")
			.doesNotContain("/admin/entries/" + entry + "/difficulty");
	}

	@Test
	void shouldShowTheOfficeWhoIsLateWithAReportAndWhatIsRedWithTheReason() throws Exception {
		UserDetails onTime = users.user("home-on-time-reporter", Role.REPORTER, ON_TIME);
		List<Commitment> onTimeCommitments = catalogue.entries(reportingYear).stream()
			.filter(e -> ON_TIME.equals(e.name())).findFirst().orElseThrow().commitments();
		List<Long> submitted = new ArrayList<>();
		for (Commitment c : onTimeCommitments) {
			for (int period = 1; period <= 5; period++) {
				act(onTime, file(c, period));
				submitted.add(latestReport(c.id()));
				act(onTime, post("/admin/progress/reports/{id}/submit", submitted.get(submitted.size() - 1)));
			}
		}
		assertThat(home(users.user("home-office", Role.ADMIN, null)))
			.as("submitted but not yet approved by the department's leader: still late, as the overdue list says")
			.contains("2021年度 · 逾期未报送的部门（16）")
			.contains("<span>" + ON_TIME + "</span>");
		UserDetails onTimeApprover = users.user("home-on-time-approver", Role.APPROVER, ON_TIME);
		for (long id : submitted) {
			act(onTimeApprover, post("/admin/progress/reports/{id}/approve", id));
		}
		String html = home(users.user("home-office", Role.ADMIN, null));
		assertThat(html).as("every department but one is late with periods 1 to 5; none is yet with June's")
			.contains("2021年度 · 逾期未报送的部门（15）")
			.contains("当前填报期：第6期（2021年6月1日至2021年6月30日），2021年7月10日前报送。")
			.contains("<span>" + OWN + "</span>")
			.contains("第1、2、3、4、5期已过截止日期，尚有承诺事项未报送")
			.contains("2021年2月10日截止，已逾期145天")
			.doesNotContain("<span>" + ON_TIME + "</span>")
			.as("not reporting is not missing: late departments are listed as late, not as red commitments")
			.doesNotContain("已连续5期没有审核通过的进展报告").doesNotContain("未报送审核通过的进展报告")
			.contains("/admin/progress/years/" + reportingYear)
			.contains("考评年度与下一步")
			.contains("下一步：各部门按期报送进展，年终进入考评。")
			.contains("待审核的群众意见")
			.contains("暂无待办");
		String en = mvc.perform(get("/admin").param("lang", "en").with(user(users.user("home-office", Role.ADMIN, null))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(en).contains("2021: departments late with a report")
			.contains("Current period: no. 6 (1 Jun 2021 to 30 Jun 2021), due by 10 Jul 2021.")
			.contains("Periods past their due date with commitments not reported: no. 1, 2, 3, 4, 5")
			.contains("Due 10 Feb 2021, 145 days overdue");
	}

	@Test
	void shouldSendTheAnonymousToSignIn() throws Exception {
		mvc.perform(get("/admin")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	private String home(UserDetails user) throws Exception {
		return mvc.perform(get("/admin").with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private void act(UserDetails user, MockHttpServletRequestBuilder request) throws Exception {
		mvc.perform(request.with(user(user)).with(csrf())).andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getFlashMap().get("problem")).as("refusal").isNull());
	}

	private void returnReport(Commitment c, UserDetails reporter, UserDetails approver, String reason) throws Exception {
		act(reporter, file(c));
		long report = latestReport(c.id());
		act(reporter, post("/admin/progress/reports/{id}/submit", report));
		act(approver, post("/admin/progress/reports/{id}/return", report).param("comment", reason));
	}

	private Commitment commitment(String department, int index) {
		return catalogue.entries(reportingYear).stream().filter(e -> department.equals(e.name())).findFirst()
			.orElseThrow().commitments().get(index);
	}

	/** A report for June. */
	private static MockHttpServletRequestBuilder file(Commitment c) {
		return file(c, 6);
	}

	/** A report for a period with a plausible reading of every promise target. */
	private static MockHttpServletRequestBuilder file(Commitment c, int period) {
		MockHttpServletRequestBuilder request = post("/admin/progress/commitments/{id}/reports", c.id())
			.param("period", String.valueOf(period)).param("narrative", "按计划推进");
		c.targets().stream().filter(t -> !t.definition().isBaseline()).forEach(t -> request.param("t" + t.id(),
				switch (t.definition().kind().name()) {
					case "DEADLINE" -> "";
					case "RANK" -> "3";
					default -> "1";
				}));
		return request;
	}

	private long latestReport(long commitmentId) {
		return jdbc.sql("select max(id) from progress_report where commitment_id = ?").param(commitmentId)
			.query(Long.class).single();
	}

}
