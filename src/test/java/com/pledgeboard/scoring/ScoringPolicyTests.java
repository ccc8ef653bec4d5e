package com.pledgeboard.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;

import static com.pledgeboard.support.PolicyUsers.OWN;
import static com.pledgeboard.support.PolicyUsers.OFFICE;
import static com.pledgeboard.support.PolicyUsers.RATER;
import static com.pledgeboard.support.PolicyUsers.REPORTER;
import static com.pledgeboard.support.PolicyUsers.APPROVER;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules of who may do what with scores and final readings, one by one, without Spring. */
class ScoringPolicyTests {

	@Test
	void shouldLeaveTheSchemeTheScoresAndHandReadingsToTheOffice() {
		assertThat(ScoringPolicy.canManage(OFFICE)).isTrue();
		assertThat(List.of(RATER, REPORTER, APPROVER)).noneMatch(ScoringPolicy::canManage);
	}

	@Test
	void shouldShowEarlyScoresAndGradingToTheOfficeAndTheCommittee() {
		assertThat(List.of(OFFICE, RATER)).allMatch(ScoringPolicy::canAssess);
		assertThat(List.of(REPORTER, APPROVER)).noneMatch(ScoringPolicy::canAssess);
	}

	@Test
	void shouldShowADepartmentsFinalReadingsToItsOwnUsersOnly() {
		assertThat(List.of(OFFICE, RATER, REPORTER, APPROVER)).allMatch(u -> ScoringPolicy.canRead(u, OWN));
		assertThat(List.of(REPORTER, APPROVER)).noneMatch(u -> ScoringPolicy.canRead(u, OWN + 1));
	}

}
