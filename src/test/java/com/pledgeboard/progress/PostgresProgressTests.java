package com.pledgeboard.progress;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.progress.rules.Light;
import com.pledgeboard.support.CapturingSmsGateway;
import com.pledgeboard.support.EmbeddedPostgresServer;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Progress on a real PostgreSQL server: a report filed with readings and a PDF, submitted and approved,
 * counted for the light, and shown with its public file on the portal; the office's pages and the
 * overdue export run their queries there too.
 */
@SpringBootTest(properties = { "spring.mail.host=localhost", "spring.mail.port=" + ProgressTestSupport.MAIL_PORT,
		"pledgeboard.progress.reminders.cron=-" })
@AutoConfigureMockMvc
@Import({ ProgressTestSupport.ClockConfig.class, CapturingSmsGateway.class })
class PostgresProgressTests extends WholeApplication {

	private static final int YEAR = 2088;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresServer.useNewDatabase(registry);
	}

	@Autowired
	ProgressBoard board;

	@Autowired
	ProgressTestSupport.TestClock clock;

	@Test
	void shouldFileApproveWithEvidenceAndLightTheCommitmentOnPostgresql() throws Exception {
		assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
		long yearId = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "pg.txt", "330500",
				YEAR, PlanYearState.PUBLISHED, false).planYearId();
		clock.set(LocalDateTime.of(YEAR, 2, 5, 9, 0));
		PlanYear year = catalogue.planYear(yearId).orElseThrow();
		UserDetails reporter = users.user("pg-reporter", Role.REPORTER, ProgressSecurityTests.OWN);
		UserDetails approver = users.user("pg-approver", Role.APPROVER, ProgressSecurityTests.OWN);
		Commitment c = ProgressJourneyTests.measurableCommitment(catalogue, yearId);
		Map<Long, String> onPace = ProgressJourneyTests.onPaceReadings(c);

		MockHttpServletRequestBuilder file = post("/admin/progress/commitments/{id}/reports", c.id()).param("period", "1")
			.param("narrative", "一月进展顺利");
		onPace.forEach((id, value) -> file.param("t" + id, value));
		mvc.perform(file.with(user(reporter)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("done", "progress.done.filed"));
		long report = jdbc.sql("select max(id) from progress_report where commitment_id = ?").param(c.id())
			.query(Long.class).single();
		byte[] pdf = ProgressJourneyTests.minimalPdf();
		mvc.perform(multipart("/admin/progress/reports/{id}/evidence", report)
			.file(new MockMultipartFile("file", "一月进展.pdf", "application/pdf", pdf))
			.param("publicFile", "true").with(user(reporter)).with(csrf()))
			.andExpect(flash().attribute("done", "progress.done.uploaded"));
		mvc.perform(post("/admin/progress/reports/{id}/submit", report).with(user(reporter)).with(csrf()))
			.andExpect(flash().attribute("done", "progress.done.submitted"));
		mvc.perform(get("/admin/progress/years/{id}", yearId).with(user(approver))).andExpect(status().isOk());
		mvc.perform(post("/admin/progress/reports/{id}/approve", report).param("comment", "已核实")
			.with(user(approver)).with(csrf())).andExpect(flash().attribute("done", "progress.done.approved"));

		assertThat(jdbc.sql("select state from progress_report where id = ?").param(report).query(String.class).single())
			.isEqualTo("APPROVED");
		CommitmentProgress progress = board.ofYear(year).get(c.id());
		assertThat(progress.latestPeriod()).isEqualTo(1);
		assertThat(progress.light().light()).isEqualTo(Light.GREEN);
		assertThat(progress.targets()).allSatisfy(t -> assertThat(t.light().light()).isEqualTo(Light.GREEN));

		String html = mvc.perform(get("/years/{y}/departments/{name}", YEAR, ProgressSecurityTests.OWN))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("一月进展顺利").contains("一月进展.pdf").contains("light-GREEN");
		long evidence = jdbc.sql("select evidence_id from progress_report_evidence where report_id = ?").param(report)
			.query(Long.class).single();
		byte[] download = mvc.perform(get("/years/{y}/evidence/{id}", YEAR, evidence)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(download).isEqualTo(pdf);
		mvc.perform(get("/admin/progress/commitments/{id}", c.id()).with(user(approver))).andExpect(status().isOk());
		mvc.perform(get("/admin/progress/years/{id}/overdue.csv", yearId).with(user(approver)))
			.andExpect(status().isOk());

		// The read models progress reads the catalogue and account through (V74, V75) say on PostgreSQL
		// what the owners' own API says.
		long commitments = catalogue.entries(yearId).stream().mapToLong(e -> e.commitments().size()).sum();
		assertThat(jdbc.sql("select count(*) from v_commitment_scope where plan_year_id = ?").param(yearId)
			.query(Long.class).single()).isEqualTo(commitments);
		var entry = catalogue.entries(yearId).stream().filter(e -> e.commitments().contains(c)).findFirst().orElseThrow();
		assertThat(jdbc.sql("""
				select entry_id, department_id, department_name, commitment_no, commitment_title, year_number, year_state
				from v_commitment_scope where commitment_id = ?""")
			.param(c.id())
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5),
					rs.getInt(6), rs.getString(7)))
			.single()).isEqualTo(List.of(entry.id(), entry.departmentId(), entry.displayName(), c.no(), c.title(), YEAR,
					"PUBLISHED"));
		assertThat(jdbc.sql("select target_id from v_target_scope where commitment_id = ? and plan_year_id = ?")
			.params(c.id(), yearId).query(Long.class).set())
			.isEqualTo(c.targets().stream().map(t -> t.id()).collect(java.util.stream.Collectors.toSet()));
		assertThat(jdbc.sql("""
				select v.display_name from progress_report r join v_user_display_name v on v.user_id = r.decided_by
				where r.id = ?""").param(report).query(String.class).single())
			.isEqualTo(accounts.find("pg-approver").orElseThrow().displayName());
	}

}
