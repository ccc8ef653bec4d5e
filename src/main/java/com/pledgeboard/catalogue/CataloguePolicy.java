package com.pledgeboard.catalogue;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.account.SignedInUser;

/**
 * Who may do what with the catalogue, as named rules: {@link CatalogueEditing#mayRead} and
 * {@link CatalogueEditing#mayEdit} ask them for the signed-in user, the back office asks what to offer.
 * Moving a plan year on and the department directory are the office's ({@code Accounts.requireOffice()}).
 */
final class CataloguePolicy {

	private CataloguePolicy() {
	}

	/** Moves plan years on, manages the directory: the assessment office. */
	static boolean canManage(SignedInUser user) {
		return user.isAdmin();
	}

	/** Reads a department's entry before it is public: the office, a rater, or the department's users. */
	static boolean canRead(SignedInUser user, Long departmentId) {
		return user.mayRead(departmentId);
	}

	/** Edits a department's commitments while the year is a draft: the office or the department's reporter. */
	static boolean canEdit(SignedInUser user, Long departmentId) {
		return user.isAdmin() || user.reportsFor(departmentId);
	}

}
