package com.pledgeboard.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.i18n.Forbidden;
import com.pledgeboard.i18n.Refused;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.support.DataSnapshot;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every change of final readings refuses the anonymous, department users (another department's and the
 * own alike: they read, never write), a committee member where only the office may change, requests
 * without a CSRF token, and any change to a year not being assessed (published, or closed and frozen),
 * each leaving the data as it was. Shares the context of {@link FinalReadingsWebTests}.
 */
@SpringBootTest(properties = "pledgeboard.test.context=final-readings")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinalReadingsSecurityTests extends WholeApplication {

	@Autowired
	ScoringStore stored;

	/** A year in each state that matters: the one where changes are made, and two where none are. */
	Subjects assessing;

	Subjects published;

	Subjects closed;

	/**
	 * A plan year, a target of the own department entered by hand (so that a clear would change it) and a
	 * commitment without measurable targets.
	 */
	record Subjects(long year, long target, long commitment) {
	}

	@BeforeAll
	void yearsAndUsers() {
		assessing = subjects(2065, PlanYearState.ASSESSING);
		published = subjects(2066, PlanYearState.PUBLISHED);
		closed = subjects(2067, PlanYearState.CLOSED);
		// Every user exists before any test takes a snapshot of the data.
		for (String who : List.of("office", "rater", "reporter-other", "approver-other", "reporter-own", "approver-own")) {
			named(who);
		}
	}

	private Subjects subjects(int number, PlanYearState state) {
		long year = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "fr-" + number + ".txt",
				"330500", number, state, false).planYearId();
		DepartmentEntry own = catalogue.entry(year, OWN).orElseThrow();
		Target target = own.commitments().stream().flatMap(c -> c.targets().stream())
			.filter(t -> !t.definition().isBaseline() && t.definition().kind() != TargetKind.DEADLINE)
			.findFirst()
			.orElseThrow();
		Commitment withoutTargets = catalogue.entries(year).stream().flatMap(e -> e.commitments().stream())
			.filter(c -> c.targets().stream().allMatch(t -> t.definition().isBaseline()))
			.findFirst()
			.orElseThrow();
		stored.recordTarget(year, target.id(), BigDecimal.TEN, null, null, "核定");
		return new Subjects(year, target.id(), withoutTargets.id());
	}

	private UserDetails named(String who) {
		return switch (who) {
			case "office" -> users.user("frs-office", Role.ADMIN, null);
			case "rater" -> users.user("frs-rater", Role.RATER, null);
			case "reporter-other" -> users.user("frs-reporter-other", Role.REPORTER, OTHER);
			case "approver-other" -> users.user("frs-approver-other", Role.APPROVER, OTHER);
			case "reporter-own" -> users.user("frs-reporter-own", Role.REPORTER, OWN);
			default -> users.user("frs-approver-own", Role.APPROVER, OWN);
		};
	}

	interface Change {

		MockHttpServletRequestBuilder request(Subjects s);

	}

	private static final List<String> DEPARTMENTS = List.of("reporter-other", "approver-other", "reporter-own", "approver-own");

	/** Each change with the signed-in users that must be refused it. */
	Stream<Arguments> changes() {
		List<String> notOffice = Stream.concat(DEPARTMENTS.stream(), Stream.of("rater")).toList();
		return Stream.of(
				Arguments.of("enter a reading", (Change) s -> post("/admin/years/{y}/final-readings/targets/{t}", s.year(), s.target())
					.param("value", "99").param("reason", "核定"), notOffice),
				Arguments.of("clear a reading", (Change) s -> post("/admin/years/{y}/final-readings/targets/{t}/clear", s.year(),
						s.target()), notOffice),
				Arguments.of("grade a commitment", (Change) s -> post("/admin/years/{y}/final-readings/commitments/{c}/grade",
						s.year(), s.commitment()).param("grade", "DONE").param("comment", "已完成"), DEPARTMENTS));
	}

	private String snapshot() {
		return DataSnapshot.digest(jdbc, "select * from final_reading order by id", "select count(*) from audit_entry");
	}

	@Autowired
	HandReadings readings;

	/** The public methods another module grades through refuse as the form does: departments' users. */
	@Test
	void shouldRefuseDepartmentsTheServiceMethodsOtherModulesGradeThrough() {
		String before = snapshot();
		try {
			for (String who : DEPARTMENTS) {
				signIn(named(who));
				assertThatThrownBy(() -> readings.awaitingGrade(assessing.year())).as(who)
					.isInstanceOf(Forbidden.class);
				assertThatThrownBy(() -> readings.grade(assessing.year(), assessing.commitment(),
						HandReadings.Completion.DONE, null)).as(who).isInstanceOf(Forbidden.class);
			}
			assertThat(snapshot()).isEqualTo(before);
			signIn(named("rater"));
			assertThat(readings.awaitingGrade(assessing.year())).contains(assessing.commitment());
			assertThatThrownBy(() -> readings.grade(closed.year(), closed.commitment(), HandReadings.Completion.DONE, null))
				.isInstanceOf(Refused.class);
			assertThat(snapshot()).isEqualTo(before);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void signIn(UserDetails user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseTheAnonymousAndChangeNothing(String name, Change change, List<String> wrong) throws Exception {
		assertRefusedAnonymous(this::snapshot, () -> change.request(assessing));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseDepartmentsAndTheWrongRolesAndChangeNothing(String name, Change change, List<String> wrong)
			throws Exception {
		assertForbidden(this::snapshot, () -> change.request(assessing), wrong.stream().map(this::named).toList());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseARequestWithoutCsrfTokenAndChangeNothing(String name, Change change, List<String> wrong)
			throws Exception {
		assertForbiddenWithoutCsrf(this::snapshot, () -> change.request(assessing), List.of(named("office"), named("rater")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseAChangeToAYearNotBeingAssessedAndChangeNothing(String name, Change change, List<String> wrong)
			throws Exception {
		String before = snapshot();
		mvc.perform(change.request(published).with(user(named("office"))).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("problem"))).contains("已发布")
				.contains("只能在考评阶段"));
		mvc.perform(change.request(closed).with(user(named("office"))).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("problem"))).contains("已冻结"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseATargetOrCommitmentOfAnotherYearAndChangeNothing(String name, Change change, List<String> wrong)
			throws Exception {
		String before = snapshot();
		Subjects mixed = new Subjects(assessing.year(), published.target(), published.commitment());
		mvc.perform(change.request(mixed).with(user(named("office"))).with(csrf())).andExpect(status().isNotFound());
		assertThat(snapshot()).isEqualTo(before);
	}

}
