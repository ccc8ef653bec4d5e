package com.pledgeboard.progress;

import java.util.Collection;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.i18n.Forbidden;

/**
 * Who may do what with progress, as named rules: the one place the pages ask what to offer and the
 * services check before they change anything (so the command line and the demonstration are held to the
 * same rules). A rule that does not hold refuses with a {@code Forbidden} (403).
 */
final class ProgressPolicy {

	private ProgressPolicy() {
	}

	/** Files a report and its evidence: a reporter of the commitment's department. */
	static boolean canReport(SignedInUser user, Long departmentId) {
		return user.reportsFor(departmentId);
	}

	/** Approves or returns a submitted report: the leader of the commitment's department. */
	static boolean canApprove(SignedInUser user, Long departmentId) {
		return user.approvesFor(departmentId);
	}

	/** Gives the light of a commitment with no measurable target: the office or a rater. */
	static boolean canJudge(SignedInUser user) {
		return user.seesEveryDepartment();
	}

	/** Sets the schedule, chooses how a target is measured, reads the early warning: the office. */
	static boolean canManage(SignedInUser user) {
		return user.isAdmin();
	}

	/** Reads a file of evidence supporting reports of the given departments. */
	static boolean canReadEvidenceOf(SignedInUser user, Collection<Long> departments) {
		return user.seesEveryDepartment() || departments.stream().anyMatch(user::belongsTo);
	}

	static SignedInUser requireReporter(Long departmentId) {
		return Accounts.refuseUnless(u -> canReport(u, departmentId), "progress.forbidden.report");
	}

	static SignedInUser requireApprover(Long departmentId) {
		return Accounts.refuseUnless(u -> canApprove(u, departmentId), "progress.forbidden.approve");
	}

	static SignedInUser requireJudge() {
		return Accounts.refuseUnless(ProgressPolicy::canJudge, "progress.forbidden.judge");
	}

	static SignedInUser requireManager() {
		return Accounts.refuseUnless(ProgressPolicy::canManage, "account.forbidden.office");
	}

}
