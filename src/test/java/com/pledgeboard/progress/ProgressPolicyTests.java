package com.pledgeboard.progress;

import java.util.List;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.SignedInUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of who may do what with progress, one by one, without Spring. */
class ProgressPolicyTests {

	private static final long OWN = 7;

	private static final long OTHER = 8;

	private final SignedInUser office = SignedInUser.of(1, "office", Role.ADMIN, null);

	private final SignedInUser rater = SignedInUser.of(2, "rater", Role.RATER, null);

	private final SignedInUser reporter = SignedInUser.of(3, "reporter", Role.REPORTER, OWN);

	private final SignedInUser approver = SignedInUser.of(4, "approver", Role.APPROVER, OWN);

	@Test
	void shouldLetOnlyTheDepartmentsReporterReport() {
		assertThat(ProgressPolicy.canReport(reporter, OWN)).isTrue();
		assertThat(ProgressPolicy.canReport(reporter, OTHER)).isFalse();
		assertThat(List.of(office, rater, approver)).noneMatch(u -> ProgressPolicy.canReport(u, OWN));
	}

	@Test
	void shouldLetOnlyTheDepartmentsLeaderApprove() {
		assertThat(ProgressPolicy.canApprove(approver, OWN)).isTrue();
		assertThat(ProgressPolicy.canApprove(approver, OTHER)).isFalse();
		assertThat(List.of(office, rater, reporter)).noneMatch(u -> ProgressPolicy.canApprove(u, OWN));
	}

	@Test
	void shouldLetTheOfficeAndRatersJudgeACommitmentWithoutTargets() {
		assertThat(List.of(office, rater)).allMatch(ProgressPolicy::canJudge);
		assertThat(List.of(reporter, approver)).noneMatch(ProgressPolicy::canJudge);
	}

	@Test
	void shouldLeaveTheScheduleMeasuresAndWarningsToTheOffice() {
		assertThat(ProgressPolicy.canManage(office)).isTrue();
		assertThat(List.of(rater, reporter, approver)).noneMatch(ProgressPolicy::canManage);
	}

	@Test
	void shouldShowEvidenceToItsDepartmentsTheOfficeAndRaters() {
		assertThat(List.of(office, rater, reporter, approver)).allMatch(u -> ProgressPolicy.canReadEvidenceOf(u, List.of(OTHER, OWN)));
		assertThat(List.of(reporter, approver)).noneMatch(u -> ProgressPolicy.canReadEvidenceOf(u, List.of(OTHER)));
	}

}
