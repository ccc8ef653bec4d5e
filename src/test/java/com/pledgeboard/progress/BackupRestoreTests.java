package com.pledgeboard.progress;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.pledgeboard.PledgeboardApplication;
import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.audit.AuditFiles;
import com.pledgeboard.audit.AuditVerifier;
import com.pledgeboard.backup.BackupRefusedException;
import com.pledgeboard.backup.Backups;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.cli.CommandLineInterface;
import com.pledgeboard.documents.ExportFormat;
import com.pledgeboard.documents.TableExporter;
import com.pledgeboard.support.CapturingSmsGateway;
import com.pledgeboard.support.EmbeddedPostgresServer;
import com.pledgeboard.support.WholeApplication;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Backup and restore of a year with an approved report and its evidence file, public ratings and
 * the audit trail: backed up from H2, restored by the command line into a fresh PostgreSQL database,
 * where a server then shows the same public pages, JSON and exports, and {@code audit verify} reports
 * the same trail. A corrupted snapshot and a database in use are refused with nothing written. Here,
 * beside the progress tests, for their clock and report fixtures.
 */
@SpringBootTest(properties = { "spring.mail.host=localhost", "spring.mail.port=" + ProgressTestSupport.MAIL_PORT,
		"pledgeboard.progress.reminders.cron=-" })
@AutoConfigureMockMvc
@Import({ ProgressTestSupport.ClockConfig.class, CapturingSmsGateway.class })
class BackupRestoreTests extends WholeApplication {

	private static final int YEAR = 2044;

	@Autowired
	ProgressTestSupport.TestClock clock;

	@Autowired
	CapturingSmsGateway sms;

	@Autowired
	Backups backups;

	@Autowired
	TableExporter exporter;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	AuditFiles auditFiles;

	@TempDir
	Path dir;

