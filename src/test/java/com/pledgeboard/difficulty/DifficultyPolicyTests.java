package com.pledgeboard.difficulty;

import java.util.List;

import org.junit.jupiter.api.Test;

import static com.pledgeboard.support.PolicyUsers.OWN;
import static com.pledgeboard.support.PolicyUsers.OTHER;
import static com.pledgeboard.support.PolicyUsers.OFFICE;
import static com.pledgeboard.support.PolicyUsers.RATER;
import static com.pledgeboard.support.PolicyUsers.REPORTER;
import static com.pledgeboard.support.PolicyUsers.APPROVER;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules of who may do what with difficulty coefficients, one by one, without Spring. */
class DifficultyPolicyTests {

	@Test
	void shouldLetTheDepartmentsReporterProposeAndItsLeaderSubmit() {
		assertThat(DifficultyPolicy.canPropose(REPORTER, OWN)).isTrue();
		assertThat(DifficultyPolicy.canPropose(REPORTER, OTHER)).isFalse();
		assertThat(List.of(OFFICE, RATER, APPROVER)).noneMatch(u -> DifficultyPolicy.canPropose(u, OWN));
		assertThat(DifficultyPolicy.canSubmit(APPROVER, OWN)).isTrue();
		assertThat(DifficultyPolicy.canSubmit(APPROVER, OTHER)).isFalse();
		assertThat(List.of(OFFICE, RATER, REPORTER)).noneMatch(u -> DifficultyPolicy.canSubmit(u, OWN));
	}

	@Test
	void shouldLetOnlyRatersRateAndOnlyTheOfficeManage() {
		assertThat(DifficultyPolicy.canRate(RATER)).isTrue();
		assertThat(List.of(OFFICE, REPORTER, APPROVER)).noneMatch(DifficultyPolicy::canRate);
		assertThat(DifficultyPolicy.canManage(OFFICE)).isTrue();
		assertThat(List.of(RATER, REPORTER, APPROVER)).noneMatch(DifficultyPolicy::canManage);
	}

	@Test
	void shouldShowAnUnsubmittedProposalToTheOfficeAndTheDepartmentOnly() {
		assertThat(List.of(OFFICE, REPORTER, APPROVER)).allMatch(u -> DifficultyPolicy.seesProposal(u, OWN));
		assertThat(DifficultyPolicy.seesProposal(RATER, OWN)).isFalse();
		assertThat(DifficultyPolicy.seesProposal(REPORTER, OTHER)).isFalse();
	}

	@Test
	void shouldShowTheCalibrationToRatersOnlyOnceTheRatingIsOver() {
		assertThat(DifficultyPolicy.canCalibrate(OFFICE, false)).isTrue();
		assertThat(DifficultyPolicy.canCalibrate(RATER, false)).isFalse();
		assertThat(DifficultyPolicy.canCalibrate(RATER, true)).isTrue();
		assertThat(List.of(REPORTER, APPROVER)).noneMatch(u -> DifficultyPolicy.canCalibrate(u, true));
	}

	@Test
	void shouldLetEveryoneButOtherDepartmentsReadAnEntry() {
		assertThat(List.of(OFFICE, RATER, REPORTER, APPROVER)).allMatch(u -> DifficultyPolicy.canRead(u, OWN));
		assertThat(List.of(REPORTER, APPROVER)).noneMatch(u -> DifficultyPolicy.canRead(u, OTHER));
	}

}
