package com.pledgeboard.progress;

import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.support.DataSnapshot;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every state-changing endpoint of progress refuses the anonymous, another department's users, the
 * wrong roles and requests without a CSRF token, and leaves the data and the audit trail as they were;
 * uploads refuse oversized, mislabelled and executable files; the office's choice of a target's measure
 * is refused outside reporting and for a target that is not a quantity.
 */
@SpringBootTest(properties = { "spring.mail.host=localhost", "spring.mail.port=" + ProgressTestSupport.MAIL_PORT,
		"pledgeboard.progress.reminders.cron=-" })
@AutoConfigureMockMvc
@Import(ProgressTestSupport.ClockConfig.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressSecurityTests extends WholeApplication {

	static final String OWN = "市文化广电旅游局";

	static final String OTHER = "市公安局";

	@Autowired
	ProgressReporting reporting;

	@Autowired
	ProgressTestSupport.TestClock clock;

	long fresh;

	long drafted;

	long draft;

	long submitted;

	long returnedCommitment;

	long noTargets;

	long quantityTarget;

	long draftYearTarget;

	List<Commitment> own;

	@BeforeAll
	void yearReportsAndUsers() {
		long year = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "p.txt", "330500", 2041,
				PlanYearState.PUBLISHED, false).planYearId();
		clock.set(LocalDateTime.of(2041, 7, 5, 9, 0));
		List<DepartmentEntry> entries = catalogue.entries(year);
		own = entries.stream().filter(e -> OWN.equals(e.name())).findFirst().orElseThrow().commitments().stream()
			.filter(c -> !CommitmentPlace.promises(c).isEmpty()).toList();
		assertThat(own).hasSizeGreaterThanOrEqualTo(4);
		noTargets = entries.stream().flatMap(e -> e.commitments().stream())
			.filter(c -> CommitmentPlace.promises(c).isEmpty()).findFirst().orElseThrow().id();
		fresh = own.get(0).id();
		drafted = own.get(1).id();
		reporter();
		approver();
		users.user("p-reporter-other", Role.REPORTER, OTHER);
		users.user("p-approver-other", Role.APPROVER, OTHER);
		users.user("p-rater", Role.RATER, null);
		users.user("p-office", Role.ADMIN, null);
		ProgressTestSupport.as(reporter(), () -> {
			draft = reporting.file(drafted, 6, values(own.get(1)), "草稿");
			submitted = reporting.file(own.get(2).id(), 6, values(own.get(2)), "待审");
			reporting.submit(submitted);
			long toReturn = reporting.file(own.get(3).id(), 6, values(own.get(3)), "将被退回");
			reporting.submit(toReturn);
			ProgressTestSupport.as(approver(), () -> reporting.sendBack(toReturn, "请补充佐证"));
		});
		returnedCommitment = own.get(3).id();
		quantityTarget = quantityTarget(own);
		long draftYear = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "p-draft.txt",
				"330500", 2049, PlanYearState.DRAFT, false).planYearId();
		draftYearTarget = quantityTarget(catalogue.entries(draftYear).stream().filter(e -> OWN.equals(e.name()))
			.findFirst().orElseThrow().commitments());
	}

	private static long quantityTarget(List<Commitment> commitments) {
		return commitments.stream().flatMap(c -> CommitmentPlace.promises(c).stream())
			.filter(t -> t.definition().kind() == TargetKind.QUANTITY).findFirst().orElseThrow().id();
	}

	@BeforeEach
	void midYear() {
		clock.set(LocalDateTime.of(2041, 7, 5, 9, 0));
	}

	UserDetails reporter() {
		return users.user("p-reporter-own", Role.REPORTER, OWN);
	}

	UserDetails approver() {
		return users.user("p-approver-own", Role.APPROVER, OWN);
	}

	static Map<Long, String> values(Commitment c) {
		return CommitmentPlace.promises(c).stream().collect(java.util.stream.Collectors.toMap(t -> t.id(),
				t -> switch (t.definition().kind()) {
					case DEADLINE -> "";
					case RANK -> "3";
					default -> "1";
				}));
	}

	static MockHttpServletRequestBuilder fileRequest(long commitmentId, Commitment c) {
		MockHttpServletRequestBuilder request = post("/admin/progress/commitments/{id}/reports", commitmentId)
			.param("period", "6").param("narrative", "进展顺利");
		values(c).forEach((id, v) -> request.param("t" + id, v));
		return request;
	}

	interface Change {

		AbstractMockHttpServletRequestBuilder<?> request(ProgressSecurityTests t);

	}

	Stream<Arguments> changes() {
		return Stream.of(
				Arguments.of("file a report", (Change) t -> fileRequest(t.fresh, t.own.get(0)), List.of("approver", "rater", "office")),
				Arguments.of("preview the lights", (Change) t -> fileRequest(t.fresh, t.own.get(0)).with(r -> {
					r.setRequestURI("/admin/progress/commitments/" + t.fresh + "/preview");
					return r;
				}), List.of("approver", "rater", "office")),
				Arguments.of("propose readings from the narrative", (Change) t -> fileRequest(t.fresh, t.own.get(0)).with(r -> {
					r.setRequestURI("/admin/progress/commitments/" + t.fresh + "/propose");
					return r;
				}), List.of("approver", "rater", "office")),
				Arguments.of("resubmit a returned report", (Change) t -> fileRequest(t.returnedCommitment, t.own.get(3)),
						List.of("approver", "rater", "office")),
				Arguments.of("upload evidence", (Change) t -> multipart("/admin/progress/reports/{id}/evidence", t.draft)
					.file(new MockMultipartFile("file", "a.pdf", "application/pdf", ProgressTestSupport.pdf())),
						List.of("approver", "rater", "office")),
				Arguments.of("submit", (Change) t -> post("/admin/progress/reports/{id}/submit", t.draft),
						List.of("approver", "rater", "office")),
				Arguments.of("approve", (Change) t -> post("/admin/progress/reports/{id}/approve", t.submitted),
						List.of("reporter", "rater", "office")),
				Arguments.of("return", (Change) t -> post("/admin/progress/reports/{id}/return", t.submitted)
					.param("comment", "不行"), List.of("reporter", "rater", "office")),
				Arguments.of("give a reviewer's light", (Change) t -> post("/admin/progress/commitments/{id}/light", t.noTargets)
					.param("light", "GREEN").param("reason", "按计划推进"), List.of("reporter", "approver")),
				Arguments.of("choose a target's measure", (Change) t -> post("/admin/progress/targets/{id}/measure",
						t.quantityTarget).param("measure", "LEVEL"), List.of("reporter", "approver", "rater")));
	}

	private UserDetails role(String name) {
		return switch (name) {
			case "reporter" -> reporter();
			case "approver" -> approver();
			case "rater" -> users.user("p-rater", Role.RATER, null);
			default -> users.user("p-office", Role.ADMIN, null);
		};
	}

	private String snapshot() throws Exception {
		return DataSnapshot.digest(jdbc, "select * from progress_report order by id", "select * from progress_reading order by report_id, target_id",
				"select id, sha256 from progress_evidence order by id", "select * from progress_report_evidence order by report_id, evidence_id",
				"select * from progress_reviewer_light order by id", "select * from progress_schedule order by plan_year_id",
				"select * from progress_target_measure order by target_id", "select count(*) from audit_entry");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseTheAnonymousAndChangeNothing(String name, Change change, List<String> wrong) throws Exception {
		assertRefusedAnonymous(this::snapshot, () -> change.request(this));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseAnotherDepartmentAndChangeNothing(String name, Change change, List<String> wrong) throws Exception {
		assertForbidden(this::snapshot, () -> change.request(this), List.of(users.user("p-reporter-other", Role.REPORTER, OTHER),
				users.user("p-approver-other", Role.APPROVER, OTHER)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseTheWrongRolesAndChangeNothing(String name, Change change, List<String> wrong) throws Exception {
		assertForbidden(this::snapshot, () -> change.request(this), wrong.stream().map(this::role).toList());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseARequestWithoutCsrfTokenAndChangeNothing(String name, Change change, List<String> wrong)
			throws Exception {
		assertForbiddenWithoutCsrf(this::snapshot, () -> change.request(this),
				List.of(role("reporter"), role("approver"), role("office")));
	}

	@Test
	void shouldLetOnlyTheOfficeChangeTheSchedule() throws Exception {
		String before = snapshot();
		for (String r : List.of("reporter", "approver", "rater")) {
			mvc.perform(post("/admin/progress/years/{id}/schedule", catalogue.findPlanYear("330500", 2041).orElseThrow().id())
				.param("cadence", "QUARTERLY").param("dueDays", "15").with(user(role(r))).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void shouldRefuseTheOfficesMeasureOutsideReportingOrForATargetNotAQuantity() throws Exception {
		String before = snapshot();
		UserDetails office = role("office");
		mvc.perform(post("/admin/progress/targets/{id}/measure", draftYearTarget).param("measure", "LEVEL")
			.with(user(office)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("problem")))
				.contains("不在公布或考评阶段"));
		long notQuantity = own.stream().flatMap(c -> CommitmentPlace.promises(c).stream())
			.filter(t -> t.definition().kind() != TargetKind.QUANTITY).findFirst().orElseThrow().id();
		mvc.perform(post("/admin/progress/targets/{id}/measure", notQuantity).param("measure", "CUMULATIVE")
			.with(user(office)).with(csrf()))
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("problem"))).contains("只有数量目标"));
		for (String measure : List.of("DEADLINE", "SOMETIMES")) {
			mvc.perform(post("/admin/progress/targets/{id}/measure", quantityTarget).param("measure", measure)
				.with(user(office)).with(csrf()))
				.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("problem"))).contains("请选择"));
		}
		mvc.perform(post("/admin/progress/targets/{id}/measure", Long.MAX_VALUE).param("measure", "LEVEL")
			.with(user(office)).with(csrf())).andExpect(status().isNotFound());
		assertThat(snapshot()).isEqualTo(before);
	}

	static Stream<Arguments> refusedUploads() {
		byte[] oversized = new byte[20 * 1024 * 1024 + 1];
		System.arraycopy(ProgressTestSupport.pdf(), 0, oversized, 0, ProgressTestSupport.pdf().length);
		return Stream.of(Arguments.of("oversized", new MockMultipartFile("file", "big.pdf", "application/pdf", oversized), "大小上限"),
				Arguments.of("a PNG named .pdf", new MockMultipartFile("file", "scan.pdf", "application/pdf", ProgressTestSupport.png()), "不符"),
				Arguments.of("a zip named .png", new MockMultipartFile("file", "photo.png", "image/png", ProgressTestSupport.zip("a.txt")), "不符"),
				Arguments.of("an executable named .pdf", new MockMultipartFile("file", "report.pdf", "application/pdf",
						ProgressTestSupport.windowsExecutable()), "可执行"),
				Arguments.of("a script named .docx", new MockMultipartFile("file", "x.docx", null,
						"#!/bin/sh\necho hi\n".getBytes()), "可执行"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedUploads")
	void shouldRefuseABadUploadWithAMessageAndStoreNothing(String name, MockMultipartFile file, String message)
			throws Exception {
		String before = snapshot();
		mvc.perform(multipart("/admin/progress/reports/{id}/evidence", draft).file(file).with(user(reporter())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("problem"))).contains(message));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void shouldServeEvidenceAsAnAttachmentToTheDepartmentOnly() throws Exception {
		mvc.perform(multipart("/admin/progress/reports/{id}/evidence", draft)
			.file(new MockMultipartFile("file", "台账.pdf", "application/pdf", ProgressTestSupport.pdf()))
			.with(user(reporter())).with(csrf())).andExpect(status().is3xxRedirection());
		long evidence = jdbc.sql("select max(id) from progress_evidence").query(Long.class).single();
		assertThat(jdbc.sql("select sha256 from progress_evidence where id = ?").param(evidence).query(String.class).single())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ProgressTestSupport.pdf())));
		mvc.perform(get("/admin/progress/evidence/{id}", evidence).with(user(approver())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(result -> assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment"));
		mvc.perform(get("/admin/progress/evidence/{id}", evidence).with(user(users.user("p-rater", Role.RATER, null))))
			.andExpect(status().isOk());
		mvc.perform(get("/admin/progress/evidence/{id}", evidence).with(user(users.user("p-reporter-other", Role.REPORTER, OTHER))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/progress/evidence/{id}", evidence)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/years/2041/evidence/{id}", evidence)).andExpect(status().isNotFound());
	}

	@Test
	void shouldRefuseAValueThatDoesNotFitItsTarget() throws Exception {
		String before = snapshot();
		MockHttpServletRequestBuilder request = post("/admin/progress/commitments/{id}/reports", fresh).param("period", "6")
			.param("narrative", "x");
		CommitmentPlace.promises(own.get(0)).forEach(t -> request.param("t" + t.id(), "很多"));
		mvc.perform(request.with(user(reporter())).with(csrf()))
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("problem"))).contains("目标1"));
		MockHttpServletRequestBuilder future = post("/admin/progress/commitments/{id}/reports", fresh).param("period", "9")
			.param("narrative", "x");
		ProgressSecurityTests.values(own.get(0)).forEach((id, v) -> future.param("t" + id, v));
		mvc.perform(future.with(user(reporter())).with(csrf()))
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("problem"))).contains("尚未开始"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void shouldPreviewEachTargetsLightWithoutSavingAndKeepWhatWasTyped() throws Exception {
		String before = snapshot();
		MockHttpServletRequestBuilder request = post("/admin/progress/commitments/{id}/preview", fresh).param("period", "6")
			.param("narrative", "上半年进展");
		values(own.get(0)).forEach((id, v) -> request.param("t" + id, v.isEmpty() ? "" : "1,0"));
		String page = mvc.perform(request.with(user(reporter())).with(csrf())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("审核通过后").contains("class=\"light light-").contains("value=\"1,0\"").contains("上半年进展");
		MockHttpServletRequestBuilder wrong = post("/admin/progress/commitments/{id}/preview", fresh).param("period", "6");
		CommitmentPlace.promises(own.get(0)).forEach(t -> wrong.param("t" + t.id(), "很多"));
		assertThat(mvc.perform(wrong.with(user(reporter())).with(csrf())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("目标1").contains("不是数字").doesNotContain("审核通过后");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void shouldProposeReadingsFromTheNarrativeWithTheirWordsMarkedWithoutSaving() throws Exception {
		String before = snapshot();
		List<com.pledgeboard.catalogue.Target> targets = CommitmentPlace.promises(own.get(0));
		long investment = targets.stream().filter(t -> t.definition().kind() == TargetKind.QUANTITY).findFirst()
			.orElseThrow().id();
		long rank = targets.stream().filter(t -> t.definition().kind() == TargetKind.RANK).findFirst().orElseThrow().id();
		MockHttpServletRequestBuilder request = post("/admin/progress/commitments/{id}/propose", fresh).param("period", "6")
			.param("narrative", "1-6月，全市重大文旅项目累计完成投资162.5亿元；项目投资指数居全省第二。")
			.param("t" + investment, "1").param("t" + rank, "");
		String page = mvc.perform(request.with(user(reporter())).with(csrf())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"t" + investment + "\"").contains("value=\"16250000000\"")
			.contains("value=\"2\"")
			.contains("<mark>重大文旅项目累计完成投资162.5亿元</mark>")
			.contains("<mark>项目投资指数居全省第二</mark>")
			.contains("1-6月，全市重大文旅项目累计完成投资162.5亿元");
		String none = mvc.perform(post("/admin/progress/commitments/{id}/propose", fresh).param("period", "6")
			.param("narrative", "召开推进会3次。").param("t" + investment, "7").with(user(reporter())).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(none).contains("进展情况中没有找到").contains("value=\"7\"").doesNotContain("<mark>");
		String empty = mvc.perform(post("/admin/progress/commitments/{id}/propose", fresh).param("period", "6")
			.param("narrative", "  ").with(user(reporter())).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(empty).contains("进展情况：不能为空");
		assertThat(mvc.perform(post("/admin/progress/commitments/{id}/propose", fresh).param("period", "6")
			.param("narrative", "1-6月，全市重大文旅项目累计完成投资162.5亿元。").param("lang", "en")
			.with(user(reporter())).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("Propose from the narrative").contains("filled in");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void shouldShowTheBackOfficePagesToTheirReaders() throws Exception {
		long year = catalogue.findPlanYear("330500", 2041).orElseThrow().id();
		mvc.perform(get("/admin/progress/years/{id}", year).with(user(users.user("p-office", Role.ADMIN, null))))
			.andExpect(status().isOk());
		mvc.perform(get("/admin/progress/commitments/{id}", submitted == 0 ? fresh : own.get(2).id()).with(user(approver())))
			.andExpect(status().isOk());
		mvc.perform(get("/admin/progress/commitments/{id}", fresh).with(user(users.user("p-reporter-other", Role.REPORTER, OTHER))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/progress/years/{id}/overdue.csv", year).with(user(users.user("p-office", Role.ADMIN, null))))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsByteArray()).startsWith(0xEF, 0xBB, 0xBF));
	}

}
