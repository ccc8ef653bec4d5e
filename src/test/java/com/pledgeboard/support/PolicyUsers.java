package com.pledgeboard.support;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.SignedInUser;

/**
 * The users of the policy tests, which check the named rules without Spring: one of each role, the two
 * department users in department {@link #OWN}.
 */
public final class PolicyUsers {

	public static final long OWN = 7;

	public static final long OTHER = 8;

	public static final SignedInUser OFFICE = SignedInUser.of(1, "office", Role.ADMIN, null);

	public static final SignedInUser RATER = SignedInUser.of(2, "rater", Role.RATER, null);

	public static final SignedInUser REPORTER = SignedInUser.of(3, "reporter", Role.REPORTER, OWN);

	public static final SignedInUser APPROVER = SignedInUser.of(4, "approver", Role.APPROVER, OWN);

	private PolicyUsers() {
	}

}
