package com.pledgeboard.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.support.DataSnapshot;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The gates on a plan year's moves: before each move the office sees what is missing, each gap linking
 * to where it is fixed; a move with a gap is refused unless the office overrides with a reason, and then
 * the audit entry names the gaps and the public pages say the year moved on (or closed) with them. Only
 * the office, with a CSRF token, moves a year; every refusal leaves the data as it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearGatesTests extends WholeApplication {

	@BeforeAll
	void users() {
		office();
		users.user("gate-reporter", Role.REPORTER, OWN);
		users.user("gate-approver", Role.APPROVER, OWN);
		users.user("gate-rater", Role.RATER, null);
	}

	private UserDetails office() {
		return users.user("gate-office", Role.ADMIN, null);
	}

	private long year(int number, PlanYearState state) {
		return importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "gates.txt", "330500", number,
				state, false).planYearId();
	}

	private String page(long year) throws Exception {
		return mvc.perform(get("/admin/years/{id}", year).with(user(office()))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

	private static MockHttpServletRequestBuilder move(long year, PlanYearState to) {
		return post("/admin/years/{id}/transition", year).param("to", to.name()).param("reason", "阶段工作完成")
			.param("confirmed", "true");
	}

	private String snapshot() {
		return DataSnapshot.digest(jdbc, "select id, state from plan_year order by id",
				"select * from plan_year_gap_override order by id", "select count(*) from audit_entry");
	}

	private long proposed(long year) {
		return jdbc.sql("""
				select count(*) from target t join commitment c on c.id = t.commitment_id
				join department_entry e on e.id = c.entry_id where e.plan_year_id = ? and t.status = 'PROPOSED'""")
			.param(year).query(Long.class).single();
	}

	/** The entries without a self-assessed coefficient (the seed gives some departments theirs). */
	private List<Long> withoutSelf(long year) {
		List<Long> ids = catalogue.entries(year).stream().filter(e -> e.selfCoefficient() == null)
			.map(DepartmentEntry::id).toList();
		assertThat(ids).isNotEmpty();
		return ids;
	}

	private static String problem(MvcResult result) {
		return String.valueOf(result.getFlashMap().get("problem"));
	}

	@Test
	void shouldListWhatIsMissingBeforeRatingEachLinkingToWhereItIsFixed() throws Exception {
		long year = year(2014, PlanYearState.DRAFT);
		DepartmentEntry own = catalogue.entries(year).stream().filter(e -> OWN.equals(e.name())).findFirst().orElseThrow();
		String html = checklist(page(year));
		assertThat(html).contains("进入“难度评定中”前的检查清单")
			.contains(proposed(year) + "项目标尚未确认")
			.contains("href=\"/admin/entries/" + own.id() + "\"")
			.contains(withoutSelf(year).size() + "个部门没有自评难度系数")
			.contains("href=\"/admin/entries/" + withoutSelf(year).get(0) + "/difficulty\"");
		assertThat(page(year)).contains("name=\"override\"");

		// Confirming one department's targets takes them off the list; the count follows.
		long before = proposed(year);
		long ownProposed = own.commitments().stream().flatMap(c -> c.targets().stream())
			.filter(t -> t.status() == TargetStatus.PROPOSED).count();
		assertThat(ownProposed).isPositive();
		for (Commitment c : own.commitments()) {
			for (Target t : c.targets()) {
				mvc.perform(post("/admin/targets/{id}/confirm", t.id()).with(user(office())).with(csrf()))
					.andExpect(status().is3xxRedirection());
			}
		}
		String checklist = checklist(page(year));
		assertThat(checklist).contains((before - ownProposed) + "项目标尚未确认")
			.doesNotContain("href=\"/admin/entries/" + own.id() + "\"");
	}

	@Test
	void shouldRefuseAMoveWithGapsWithoutAnOverrideAndChangeNothing() throws Exception {
		long year = year(2015, PlanYearState.DRAFT);
		String before = snapshot();
		mvc.perform(move(year, PlanYearState.RATING).with(user(office())).with(csrf()))
			.andExpect(redirectedUrl("/admin/years/" + year))
			.andExpect(result -> assertThat(problem(result)).contains("进入“难度评定中”前还有缺口")
				.contains(proposed(year) + "项目标尚未确认").contains("越过缺口"));
		assertThat(snapshot()).isEqualTo(before);
		assertThat(catalogue.planYear(year).orElseThrow().state()).isEqualTo(PlanYearState.DRAFT);
	}

	@Test
	void shouldRefuseAnOverrideWithoutAReasonAndChangeNothing() throws Exception {
		long year = year(2016, PlanYearState.DRAFT);
		String before = snapshot();
		for (String blank : List.of("", "   ")) {
			mvc.perform(move(year, PlanYearState.RATING).param("override", "true").param("overrideReason", blank)
				.with(user(office())).with(csrf()))
				.andExpect(result -> assertThat(problem(result)).contains("越过缺口须说明理由"));
		}
		mvc.perform(move(year, PlanYearState.RATING).param("override", "true").param("overrideReason", "长".repeat(501))
			.with(user(office())).with(csrf()))
			.andExpect(result -> assertThat(problem(result)).contains("不超过500个字符"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void shouldRefuseTheWrongRolesTheAnonymousAndARequestWithoutCsrfAndChangeNothing() throws Exception {
		long year = year(2017, PlanYearState.DRAFT);
		String before = snapshot();
		for (UserDetails wrong : List.of(users.user("gate-reporter", Role.REPORTER, OWN),
				users.user("gate-approver", Role.APPROVER, OWN), users.user("gate-rater", Role.RATER, null))) {
			mvc.perform(move(year, PlanYearState.RATING).param("override", "true").param("overrideReason", "越过")
				.with(user(wrong)).with(csrf())).andExpect(status().isForbidden());
		}
		mvc.perform(move(year, PlanYearState.RATING).param("override", "true").param("overrideReason", "越过").with(csrf()))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(move(year, PlanYearState.RATING).param("override", "true").param("overrideReason", "越过")
			.with(user(office()))).andExpect(status().isForbidden());
		assertThat(snapshot()).isEqualTo(before);
		// Nor does a department's user see the checklist of the move.
		assertThat(mvc.perform(get("/admin/years/{id}", year).with(user(users.user("gate-reporter", Role.REPORTER, OWN))))
			.andReturn().getResponse().getContentAsString()).doesNotContain("检查清单");
	}

	@Test
	void shouldMoveOnPastTheGapsWithAReasonAuditWhichAndSayItInPublic() throws Exception {
		long year = year(2018, PlanYearState.DRAFT);
		long proposed = proposed(year);
		int departments = withoutSelf(year).size();
		mvc.perform(move(year, PlanYearState.RATING).param("override", "true").param("overrideReason", "目标发布后再确认")
			.with(user(office())).with(csrf())).andExpect(redirectedUrl("/admin/years/" + year))
			.andExpect(result -> assertThat(result.getFlashMap().get("done")).isEqualTo("backoffice.done.transition"));
		assertThat(catalogue.planYear(year).orElseThrow().state()).isEqualTo(PlanYearState.RATING);
		String audit = jdbc.sql("select after_json from audit_entry where action = 'PLAN_YEAR_STATE' and entity_id = ?")
			.param(String.valueOf(year)).query(String.class).single();
		assertThat(audit).contains("\"unconfirmedTargets\":" + proposed).contains("\"selfCoefficients\":" + departments)
			.contains("目标发布后再确认").contains("阶段工作完成");
		assertThat(catalogue.overriddenGaps(year)).extracting(OverriddenGap::kind, OverriddenGap::count, OverriddenGap::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("unconfirmedTargets", (int) proposed, "目标发布后再确认"),
					org.assertj.core.groups.Tuple.tuple("selfCoefficients", departments, "目标发布后再确认"));

		// On to publication past the same gaps (nobody rated either), then the public pages say so.
		mvc.perform(move(year, PlanYearState.PUBLISHED).param("override", "true").param("overrideReason", "按期发布")
			.with(user(office())).with(csrf())).andExpect(redirectedUrl("/admin/years/" + year));
		assertThat(catalogue.planYear(year).orElseThrow().state()).isEqualTo(PlanYearState.PUBLISHED);
		assertThat(catalogue.overriddenGaps(year)).extracting(OverriddenGap::to).contains(PlanYearState.PUBLISHED);
		String home = mvc.perform(get("/years/2018")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(home).contains("本年度在事项尚未补齐时进入了下一阶段")
			.contains("进入“已发布”时：" + proposed + "项目标尚未确认（仍是系统提取的建议）。考评办的理由：按期发布")
			.doesNotContain("本年度在事项尚未补齐时结束考评");
		String json = mvc.perform(get("/api/v1/years/2018")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(json).contains("\"gapsOverridden\":[").contains("\"kind\":\"unconfirmedTargets\"")
			.contains("\"count\":" + proposed).contains("\"to\":\"PUBLISHED\"").contains("\"reason\":\"按期发布\"");
	}

	@Test
	void shouldMoveOnWithoutAnOverrideOnceNothingIsMissing() throws Exception {
		String table = TestResources.text("fixtures/unknown-department.txt").replace("市海洋渔业局", "市门禁测试局")
			.replace("市港航管理中心", "市门禁测试中心");
		long year = importer.importTable(table.getBytes(StandardCharsets.UTF_8), "complete.txt", "330500", 2011,
				PlanYearState.DRAFT, false).planYearId();
		// Neither name is in the directory: nobody could report for them, which the checklist says.
		assertThat(checklist(page(year))).contains("2个部门未对应部门名录中的部门")
			.contains("href=\"/admin/departments?region=330500#unresolved\"");
		for (DepartmentEntry entry : catalogue.entries(year)) {
			mvc.perform(post("/admin/departments/entries/{id}", entry.id()).param("region", "330500")
				.param("department", "new").with(user(office())).with(csrf())).andExpect(status().is3xxRedirection());
		}
		jdbc.sql("""
				update target set status = 'CONFIRMED' where commitment_id in (select c.id from commitment c
				join department_entry e on e.id = c.entry_id where e.plan_year_id = ?)""").param(year).update();
		jdbc.sql("update department_entry set self_coefficient = 1.2 where plan_year_id = ?").param(year).update();
		assertThat(page(year)).contains("没有缺口，可以进入下一阶段").doesNotContain("name=\"override\"");
		mvc.perform(move(year, PlanYearState.RATING).with(user(office())).with(csrf()))
			.andExpect(result -> assertThat(result.getFlashMap().get("problem")).isNull());
		assertThat(catalogue.planYear(year).orElseThrow().state()).isEqualTo(PlanYearState.RATING);
		assertThat(catalogue.overriddenGaps(year)).isEmpty();
		assertThat(jdbc.sql("select after_json from audit_entry where action = 'PLAN_YEAR_STATE' and entity_id = ?")
			.param(String.valueOf(year)).query(String.class).single()).doesNotContain("gapsOverridden");
	}

	@Test
	void shouldListWhatIsMissingBeforeClosingAndSayInPublicThatTheYearClosedWithGaps() throws Exception {
		long year = year(2010, PlanYearState.ASSESSING);
		DepartmentEntry own = catalogue.entries(year).stream().filter(e -> OWN.equals(e.name())).findFirst().orElseThrow();
		long commitment = own.commitments().get(0).id();
		long reporter = accounts.find("gate-reporter").orElseThrow().id();
		jdbc.sql("""
				insert into progress_report (commitment_id, period_seq, version, state, narrative, filed_by, filed_at, submitted_at)
				values (?, 1, 1, 'SUBMITTED', '已完成一半', ?, current_timestamp, current_timestamp)""")
			.params(commitment, reporter).update();
		String html = page(year);
		assertThat(html).contains("进入“已结束”前的检查清单")
			.contains("1份进展报告尚未审核通过")
			.contains("href=\"/admin/progress/commitments/" + commitment + "?period=1\"")
			.contains("项目标没有最终读数")
			.contains("href=\"/admin/years/" + year + "/final-readings?missing=true\"")
			.contains("href=\"/admin/years/" + year + "/final-readings?entry=" + own.id() + "&amp;missing=true\"")
			.contains("位评审专家尚未完成领导评价")
			.contains("gate-rater：已评价0个部门，共" + catalogue.entries(year).size() + "个");
		int finalReadings = count(html, "(\\d+)项目标没有最终读数");

		mvc.perform(move(year, PlanYearState.CLOSED).param("override", "true").param("overrideReason", "年终时限已到")
			.with(user(office())).with(csrf())).andExpect(redirectedUrl("/admin/years/" + year));
		assertThat(catalogue.planYear(year).orElseThrow().state()).isEqualTo(PlanYearState.CLOSED);
		assertThat(catalogue.overriddenGaps(year)).extracting(OverriddenGap::kind)
			.contains("reportsNotApproved", "finalReadings", "leadershipRaters");
		assertThat(catalogue.overriddenGaps(year).stream().filter(g -> g.kind().equals("finalReadings")).findFirst()
			.orElseThrow().count()).isEqualTo(finalReadings);
		String home = mvc.perform(get("/years/2010")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(home).contains("本年度在事项尚未补齐时结束考评").contains(finalReadings + "项目标没有最终读数");
		assertThat(mvc.perform(get("/years/2010").param("lang", "en")).andReturn().getResponse().getContentAsString())
			.contains("This year closed while some things were not finished")
			.contains(finalReadings + " targets without a final reading");
	}

	@Test
	void shouldLetOnlyOneOfTwoSimultaneousOverridesMoveTheYear() throws Exception {
		long year = year(2009, PlanYearState.DRAFT);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<MvcResult>> both = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				both.add(() -> mvc.perform(move(year, PlanYearState.RATING).param("override", "true")
					.param("overrideReason", "同时越过").with(user(office())).with(csrf())).andReturn());
			}
			List<String> outcomes = new ArrayList<>();
			for (Future<MvcResult> f : pool.invokeAll(both)) {
				Object done = f.get().getFlashMap().get("done");
				outcomes.add(done == null ? problem(f.get()) : "done");
			}
			assertThat(outcomes).filteredOn("done"::equals).hasSize(1);
			assertThat(outcomes).filteredOn(o -> !o.equals("done")).singleElement().asString().contains("下一阶段");
		}
		finally {
			pool.shutdown();
		}
		assertThat(catalogue.planYear(year).orElseThrow().state()).isEqualTo(PlanYearState.RATING);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PLAN_YEAR_STATE' and entity_id = ?")
			.param(String.valueOf(year)).query(Long.class).single()).isEqualTo(1);
		assertThat(catalogue.overriddenGaps(year)).hasSize(2);
	}

	/** The checklist of the year's page, without the list of departments below it. */
	private static String checklist(String html) {
		int from = html.indexOf("id=\"checklist\"");
		assertThat(from).isNotNegative();
		return html.substring(from, html.indexOf("</form>", from));
	}

	private static int count(String html, String regex) {
		Matcher m = Pattern.compile(regex).matcher(html);
		assertThat(m.find()).as(regex).isTrue();
		return Integer.parseInt(m.group(1));
	}

}
