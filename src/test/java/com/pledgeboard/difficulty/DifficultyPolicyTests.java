package com.pledgeboard.difficulty;

import java.util.List;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.SignedInUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of who may do what with difficulty coefficients, one by one, without Spring. */
class DifficultyPolicyTests {

	private static final long OWN = 7;

	private static final long OTHER = 8;

	private final SignedInUser office = SignedInUser.of(1, "office", Role.ADMIN, null);

	private final SignedInUser rater = SignedInUser.of(2, "rater", Role.RATER, null);

	private final SignedInUser reporter = SignedInUser.of(3, "reporter", Role.REPORTER, OWN);

	private final SignedInUser approver = SignedInUser.of(4, "approver", Role.APPROVER, OWN);

	@Test
	void shouldLetTheDepartmentsReporterProposeAndItsLeaderSubmit() {
		assertThat(DifficultyPolicy.canPropose(reporter, OWN)).isTrue();
		assertThat(DifficultyPolicy.canPropose(reporter, OTHER)).isFalse();
		assertThat(List.of(office, rater, approver)).noneMatch(u -> DifficultyPolicy.canPropose(u, OWN));
		assertThat(DifficultyPolicy.canSubmit(approver, OWN)).isTrue();
		assertThat(DifficultyPolicy.canSubmit(approver, OTHER)).isFalse();
		assertThat(List.of(office, rater, reporter)).noneMatch(u -> DifficultyPolicy.canSubmit(u, OWN));
	}

	@Test
	void shouldLetOnlyRatersRateAndOnlyTheOfficeManage() {
		assertThat(DifficultyPolicy.canRate(rater)).isTrue();
		assertThat(List.of(office, reporter, approver)).noneMatch(DifficultyPolicy::canRate);
		assertThat(DifficultyPolicy.canManage(office)).isTrue();
		assertThat(List.of(rater, reporter, approver)).noneMatch(DifficultyPolicy::canManage);
	}

	@Test
	void shouldShowAnUnsubmittedProposalToTheOfficeAndTheDepartmentOnly() {
		assertThat(List.of(office, reporter, approver)).allMatch(u -> DifficultyPolicy.seesProposal(u, OWN));
		assertThat(DifficultyPolicy.seesProposal(rater, OWN)).isFalse();
		assertThat(DifficultyPolicy.seesProposal(reporter, OTHER)).isFalse();
	}

	@Test
	void shouldShowTheCalibrationToRatersOnlyOnceTheRatingIsOver() {
		assertThat(DifficultyPolicy.canCalibrate(office, false)).isTrue();
		assertThat(DifficultyPolicy.canCalibrate(rater, false)).isFalse();
		assertThat(DifficultyPolicy.canCalibrate(rater, true)).isTrue();
		assertThat(List.of(reporter, approver)).noneMatch(u -> DifficultyPolicy.canCalibrate(u, true));
	}

	@Test
	void shouldLetEveryoneButOtherDepartmentsReadAnEntry() {
		assertThat(List.of(office, rater, reporter, approver)).allMatch(u -> DifficultyPolicy.canRead(u, OWN));
		assertThat(List.of(reporter, approver)).noneMatch(u -> DifficultyPolicy.canRead(u, OTHER));
	}

}
