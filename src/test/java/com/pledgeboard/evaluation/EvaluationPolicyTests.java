package com.pledgeboard.evaluation;

import java.util.List;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.i18n.Forbidden;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of who may do what in the evaluation's back office, one by one, without Spring. */
class EvaluationPolicyTests {

	private final SignedInUser office = SignedInUser.of(1, "office", Role.ADMIN, null);

	private final SignedInUser rater = SignedInUser.of(2, "rater", Role.RATER, null);

	private final SignedInUser reporter = SignedInUser.of(3, "reporter", Role.REPORTER, 7L);

	private final SignedInUser approver = SignedInUser.of(4, "approver", Role.APPROVER, 7L);

	@Test
	void shouldLetOnlyTheCommitteeRateLeadership() {
		assertThat(EvaluationPolicy.canRateLeadership(rater)).isTrue();
		assertThat(List.of(office, reporter, approver)).noneMatch(EvaluationPolicy::canRateLeadership);
	}

	@Test
	void shouldLeaveTheModerationOfCommentsToTheOffice() {
		assertThat(EvaluationPolicy.canModerate(office)).isTrue();
		assertThat(List.of(rater, reporter, approver)).noneMatch(EvaluationPolicy::canModerate);
	}

	@Test
	void shouldRefuseWhomTheRuleDoesNotHoldForWithItsReason() {
		signIn(office);
		assertThat(EvaluationPolicy.requireModerator()).isEqualTo(office);
		assertThatThrownBy(EvaluationPolicy::requireLeadershipRater).isInstanceOfSatisfying(Forbidden.class,
				f -> assertThat(f.reason().code()).isEqualTo("evaluation.forbidden.leadership"));
		signIn(rater);
		assertThat(EvaluationPolicy.requireLeadershipRater()).isEqualTo(rater);
		assertThatThrownBy(EvaluationPolicy::requireModerator).isInstanceOfSatisfying(Forbidden.class,
				f -> assertThat(f.reason().code()).isEqualTo("account.forbidden.office"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private static void signIn(SignedInUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

}
