package com.pledgeboard.support;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.DirectoryDepartment;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Users for tests, created through the real account service and loaded through the real user store.
 */
public final class TestUsers {

	public static final String PASSWORD = "correct-horse-battery-staple";

	private final UserAccounts accounts;

	private final UserDetailsService users;

	private final Catalogue catalogue;

	public TestUsers(UserAccounts accounts, UserDetailsService users, Catalogue catalogue) {
		this.accounts = accounts;
		this.users = users;
		this.catalogue = catalogue;
	}

	public long departmentId(String canonicalName) {
		return catalogue.directory("330500")
			.stream()
			.filter(d -> d.canonicalName().equals(canonicalName))
			.map(DirectoryDepartment::id)
			.findFirst()
			.orElseThrow();
	}

	/** The user, created on first use with {@link #PASSWORD} and no forced change. */
	public UserDetails user(String username, Role role, String department) {
		if (accounts.find(username).isEmpty()) {
			accounts.createWithPassword(new UserAccounts.NewUser(username, username, role,
					department == null ? null : departmentId(department)), PASSWORD, false);
		}
		return users.loadUserByUsername(username);
	}

}