	@Test
	void shouldRestoreAYearIntoAFreshPostgresqlDatabaseWithTheSamePagesExportsAndAuditTrail() throws Exception {
		long yearId = aYearWithAReportAndRatings();
		PlanYear year = catalogue.planYear(yearId).orElseThrow();
		Map<String, String> before = publicView(mvc);
		String json = new String(exporter.export(year, ExportFormat.JSON), StandardCharsets.UTF_8);
		String csv = new String(exporter.export(year, ExportFormat.CSV), StandardCharsets.UTF_8);
		String verified = verifier.verify().describe();
		assertThat(verified).startsWith("audit trail intact");

		Backups.Summary written = backups.backup(dir.resolve("snapshot.zip"));
		assertThat(written.rows()).containsKeys("progress_evidence", "public_rating", "audit_entry");
		assertThat(written.rows().get("public_rating")).isEqualTo(2);
		assertThat(written.rows().get("progress_evidence")).isEqualTo(1);

		// The operator's copy of the audit key file travels apart from the snapshot.
		Path home = Files.createDirectories(dir.resolve("restored-audit"));
		Files.copy(auditFiles.keyFile(), home.resolve("keys.properties"));
		String url = EmbeddedPostgresServer.newDatabase();
		Map<String, String> properties = Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
				"spring.datasource.password", "", "pledgeboard.audit.home", home.toString(), "pledgeboard.seed.enabled",
				"false");
		properties.forEach(System::setProperty);
		try {
			assertThat(cli(Locale.ENGLISH, "restore", dir.resolve("snapshot.zip").toString())).startsWith("0 restored ");
			assertThat(cli(Locale.ENGLISH, "audit", "verify")).isEqualTo("0 " + verified);
			assertThat(cli(Locale.ENGLISH, "restore", dir.resolve("snapshot.zip").toString()))
				.startsWith("1 restore: The database is not empty");
			try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(PledgeboardApplication.class,
					ProgressTestSupport.ClockConfig.class, CapturingSmsGateway.class)
				.web(WebApplicationType.SERVLET)
				.run("--server.port=0", "--pledgeboard.cache.version-ttl=0s")) {
				// Lights are judged against today: the same day on both sides.
				restored.getBean(ProgressTestSupport.TestClock.class).set(LocalDateTime.of(YEAR, 7, 5, 9, 0));
				MockMvc there = MockMvcBuilders.webAppContextSetup((WebApplicationContext) restored)
					.apply(springSecurity())
					.build();
				assertThat(publicView(there)).isEqualTo(before);
				PlanYear restoredYear = restored.getBean(Catalogue.class).planYear(yearId).orElseThrow();
				TableExporter restoredExporter = restored.getBean(TableExporter.class);
				assertThat(new String(restoredExporter.export(restoredYear, ExportFormat.JSON), StandardCharsets.UTF_8))
					.isEqualTo(json);
				assertThat(new String(restoredExporter.export(restoredYear, ExportFormat.CSV), StandardCharsets.UTF_8))
					.isEqualTo(csv);
				assertThat(restored.getBean(AuditVerifier.class).verify().describe()).isEqualTo(verified);
				long evidence = jdbc.sql("select id from progress_evidence").query(Long.class).single();
				assertThat(there.perform(get("/years/{y}/evidence/{id}", YEAR, evidence)).andExpect(status().isOk())
					.andReturn().getResponse().getContentAsByteArray()).isEqualTo(ProgressTestSupport.png());
			}
		}
		finally {
			properties.keySet().forEach(System::clearProperty);
		}
	}

	@Test
	void shouldRefuseACorruptedSnapshotAndWriteNothing() throws Exception {
		backups.backup(dir.resolve("snapshot"));
		Path table = dir.resolve("snapshot/tables/plan_year.jsonl");
		String rows = Files.readString(table);
		Files.writeString(table, rows.replaceFirst("PUBLISHED", "CLOSED"));
		String url = EmbeddedPostgresServer.newDatabase();
		Map<String, String> properties = Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
				"spring.datasource.password", "", "pledgeboard.audit.home", dir.resolve("audit").toString());
		properties.forEach(System::setProperty);
		try {
			assertThat(cli(Locale.ENGLISH, "restore", dir.resolve("snapshot").toString()))
				.isEqualTo("1 restore: The snapshot is corrupted: tables/plan_year.jsonl does not match its checksum.");
			assertThat(cli(Locale.SIMPLIFIED_CHINESE, "restore", dir.resolve("snapshot").toString()))
				.isEqualTo("1 restore: 快照已损坏：tables/plan_year.jsonl与其校验和不符。");
			try (var connection = java.sql.DriverManager.getConnection(url, "postgres", "");
					var rs = connection.createStatement().executeQuery("select count(*) from plan_year")) {
				rs.next();
				assertThat(rs.getLong(1)).isZero();
			}
		}
		finally {
			properties.keySet().forEach(System::clearProperty);
		}
		assertThatThrownBy(() -> backups.restore(dir.resolve("snapshot")))
			.isInstanceOfSatisfying(BackupRefusedException.class,
					ex -> assertThat(ex.reason().code()).isEqualTo("backup.refused.corrupted"));
	}

	@Test
	void shouldNeverWriteIntoAnExistingSnapshot() throws Exception {
		Files.writeString(Files.createDirectories(dir.resolve("used")).resolve("x"), "x");
		assertThatThrownBy(() -> backups.backup(dir.resolve("used")))
			.isInstanceOfSatisfying(BackupRefusedException.class,
					ex -> assertThat(ex.reason().code()).isEqualTo("backup.refused.notEmpty"));
	}

	/** Exit status, a space, and what the command printed for a reader of the language given. */
	private static String cli(Locale reader, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status = CommandLineInterface.run(args, new PrintWriter(out, true), new PrintWriter(err, true), reader);
		return status + " " + (out + err.toString()).strip();
	}

	private Map<String, String> publicView(MockMvc on) throws Exception {
		Map<String, String> pages = new LinkedHashMap<>();
		for (String path : List.of("/years/" + YEAR, "/years/" + YEAR + "/departments/" + ProgressSecurityTests.OWN,
				"/api/v1/years/" + YEAR + "/departments", "/api/v1/years/" + YEAR,
				"/api/v1/years/" + YEAR + "/departments/" + ProgressSecurityTests.OWN)) {
			String body = on.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			pages.put(path, body.replaceAll("nonce=\"[^\"]*\"", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));
		}
		return pages;
	}

	private long aYearWithAReportAndRatings() throws Exception {
		long yearId = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "b.txt", "330500", YEAR,
				PlanYearState.PUBLISHED, false).planYearId();
		clock.set(LocalDateTime.of(YEAR, 7, 5, 9, 0));
		var reporter = users.user("b-reporter", Role.REPORTER, ProgressSecurityTests.OWN);
		var approver = users.user("b-approver", Role.APPROVER, ProgressSecurityTests.OWN);
		var office = users.user("b-office", Role.ADMIN, null);
		Commitment c = catalogue.entries(yearId).stream().filter(e -> ProgressSecurityTests.OWN.equals(e.name()))
			.findFirst().orElseThrow().commitments().stream().filter(x -> !CommitmentPlace.promises(x).isEmpty())
			.findFirst().orElseThrow();
		var filing = post("/admin/progress/commitments/{id}/reports", c.id()).param("period", "6")
			.param("narrative", "已建成城市书房8家");
		ProgressSecurityTests.values(c).forEach((id, v) -> filing.param("t" + id, v.isEmpty() ? "" : "8"));
		mvc.perform(filing.with(user(reporter)).with(csrf())).andExpect(status().is3xxRedirection());
		long report = jdbc.sql("select max(id) from progress_report").query(Long.class).single();
		mvc.perform(multipart("/admin/progress/reports/{id}/evidence", report)
			.file(new MockMultipartFile("file", "照片.png", "image/png", ProgressTestSupport.png()))
			.param("publicFile", "true").with(user(reporter)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/progress/reports/{id}/submit", report).with(user(reporter)).with(csrf()));
		mvc.perform(post("/admin/progress/reports/{id}/approve", report).with(user(approver)).with(csrf()));
		assertThat(jdbc.sql("select state from progress_report where id = ?").param(report).query(String.class).single())
			.isEqualTo("APPROVED");
		mvc.perform(post("/admin/years/{id}/transition", yearId).param("to", "ASSESSING").param("reason", "年终考评")
			.param("confirmed", "true").with(user(office)).with(csrf())).andExpect(status().is3xxRedirection());
		List<DepartmentEntry> entries = catalogue.entries(yearId);
		Cookie session = mvc.perform(get("/years/{y}/evaluate", YEAR)).andReturn().getResponse().getCookie("SESSION");
		String mobile = "13912340000";
		mvc.perform(post("/evaluate/{y}/code", YEAR).param("mobile", mobile).cookie(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/evaluate/{y}/rate", YEAR).param("code", sms.lastCode(mobile))
			.param("choice-" + entries.get(0).id(), "SATISFIED").param("choice-" + entries.get(1).id(), "UNSATISFIED")
			.cookie(session).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from public_rating where plan_year_id = ?").param(yearId).query(Long.class)
			.single()).isEqualTo(2);
		return yearId;
	}

}
