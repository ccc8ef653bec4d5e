package com.pledgeboard.scoring;

import java.util.List;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.SignedInUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of who may do what with scores and final readings, one by one, without Spring. */
class ScoringPolicyTests {

	private static final long OWN = 7;

	private final SignedInUser office = SignedInUser.of(1, "office", Role.ADMIN, null);

	private final SignedInUser rater = SignedInUser.of(2, "rater", Role.RATER, null);

	private final SignedInUser reporter = SignedInUser.of(3, "reporter", Role.REPORTER, OWN);

	private final SignedInUser approver = SignedInUser.of(4, "approver", Role.APPROVER, OWN);

	@Test
	void shouldLeaveTheSchemeTheScoresAndHandReadingsToTheOffice() {
		assertThat(ScoringPolicy.canManage(office)).isTrue();
		assertThat(List.of(rater, reporter, approver)).noneMatch(ScoringPolicy::canManage);
	}

	@Test
	void shouldShowEarlyScoresAndGradingToTheOfficeAndTheCommittee() {
		assertThat(List.of(office, rater)).allMatch(ScoringPolicy::canAssess);
		assertThat(List.of(reporter, approver)).noneMatch(ScoringPolicy::canAssess);
	}

	@Test
	void shouldShowADepartmentsFinalReadingsToItsOwnUsersOnly() {
		assertThat(List.of(office, rater, reporter, approver)).allMatch(u -> ScoringPolicy.canRead(u, OWN));
		assertThat(List.of(reporter, approver)).noneMatch(u -> ScoringPolicy.canRead(u, OWN + 1));
	}

}
