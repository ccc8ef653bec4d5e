package com.pledgeboard.scoring;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Predicate;

import com.pledgeboard.scoring.engine.Worded;
import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.scoring.engine.DepartmentResult.CommitmentResult;
import com.pledgeboard.scoring.engine.DepartmentResult.TargetResult;
import com.pledgeboard.support.DataSnapshot;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

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
 * Final readings in the back office of a year being assessed: the office enters a target's reading by
 * hand, which scoring then uses and the explanation calls entered by hand, and clears it again so that
 * the approved report's reading counts; a committee member grades a commitment without measurable
 * targets; every change is audited with before and after; the page and the home say what is missing.
 * Its own context, since it changes the readings of its year.
 */
@SpringBootTest(properties = "pledgeboard.test.context=final-readings")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinalReadingsWebTests extends WholeApplication {

	/** The year assessed is 2064: the office enters its readings early in 2065, as it would. */
	@TestConfiguration
	static class EarlyNextYear {

		@Bean
		@Primary
		Clock earlyNextYear() {
			return Clock.fixed(Instant.parse("2065-01-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
		}

	}

	static final String OWN = "市文化广电旅游局";

	@Autowired
	Scoring scoring;

	long year;

	String page;

	@BeforeAll
	void assessingYear() {
		year = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "final-readings.txt", "330500",
				2064, PlanYearState.ASSESSING, false).planYearId();
		page = "/admin/years/" + year + "/final-readings";
		office();
		rater();
		users.user("fr-reporter", Role.REPORTER, OWN);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private UserDetails office() {
		return users.user("fr-office", Role.ADMIN, null);
	}

	private UserDetails rater() {
		return users.user("fr-rater", Role.RATER, null);
	}

	private record Found(DepartmentEntry entry, Commitment commitment, Target target) {
	}

	/** The first commitment with a single measurable target, of which {@code fits} holds, and that target. */
	private Found target(Predicate<Target> fits) {
		return target(fits, true);
	}

	private Found target(Predicate<Target> fits, boolean single) {
		for (DepartmentEntry e : catalogue.entries(year)) {
			for (Commitment c : e.commitments()) {
				if (single && c.targets().stream().filter(t -> !t.definition().isBaseline()).count() != 1) {
					continue;
				}
				for (Target t : c.targets()) {
					if (!t.definition().isBaseline() && fits.test(t)) {
						return new Found(e, c, t);
					}
				}
			}
		}
		throw new IllegalStateException("the seed has no such target");
	}

	private Found withoutTargets(int skip) {
		return catalogue.entries(year).stream()
			.flatMap(e -> e.commitments().stream()
				.filter(c -> c.targets().stream().allMatch(t -> t.definition().isBaseline()))
				.map(c -> new Found(e, c, null)))
			.skip(skip)
			.findFirst()
			.orElseThrow();
	}

	/** An approved progress report of period 3 with this reading of the target. */
	private void approvedReport(Found f, BigDecimal actual) {
		long reporter = ((SignedInUser) users.user("fr-reporter", Role.REPORTER, OWN)).id();
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into progress_report (commitment_id, period_seq, version, state, narrative, filed_by, filed_at)
				values (?, 3, 1, 'APPROVED', '按期推进。', ?, ?)""")
			.params(f.commitment().id(), reporter, Timestamp.from(Instant.now()))
			.update(key, "id");
		jdbc.sql("insert into progress_reading (report_id, target_id, actual_value) values (?, ?, ?)")
			.params(key.getKeyAs(Long.class), f.target().id(), actual)
			.update();
	}

	private CommitmentResult scored(Found f) {
		UserDetails office = office();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(office, null, office.getAuthorities()));
		try {
			return scoring.current(year).result().department(f.entry().id()).orElseThrow().commitments().stream()
				.filter(c -> c.commitmentId() == f.commitment().id())
				.findFirst()
				.orElseThrow();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private TargetResult scoredTarget(Found f) {
		return scored(f).targets().stream().filter(t -> t.targetId() == f.target().id()).findFirst().orElseThrow();
	}

	private long audited(String action, long entityId) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and entity_id = ?")
			.params(action, String.valueOf(entityId))
			.query(Long.class)
			.single();
	}

	private String lastAudit(String column, String action, long entityId) {
		return jdbc.sql("select " + column + " from audit_entry where action = ? and entity_id = ? order by seq desc limit 1")
			.params(action, String.valueOf(entityId))
			.query(String.class)
			.single();
	}

	@Test
	void shouldScoreAHandEntryInPlaceOfTheReportAndTheReportAgainOnceCleared() throws Exception {
		Found f = target(t -> t.definition().kind() == TargetKind.QUANTITY && t.definition().op() == Op.GE
				&& t.definition().value() != null && t.definition().value().compareTo(BigDecimal.TEN) >= 0);
		BigDecimal aim = f.target().definition().value();
		approvedReport(f, aim.divide(BigDecimal.valueOf(2)));
		TargetResult fromReport = scoredTarget(f);
		assertThat(fromReport.attainment()).isEqualByComparingTo("0.5");
		String own = page + "?entry=" + f.entry().id();
		mvc.perform(get(own).with(user(office()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("第3期进展报告（已审核）")))
			.andExpect(content().string(containsString("人工录入最终读数")));

		mvc.perform(post(page + "/targets/{t}", f.target().id()).param("value", aim.toPlainString())
			.param("reason", "经市统计局核定").param("entry", String.valueOf(f.entry().id())).with(user(office())).with(csrf()))
			.andExpect(redirectedUrl(own + "#t" + f.target().id()));
		assertThat(jdbc.sql("select recorded_by, reason from final_reading where target_id = ?").param(f.target().id())
			.query((rs, n) -> rs.getString(1) + "/" + rs.getString(2)).single()).isEqualTo("fr-office/经市统计局核定");
		TargetResult byHand = scoredTarget(f);
		assertThat(byHand.attainment()).isEqualByComparingTo("1");
		assertThat(Worded.zh(byHand.readingText())).endsWith("（考评办录入）");
		assertThat(scored(f).attainment()).isEqualByComparingTo("1");
		assertThat(audited("FINAL_READING_ENTERED", f.target().id())).isEqualTo(1);
		assertThat(lastAudit("before_json", "FINAL_READING_ENTERED", f.target().id())).contains("report").contains("\"period\":3");
		assertThat(lastAudit("after_json", "FINAL_READING_ENTERED", f.target().id())).contains("hand").contains("经市统计局核定")
			.contains(aim.toPlainString());
		mvc.perform(get(own).with(user(office()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("fr-office于")))
			.andExpect(content().string(containsString("理由：经市统计局核定")))
			.andExpect(content().string(containsString("清除人工录入后采用：")));
		mvc.perform(get("/admin/years/{y}/scores/{e}", year, f.entry().id()).with(user(office())))
			.andExpect(content().string(containsString("（考评办录入）")));

		mvc.perform(post(page + "/targets/{t}/clear", f.target().id()).with(user(office())).with(csrf()))
			.andExpect(redirectedUrl(page + "#t" + f.target().id()));
		assertThat(jdbc.sql("select count(*) from final_reading where target_id = ?").param(f.target().id()).query(Long.class)
			.single()).isZero();
		assertThat(scoredTarget(f)).isEqualTo(fromReport);
		assertThat(audited("FINAL_READING_CLEARED", f.target().id())).isEqualTo(1);
		assertThat(lastAudit("before_json", "FINAL_READING_CLEARED", f.target().id())).contains("经市统计局核定");
		assertThat(lastAudit("after_json", "FINAL_READING_CLEARED", f.target().id())).contains("\"period\":3");
	}

	@Test
	void shouldTakeADeadlineAsDoneOnADayOrNotDone() throws Exception {
		Found f = target(t -> t.definition().kind() == TargetKind.DEADLINE && t.definition().date() != null, false);
		String due = f.target().definition().date().atYear(2064).toString();
		mvc.perform(post(page + "/targets/{t}", f.target().id()).param("doneOn", due).param("reason", "验收报告")
			.with(user(office())).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(scoredTarget(f).attainment()).isEqualByComparingTo("1");
		mvc.perform(post(page + "/targets/{t}", f.target().id()).param("notDone", "true").param("reason", "验收未通过")
			.with(user(office())).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(scoredTarget(f).attainment()).isEqualByComparingTo("0");
		assertThat(Worded.zh(scoredTarget(f).readingText())).isEqualTo("未完成（考评办录入）");
		assertThat(audited("FINAL_READING_ENTERED", f.target().id())).isEqualTo(2);
		assertThat(lastAudit("before_json", "FINAL_READING_ENTERED", f.target().id())).contains(due).contains("验收报告");
	}

	@Test
	void shouldLetACommitteeMemberGradeACommitmentWithoutTargetsAndTheOfficeRegradeIt() throws Exception {
		Found f = withoutTargets(0);
		assertThat(Worded.zh(scored(f).explanation())).contains("无量化目标");
		mvc.perform(post(page + "/commitments/{c}/grade", f.commitment().id()).param("grade", "MOSTLY_DONE")
			.param("comment", "主体工程完工，配套未完成").param("missing", "true").with(user(rater())).with(csrf()))
			.andExpect(redirectedUrl(page + "?missing=true#c" + f.commitment().id()));
		assertThat(scored(f).attainment()).isEqualByComparingTo("0.6");
		mvc.perform(post(page + "/commitments/{c}/grade", f.commitment().id()).param("grade", "DONE")
			.with(user(office())).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(scored(f).attainment()).isEqualByComparingTo("1");
		assertThat(jdbc.sql("select grade || '/' || recorded_by || '/' || coalesce(reason, '-') from final_reading where commitment_id = ?")
			.param(f.commitment().id()).query(String.class).list()).containsExactly("完成/fr-office/-");
		assertThat(audited("COMMITMENT_GRADED", f.commitment().id())).isEqualTo(2);
		assertThat(lastAudit("before_json", "COMMITMENT_GRADED", f.commitment().id())).contains("基本完成").contains("fr-rater");
		assertThat(lastAudit("after_json", "COMMITMENT_GRADED", f.commitment().id())).contains("\"grade\":\"完成\"");
		mvc.perform(get(page + "?entry=" + f.entry().id()).with(user(rater()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("评审等次：完成")))
			.andExpect(content().string(containsString("fr-office于")))
			.andExpect(content().string(not(containsString("人工录入最终读数"))));
	}

	@Test
	void shouldRefuseAReadingThatDoesNotFitNamingTheTargetAndChangeNothing() throws Exception {
		Found f = target(t -> t.definition().kind() == TargetKind.QUANTITY);
		String before = snapshot();
		mvc.perform(post(page + "/targets/{t}", f.target().id()).param("value", "许多").param("reason", "核定")
			.with(user(office())).with(csrf()))
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("problem")))
				.contains(f.target().definition().describe()).contains("“许多”不是数字"));
		mvc.perform(post(page + "/targets/{t}", f.target().id()).param("value", "12").param("reason", " ")
			.with(user(office())).with(csrf()))
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("problem"))).contains("理由"));
		mvc.perform(post(page + "/targets/{t}/clear", f.target().id()).with(user(office())).with(csrf()))
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("problem"))).contains("没有人工录入"));
		Found graded = withoutTargets(1);
		mvc.perform(post(page + "/commitments/{c}/grade", graded.commitment().id()).param("grade", "优秀")
			.with(user(rater())).with(csrf()))
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("problem"))).contains("基本完成"));
		mvc.perform(post(page + "/commitments/{c}/grade", f.commitment().id()).param("grade", "DONE")
			.with(user(rater())).with(csrf()))
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("problem"))).contains("可量化的目标"));
		assertThat(snapshot()).isEqualTo(before);
	}

	private String snapshot() {
		return DataSnapshot.digest(jdbc, "select * from final_reading order by id", "select count(*) from audit_entry");
	}

	@Test
	void shouldShowADepartmentOnlyItsOwnReadingsWithoutForms() throws Exception {
		UserDetails reporter = users.user("fr-reporter", Role.REPORTER, OWN);
		DepartmentEntry own = catalogue.entry(year, OWN).orElseThrow();
		DepartmentEntry other = catalogue.entries(year).stream().filter(e -> e.id() != own.id()).findFirst().orElseThrow();
		mvc.perform(get(page).with(user(reporter))).andExpect(status().isOk())
			.andExpect(content().string(containsString(OWN)))
			.andExpect(content().string(not(containsString(other.displayName()))))
			.andExpect(content().string(not(containsString("人工录入最终读数"))))
			.andExpect(content().string(not(containsString("保存等次"))));
		mvc.perform(get(page + "?entry=" + other.id()).with(user(reporter))).andExpect(status().isForbidden());
		mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/admin/years/{y}/final-readings", Long.MAX_VALUE).with(user(office()))).andExpect(status().isNotFound());
	}

	@Test
	void shouldCountWhatIsMissingOnThePageAndOnTheHome() throws Exception {
		Found f = withoutTargets(2);
		long awaiting = catalogue.entries(year).stream().flatMap(e -> e.commitments().stream())
			.filter(c -> c.targets().stream().allMatch(t -> t.definition().isBaseline()))
			.filter(c -> jdbc.sql("select count(*) from final_reading where commitment_id = ?").param(c.id())
				.query(Long.class).single() == 0)
			.count();
		mvc.perform(get(page + "?missing=true").with(user(rater()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("待评定等次的承诺事项：" + awaiting + "项")))
			.andExpect(content().string(containsString("评审等次：待评定")));
		mvc.perform(get("/admin").with(user(rater()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("2064年度 · 待您评定等次的承诺事项（" + awaiting + "）")))
			.andExpect(content().string(containsString("final-readings?entry=" + f.entry().id() + "&amp;missing=true#c"
					+ f.commitment().id())))
			.andExpect(content().string(not(containsString("没有最终读数的目标"))));
		mvc.perform(get("/admin").with(user(office()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("2064年度 · 没有最终读数的目标")));
	}

}
