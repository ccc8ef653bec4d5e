package com.pledgeboard.difficulty;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.i18n.Forbidden;

/**
 * Who may do what with difficulty coefficients, as named rules: the one place the workflow checks before
 * it changes anything and the pages check before they show a department's proposal or the calibration.
 * A rule that does not hold refuses with a {@code Forbidden} (403).
 */
final class DifficultyPolicy {

	private DifficultyPolicy() {
	}

	/** Proposes the department's own coefficient (自评): its reporter. */
	static boolean canPropose(SignedInUser user, Long departmentId) {
		return user.reportsFor(departmentId);
	}

	/** Submits the proposal: the department's leader. */
	static boolean canSubmit(SignedInUser user, Long departmentId) {
		return user.approvesFor(departmentId);
	}

	/** Rates a department's coefficient: a member of the committee. */
	static boolean canRate(SignedInUser user) {
		return user.isRater();
	}

	/** Sets the bounds, overrides a coefficient, closes the rating: the assessment office. */
	static boolean canManage(SignedInUser user) {
		return user.isAdmin();
	}

	/** Reads a department's difficulty page: the office, a rater, or the department's users. */
	static boolean canRead(SignedInUser user, Long departmentId) {
		return user.mayRead(departmentId);
	}

	/** Sees a proposal the department has not submitted yet: the office and the department's users. */
	static boolean seesProposal(SignedInUser user, Long departmentId) {
		return user.isAdmin() || user.belongsTo(departmentId);
	}

	/** Reads the calibration: the office; a rater once the rating is closed or the year public. */
	static boolean canCalibrate(SignedInUser user, boolean ratingOver) {
		return user.isAdmin() || (user.isRater() && ratingOver);
	}

	static SignedInUser requireProposer(Long departmentId) {
		return Accounts.refuseUnless(u -> canPropose(u, departmentId), "difficulty.forbidden.propose");
	}

	static SignedInUser requireSubmitter(Long departmentId) {
		return Accounts.refuseUnless(u -> canSubmit(u, departmentId), "difficulty.forbidden.submit");
	}

	static SignedInUser requireRater() {
		return Accounts.refuseUnless(DifficultyPolicy::canRate, "difficulty.forbidden.rate");
	}

	static SignedInUser requireManager() {
		return Accounts.refuseUnless(DifficultyPolicy::canManage, "account.forbidden.office");
	}

}
