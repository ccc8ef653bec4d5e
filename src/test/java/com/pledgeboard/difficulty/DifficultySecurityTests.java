package com.pledgeboard.difficulty;

import java.util.List;
import java.util.stream.Stream;

import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every state-changing endpoint of the difficulty refuses the anonymous, another department's users,
 * users of the wrong role and requests without a CSRF token, and leaves the data as it was. Each
 * request would be accepted from the right user: the refusals are about who asks, not about the year.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DifficultySecurityTests extends WholeApplication {

	DifficultyFixture fixture;

	long draftYear;

	long draftEntry;

	long ratingYear;

	long ratingEntry;

	@BeforeAll
	void yearsAndUsers() throws Exception {
		fixture = new DifficultyFixture(importer, catalogue, jdbc, users);
		draftYear = fixture.draftYear(2071);
		draftEntry = fixture.entry(draftYear, DifficultyFixture.OWN);
		ratingYear = fixture.draftYear(2072);
		ratingEntry = fixture.entry(ratingYear, DifficultyFixture.OWN);
		fixture.move(mvc, ratingYear, PlanYearState.RATING);
		// Every user exists before any test takes a snapshot, and the own reporter has a proposal to submit.
		List.of(fixture.reporter(), fixture.approver(), fixture.otherReporter(), fixture.otherApprover(),
				fixture.rater(1), fixture.admin());
		mvc.perform(post("/admin/entries/{id}/difficulty/self", draftEntry).param("value", "1.30")
			.param("justification", "任务重").with(user(fixture.reporter())).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	interface Change {

		MockHttpServletRequestBuilder request(DifficultySecurityTests t);

	}

	/** Each change with the users of another department and of the wrong roles it must refuse. */
	Stream<Arguments> changes() {
		DifficultyFixture f = fixture;
		return Stream.of(
				Arguments.of("settings", (Change) t -> post("/admin/years/{id}/difficulty/settings", t.draftYear)
					.param("min", "1.00").param("max", "1.40").param("step", "0.01").param("level", "DEPARTMENT"),
						f.otherReporter(), List.of(f.reporter(), f.approver(), f.rater(1))),
				Arguments.of("propose", (Change) t -> post("/admin/entries/{id}/difficulty/self", t.draftEntry)
					.param("value", "1.40").param("justification", "改过"), f.otherReporter(),
						List.of(f.approver(), f.rater(1), f.admin())),
				Arguments.of("submit", (Change) t -> post("/admin/entries/{id}/difficulty/self/submit", t.draftEntry),
						f.otherApprover(), List.of(f.reporter(), f.rater(1), f.admin())),
				Arguments.of("rate", (Change) t -> post("/admin/entries/{id}/difficulty/rating", t.ratingEntry)
					.param("value", "1.30").param("comment", "评语"), f.otherReporter(),
						List.of(f.reporter(), f.approver(), f.admin())),
				Arguments.of("override", (Change) t -> post("/admin/entries/{id}/difficulty/override", t.ratingEntry)
					.param("value", "1.30").param("reason", "理由"), f.otherReporter(),
						List.of(f.rater(1), f.reporter(), f.approver())),
				Arguments.of("close", (Change) t -> post("/admin/years/{id}/difficulty/close", t.ratingYear)
					.param("confirmed", "true"), f.otherApprover(), List.of(f.rater(1), f.reporter(), f.approver())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseTheAnonymousAndChangeNothing(String name, Change change, UserDetails other,
			List<UserDetails> wrong) throws Exception {
		assertRefusedAnonymous(fixture::snapshot, () -> change.request(this));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseAnotherDepartmentsUserAndChangeNothing(String name, Change change, UserDetails other,
			List<UserDetails> wrong) throws Exception {
		assertForbidden(fixture::snapshot, () -> change.request(this), List.of(other));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseTheWrongRolesAndChangeNothing(String name, Change change, UserDetails other,
			List<UserDetails> wrong) throws Exception {
		assertForbidden(fixture::snapshot, () -> change.request(this), wrong);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldRefuseARequestWithoutCsrfTokenAndChangeNothing(String name, Change change, UserDetails other,
			List<UserDetails> wrong) throws Exception {
		assertForbiddenWithoutCsrf(fixture::snapshot, () -> change.request(this),
				List.of(fixture.admin(), fixture.reporter(), fixture.approver(), fixture.rater(1)));
	}

}
