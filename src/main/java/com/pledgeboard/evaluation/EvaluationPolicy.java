package com.pledgeboard.evaluation;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.account.SignedInUser;

/**
 * Who may do what with the evaluation's back office, as named rules: the one place the services check
 * before they read or change anything and the back-office home asks what to offer. A rule that does not
 * hold refuses with a {@code Forbidden} (403). The public rating itself needs nobody signed in.
 */
final class EvaluationPolicy {

	private EvaluationPolicy() {
	}

	/** Gives a leadership rating (领导评价) to each department: a member of the committee. */
	static boolean canRateLeadership(SignedInUser user) {
		return user.isRater();
	}

	/** Reads and moderates the public's comments before they are shown: the assessment office. */
	static boolean canModerate(SignedInUser user) {
		return user.isAdmin();
	}

	static SignedInUser requireLeadershipRater() {
		return Accounts.refuseUnless(EvaluationPolicy::canRateLeadership, "evaluation.forbidden.leadership");
	}

	static SignedInUser requireModerator() {
		return Accounts.refuseUnless(EvaluationPolicy::canModerate, "account.forbidden.office");
	}

}
