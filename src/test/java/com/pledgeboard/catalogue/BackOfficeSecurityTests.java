package com.pledgeboard.catalogue;

import java.util.List;
import java.util.stream.Stream;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.support.DataSnapshot;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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
 * Every state-changing endpoint of the back office refuses the anonymous, another department's users,
 * users of the wrong role and requests without a CSRF token, and leaves the data as it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackOfficeSecurityTests extends WholeApplication {

	long draftYear;

	long commitment;

	long target;

	@BeforeAll
	void draftYearAndUsers() {
		draftYear = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "draft.txt", "330500",
				2031, PlanYearState.DRAFT, false).planYearId();
		DepartmentEntry entry = catalogue.entries(draftYear).stream().filter(e -> OWN.equals(e.name())).findFirst().orElseThrow();
		Commitment c = entry.commitments().stream().filter(x -> !x.targets().isEmpty()).findFirst().orElseGet(() -> {
			throw new IllegalStateException("the draft year needs a commitment with targets");
		});
		commitment = c.id();
		target = c.targets().get(0).id();
		// Every user exists before any test takes a snapshot of the data.
		reporter();
		users.user("reporter-other", Role.REPORTER, OTHER);
		users.user("approver-own", Role.APPROVER, OWN);
		users.user("rater", Role.RATER, null);
		users.user("office", Role.ADMIN, null);
	}

	private UserDetails reporter() {
		return users.user("reporter-own", Role.REPORTER, OWN);
	}

	Stream<Arguments> changes() {
		return Stream.of(
				Arguments.of("edit commitment", (Change) t -> post("/admin/commitments/{id}", t.commitment)
					.param("title", "改过的标题").param("description", "改过的描述")),
				Arguments.of("add target", (Change) t -> post("/admin/commitments/{id}/targets", t.commitment)
					.param("kind", "quantity").param("metric", "新指标").param("op", ">=").param("value", "5")
					.param("unit", "个")),
				Arguments.of("edit target", (Change) t -> post("/admin/targets/{id}", t.target).param("kind", "quantity")
					.param("metric", "改过的指标").param("op", "=").param("value", "7").param("unit", "个")),
				Arguments.of("confirm target", (Change) t -> post("/admin/targets/{id}/confirm", t.target)),
				Arguments.of("delete target", (Change) t -> post("/admin/targets/{id}/delete", t.target)));
	}

	interface Change {

		MockHttpServletRequestBuilder request(BackOfficeSecurityTests t);

	}

	private String snapshot() throws Exception {
		return DataSnapshot.digest(jdbc, "select * from commitment order by id", "select * from target order by id",
				"select id, state from plan_year order by id",
				"select id, username, role, department_id, enabled, password_hash from app_user order by id");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseTheAnonymousAndChangeNothing(String name, Change change) throws Exception {
		assertRefusedAnonymous(this::snapshot, () -> change.request(this));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseAnotherDepartmentsReporterAndChangeNothing(String name, Change change) throws Exception {
		assertForbidden(this::snapshot, () -> change.request(this), List.of(users.user("reporter-other", Role.REPORTER, OTHER)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseTheWrongRolesAndChangeNothing(String name, Change change) throws Exception {
		assertForbidden(this::snapshot, () -> change.request(this),
				List.of(users.user("approver-own", Role.APPROVER, OWN), users.user("rater", Role.RATER, null)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseARequestWithoutCsrfTokenAndChangeNothing(String name, Change change) throws Exception {
		assertForbiddenWithoutCsrf(this::snapshot, () -> change.request(this), List.of(reporter()));
	}

	@Test
	void shouldLetTheOwnReporterEditAndAuditIt() throws Exception {
		long audited = jdbcCount("audit_entry");
		mvc.perform(post("/admin/commitments/{id}", commitment).param("title", "新的标题").param("description", "新的描述")
			.with(user(reporter())).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select title from commitment where id = ?").param(commitment).query(String.class).single())
			.isEqualTo("新的标题");
		assertThat(jdbcCount("audit_entry")).isGreaterThan(audited);
	}

	@Test
	void shouldRefuseAnInvalidTargetWithAMessageAndChangeNothing() throws Exception {
		String before = snapshot();
		mvc.perform(post("/admin/commitments/{id}/targets", commitment).param("kind", "deadline").param("metric", "x")
			.param("op", "=").param("value", "3").param("date", "13-45").with(user(reporter())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("problem"))).contains("日期")
				.contains("时限目标不填数值"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void shouldRefuseEditsAfterDraftEvenToTheOwnReporter() throws Exception {
		PlanYear published = catalogue.findPlanYear("330500", 2022).orElseThrow();
		long publishedCommitment = catalogue.entries(published.id()).stream().filter(e -> OWN.equals(e.name()))
			.findFirst().orElseThrow().commitments().get(0).id();
		String before = snapshot();
		mvc.perform(post("/admin/commitments/{id}", publishedCommitment).param("title", "t").param("description", "d")
			.with(user(reporter())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("problem"))).contains("草稿"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void shouldLetOnlyTheAssessmentOfficeMoveAYearOn() throws Exception {
		String before = snapshot();
		for (UserDetails notAdmin : List.of(reporter(), users.user("approver-own", Role.APPROVER, OWN),
				users.user("rater", Role.RATER, null))) {
			mvc.perform(post("/admin/years/{id}/transition", draftYear).param("to", "RATING").param("reason", "r")
				.param("confirmed", "true").with(user(notAdmin)).with(csrf())).andExpect(status().isForbidden());
		}
		mvc.perform(post("/admin/years/{id}/transition", draftYear).param("to", "RATING").param("reason", "r")
			.param("confirmed", "true").with(csrf())).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/admin/years/{id}/transition", draftYear).param("to", "RATING").param("reason", "r")
			.param("confirmed", "true").with(user(users.user("office", Role.ADMIN, null))))
			.andExpect(status().isForbidden());
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void shouldRefuseToSkipAStageOrMoveWithoutAReason() throws Exception {
		UserDetails office = users.user("office", Role.ADMIN, null);
		String before = snapshot();
		mvc.perform(post("/admin/years/{id}/transition", draftYear).param("to", "PUBLISHED").param("reason", "skip")
			.param("confirmed", "true").with(user(office)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/years/{id}/transition", draftYear).param("to", "RATING").param("reason", " ")
			.param("confirmed", "true").with(user(office)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/years/{id}/transition", draftYear).param("to", "RATING").param("reason", "ok")
			.with(user(office)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void shouldMoveAYearOnOneStepWithItsReasonInTheAuditTrail() throws Exception {
		long year = importer.importTable(TestResources.bytes("fixtures/unknown-department.txt"), "move.txt", "330500",
				2036, PlanYearState.DRAFT, false).planYearId();
		mvc.perform(post("/admin/years/{id}/transition", year).param("to", "RATING").param("reason", "草稿审核完毕")
			.param("override", "true").param("overrideReason", "目标留待确认")
			.param("confirmed", "true").with(user(users.user("office", Role.ADMIN, null))).with(csrf()))
			.andExpect(redirectedUrl("/admin/years/" + year));
		assertThat(catalogue.planYear(year).orElseThrow().state()).isEqualTo(PlanYearState.RATING);
		assertThat(jdbc.sql("select after_json from audit_entry where action = 'PLAN_YEAR_STATE' and entity_id = ?")
			.param(String.valueOf(year)).query(String.class).single()).contains("RATING").contains("草稿审核完毕");
		mvc.perform(get("/admin/entries/{id}", catalogue.entries(year).get(0).id())
			.with(user(users.user("office", Role.ADMIN, null))))
			.andExpect(status().isOk());
	}

	@Test
	void shouldNotShowADraftEntryToAnotherDepartment() throws Exception {
		long entry = catalogue.entries(draftYear).stream().filter(e -> OWN.equals(e.name())).findFirst().orElseThrow().id();
		mvc.perform(get("/admin/entries/{id}", entry).with(user(users.user("reporter-other", Role.REPORTER, OTHER))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/entries/{id}", entry)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/entries/{id}", entry).with(user(reporter()))).andExpect(status().isOk());
		mvc.perform(get("/years/2031")).andExpect(status().isNotFound());
	}

	private long jdbcCount(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
