package com.pledgeboard.scoring;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.i18n.Forbidden;

/**
 * Who may do what with scores and final readings, as named rules: the one place the pages ask what to
 * offer and the services check before they change or show anything. A rule that does not hold refuses
 * with a {@code Forbidden} (403).
 */
final class ScoringPolicy {

	private ScoringPolicy() {
	}

	/** Sets the scheme, computes, freezes and publishes scores, enters final readings by hand: the office. */
	static boolean canManage(SignedInUser user) {
		return user.isAdmin();
	}

	/** Reads scores before they are public and grades commitments without measurable targets. */
	static boolean canAssess(SignedInUser user) {
		return user.seesEveryDepartment();
	}

	/** Reads the final readings of a department's entry. */
	static boolean canRead(SignedInUser user, Long departmentId) {
		return user.mayRead(departmentId);
	}

	static SignedInUser requireManager() {
		return Accounts.refuseUnless(ScoringPolicy::canManage, "account.forbidden.office");
	}

	static SignedInUser requireAssessor() {
		return Accounts.refuseUnless(ScoringPolicy::canAssess, "scoring.forbidden.assess");
	}

}
