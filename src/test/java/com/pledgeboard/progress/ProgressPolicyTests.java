package com.pledgeboard.progress;

import java.util.List;

import org.junit.jupiter.api.Test;

import static com.pledgeboard.support.PolicyUsers.OWN;
import static com.pledgeboard.support.PolicyUsers.OTHER;
import static com.pledgeboard.support.PolicyUsers.OFFICE;
import static com.pledgeboard.support.PolicyUsers.RATER;
import static com.pledgeboard.support.PolicyUsers.REPORTER;
import static com.pledgeboard.support.PolicyUsers.APPROVER;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules of who may do what with progress, one by one, without Spring. */
class ProgressPolicyTests {

	@Test
	void shouldLetOnlyTheDepartmentsReporterReport() {
		assertThat(ProgressPolicy.canReport(REPORTER, OWN)).isTrue();
		assertThat(ProgressPolicy.canReport(REPORTER, OTHER)).isFalse();
		assertThat(List.of(OFFICE, RATER, APPROVER)).noneMatch(u -> ProgressPolicy.canReport(u, OWN));
	}

	@Test
	void shouldLetOnlyTheDepartmentsLeaderApprove() {
		assertThat(ProgressPolicy.canApprove(APPROVER, OWN)).isTrue();
		assertThat(ProgressPolicy.canApprove(APPROVER, OTHER)).isFalse();
		assertThat(List.of(OFFICE, RATER, REPORTER)).noneMatch(u -> ProgressPolicy.canApprove(u, OWN));
	}

	@Test
	void shouldLetTheOfficeAndRatersJudgeACommitmentWithoutTargets() {
		assertThat(List.of(OFFICE, RATER)).allMatch(ProgressPolicy::canJudge);
		assertThat(List.of(REPORTER, APPROVER)).noneMatch(ProgressPolicy::canJudge);
	}

	@Test
	void shouldLeaveTheScheduleMeasuresAndWarningsToTheOffice() {
		assertThat(ProgressPolicy.canManage(OFFICE)).isTrue();
		assertThat(List.of(RATER, REPORTER, APPROVER)).noneMatch(ProgressPolicy::canManage);
	}

	@Test
	void shouldShowEvidenceToItsDepartmentsTheOfficeAndRaters() {
		assertThat(List.of(OFFICE, RATER, REPORTER, APPROVER)).allMatch(u -> ProgressPolicy.canReadEvidenceOf(u, List.of(OTHER, OWN)));
		assertThat(List.of(REPORTER, APPROVER)).noneMatch(u -> ProgressPolicy.canReadEvidenceOf(u, List.of(OTHER)));
	}

}
