package com.pledgeboard.evaluation;

import java.util.List;

import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.i18n.Forbidden;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.pledgeboard.support.PolicyUsers.OFFICE;
import static com.pledgeboard.support.PolicyUsers.RATER;
import static com.pledgeboard.support.PolicyUsers.REPORTER;
import static com.pledgeboard.support.PolicyUsers.APPROVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of who may do what in the evaluation's back office, one by one, without Spring. */
class EvaluationPolicyTests {

	@Test
	void shouldLetOnlyTheCommitteeRateLeadership() {
		assertThat(EvaluationPolicy.canRateLeadership(RATER)).isTrue();
		assertThat(List.of(OFFICE, REPORTER, APPROVER)).noneMatch(EvaluationPolicy::canRateLeadership);
	}

	@Test
	void shouldLeaveTheModerationOfCommentsToTheOffice() {
		assertThat(EvaluationPolicy.canModerate(OFFICE)).isTrue();
		assertThat(List.of(RATER, REPORTER, APPROVER)).noneMatch(EvaluationPolicy::canModerate);
	}

	@Test
	void shouldRefuseWhomTheRuleDoesNotHoldForWithItsReason() {
		signIn(OFFICE);
		assertThat(EvaluationPolicy.requireModerator()).isEqualTo(OFFICE);
		assertThatThrownBy(EvaluationPolicy::requireLeadershipRater).isInstanceOfSatisfying(Forbidden.class,
				f -> assertThat(f.reason().code()).isEqualTo("evaluation.forbidden.leadership"));
		signIn(RATER);
		assertThat(EvaluationPolicy.requireLeadershipRater()).isEqualTo(RATER);
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
