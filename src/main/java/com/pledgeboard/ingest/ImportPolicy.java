package com.pledgeboard.ingest;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.account.SignedInUser;

/**
 * Who may import a table of commitments, as a named rule: the one place the drafts check before they
 * read, change, commit or cancel anything, the page before it hands out the template, and the back-office
 * home before it lists the uploads waiting. A rule that does not hold refuses with a {@code Forbidden} (403).
 */
final class ImportPolicy {

	private ImportPolicy() {
	}

	/** Uploads a table, reviews and commits or cancels its draft: the assessment office. */
	static boolean canImport(SignedInUser user) {
		return user.isAdmin();
	}

	static SignedInUser requireImporter() {
		return Accounts.refuseUnless(ImportPolicy::canImport, "account.forbidden.office");
	}

}
