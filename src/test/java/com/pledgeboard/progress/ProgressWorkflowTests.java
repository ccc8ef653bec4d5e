package com.pledgeboard.progress;

import java.time.LocalDateTime;
import java.util.List;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.progress.rules.Light;
import com.pledgeboard.progress.rules.Measure;
import com.pledgeboard.progress.rules.Verdict;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A report from draft to public: filed with evidence, returned, corrected as a second version,
 * approved; only then does it count for the light and show on the portal, with the file marked public.
 * The office's choice of how a quantity target is measured changes how its light is reasoned.
 */
@SpringBootTest(properties = { "spring.mail.host=localhost", "spring.mail.port=" + ProgressTestSupport.MAIL_PORT,
		"pledgeboard.progress.reminders.cron=-" })
@AutoConfigureMockMvc
@Import(ProgressTestSupport.ClockConfig.class)
class ProgressWorkflowTests extends WholeApplication {

	@Autowired
	ProgressBoard board;

	@Autowired
	ProgressTestSupport.TestClock clock;

	@Test
	void shouldCountAndShowOnlyTheApprovedVersion() throws Exception {
		long yearId = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "w.txt", "330500", 2042,
				PlanYearState.PUBLISHED, false).planYearId();
		clock.set(LocalDateTime.of(2042, 7, 5, 9, 0));
		PlanYear year = catalogue.planYear(yearId).orElseThrow();
		var reporter = users.user("w-reporter", Role.REPORTER, ProgressSecurityTests.OWN);
		var approver = users.user("w-approver", Role.APPROVER, ProgressSecurityTests.OWN);
		Commitment c = catalogue.entries(yearId).stream().filter(e -> ProgressSecurityTests.OWN.equals(e.name()))
			.findFirst().orElseThrow().commitments().stream().filter(x -> !CommitmentPlace.promises(x).isEmpty())
			.findFirst().orElseThrow();
		mvc.perform(file(c, "1").with(user(reporter)).with(csrf())).andExpect(status().is3xxRedirection());
		long v1 = latestReport(c.id());
		mvc.perform(multipart("/admin/progress/reports/{id}/evidence", v1)
			.file(new MockMultipartFile("file", "照片.png", "image/png", ProgressTestSupport.png()))
			.param("publicFile", "true").with(user(reporter)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/progress/reports/{id}/submit", v1).with(user(reporter)).with(csrf()));
		assertThat(board.ofYear(year).get(c.id()).latestPeriod()).isNull();
		mvc.perform(post("/admin/progress/reports/{id}/return", v1).param("comment", "数值有误").with(user(approver)).with(csrf()));
		mvc.perform(file(c, "999999999").with(user(reporter)).with(csrf()));
		long v2 = latestReport(c.id());
		assertThat(v2).isNotEqualTo(v1);
		assertThat(jdbc.sql("select state from progress_report where id = ?").param(v1).query(String.class).single())
			.isEqualTo("RETURNED");
		assertThat(jdbc.sql("select count(*) from progress_report_evidence where report_id = ?").param(v2)
			.query(Long.class).single()).isEqualTo(1);
		mvc.perform(post("/admin/progress/reports/{id}/submit", v2).with(user(reporter)).with(csrf()));
		assertThat(mvc.perform(get("/years/2042/departments/{name}", ProgressSecurityTests.OWN)).andReturn().getResponse().getContentAsString()).doesNotContain("999999999");
		mvc.perform(post("/admin/progress/reports/{id}/approve", v2).with(user(approver)).with(csrf()));

		CommitmentProgress progress = board.ofYear(year).get(c.id());
		assertThat(progress.latestPeriod()).isEqualTo(6);
		assertThat(progress.light().light()).isNotEqualTo(Light.NONE);
		String html = mvc.perform(get("/years/2042/departments/{name}", ProgressSecurityTests.OWN)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("999999999").contains("progress-chart").contains("照片.png");
		long evidence = jdbc.sql("select evidence_id from progress_report_evidence where report_id = ?").param(v2)
			.query(Long.class).single();
		mvc.perform(get("/years/2042/evidence/{id}", evidence)).andExpect(status().isOk());
		mvc.perform(get("/years/2042")).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from audit_entry where action like 'PROGRESS_%'").query(Long.class).single())
			.isGreaterThanOrEqualTo(7);
		List<String> states = jdbc.sql("select state from progress_report where commitment_id = ? order by version")
			.param(c.id()).query(String.class).list();
		assertThat(states).containsExactly("RETURNED", "APPROVED");
	}

	@Test
	void shouldReadAQuantityTargetTheWayTheOfficeChoosesAndAuditTheChoice() throws Exception {
		long yearId = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "m.txt", "330500", 2048,
				PlanYearState.PUBLISHED, false).planYearId();
		clock.set(LocalDateTime.of(2048, 7, 5, 9, 0));
		PlanYear year = catalogue.planYear(yearId).orElseThrow();
		var office = users.user("m-office", Role.ADMIN, null);
		var reporter = users.user("m-reporter", Role.REPORTER, ProgressSecurityTests.OWN);
		var approver = users.user("m-approver", Role.APPROVER, ProgressSecurityTests.OWN);
		Commitment c = catalogue.entries(yearId).stream().filter(e -> ProgressSecurityTests.OWN.equals(e.name()))
			.findFirst().orElseThrow().commitments().stream()
			.filter(x -> CommitmentPlace.promises(x).stream().anyMatch(ProgressWorkflowTests::cumulative))
			.findFirst().orElseThrow();
		Target target = CommitmentPlace.promises(c).stream().filter(ProgressWorkflowTests::cumulative).findFirst()
			.orElseThrow();
		mvc.perform(file(c, "1").with(user(reporter)).with(csrf())).andExpect(status().is3xxRedirection());
		long report = latestReport(c.id());
		mvc.perform(post("/admin/progress/reports/{id}/submit", report).with(user(reporter)).with(csrf()));
		mvc.perform(post("/admin/progress/reports/{id}/approve", report).with(user(approver)).with(csrf()));
		assertThat(light(year, c, target).reason()).startsWith("cumulative.");
		assertThat(page(c, office)).contains("自动（按目标类型）").contains("累计：每期填报的是年初以来累计完成的数量");

		mvc.perform(post("/admin/progress/targets/{id}/measure", target.id()).param("measure", "LEVEL")
			.with(user(office)).with(csrf()))
			.andExpect(redirectedUrl("/admin/progress/commitments/" + c.id()))
			.andExpect(flash().attribute("done", "progress.done.measure"));
		assertThat(light(year, c, target).reason()).startsWith("level.");
		List<String> audited = jdbc.sql("""
				select before_json, after_json from audit_entry where action = 'PROGRESS_TARGET_MEASURE' and entity_id = ?""")
			.param(String.valueOf(target.id())).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
		assertThat(audited.get(0)).contains("\"measure\":\"AUTO\"");
		assertThat(audited.get(1)).contains("\"measure\":\"LEVEL\"");
		assertThat(page(c, office)).containsPattern("<option value=\"LEVEL\" selected=\"selected\">");
		assertThat(mvc.perform(get("/admin/progress/commitments/{id}", c.id()).param("lang", "en").with(user(office)))
			.andReturn().getResponse().getContentAsString())
			.contains("Automatic (by the kind of target)").contains("Automatically: Cumulative");

		mvc.perform(post("/admin/progress/targets/{id}/measure", target.id()).param("measure", "AUTO")
			.with(user(office)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(light(year, c, target).reason()).startsWith("cumulative.");
		assertThat(jdbc.sql("select count(*) from progress_target_measure where target_id = ?").param(target.id())
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PROGRESS_TARGET_MEASURE' and entity_id = ?")
			.param(String.valueOf(target.id())).query(Long.class).single()).isEqualTo(2);
		assertThat(page(c, reporter)).doesNotContain("自动（按目标类型）");
	}

	/** A quantity target that the rule by kind, metric and unit reads as cumulative. */
	private static boolean cumulative(Target t) {
		ExtractedTarget d = t.definition();
		return d.kind() == TargetKind.QUANTITY && Measure.of(d.kind(), d.metric(), d.unit()) == Measure.CUMULATIVE;
	}

	private Verdict light(PlanYear year, Commitment c, Target target) {
		return board.ofYear(year).get(c.id()).targets().stream().filter(t -> t.targetId() == target.id()).findFirst()
			.orElseThrow().light();
	}

	private String page(Commitment c, UserDetails who) throws Exception {
		return mvc.perform(get("/admin/progress/commitments/{id}", c.id()).with(user(who))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private static MockHttpServletRequestBuilder file(Commitment c, String value) {
		MockHttpServletRequestBuilder request = post("/admin/progress/commitments/{id}/reports", c.id()).param("period", "6")
			.param("narrative", "按计划推进");
		ProgressSecurityTests.values(c).forEach((id, v) -> request.param("t" + id, v.isEmpty() ? "" : value));
		return request;
	}

	private long latestReport(long commitmentId) {
		return jdbc.sql("select max(id) from progress_report where commitment_id = ?").param(commitmentId)
			.query(Long.class).single();
	}

}
