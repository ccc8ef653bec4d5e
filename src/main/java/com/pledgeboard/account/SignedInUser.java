package com.pledgeboard.account;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user as signed in: what the rest of the application needs to know to authorise a request. The
 * password hash is erased once the user is authenticated, so it never reaches the session store.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String displayName;

	private final Role role;

	private final Long departmentId;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private String passwordHash;

	SignedInUser(long id, String username, String displayName, Role role, Long departmentId, boolean enabled,
			boolean mustChangePassword, String passwordHash) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.departmentId = departmentId;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
		this.passwordHash = passwordHash;
	}

	/** A user as the rules see them, with no password: for rules checked without a sign-in. */
	public static SignedInUser of(long id, String username, Role role, Long departmentId) {
		return new SignedInUser(id, username, username, role, departmentId, true, false, null);
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	/** The department of a reporter or approver; {@code null} for admins and raters. */
	public Long departmentId() {
		return departmentId;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/** A member of the committee (评审专家). */
	public boolean isRater() {
		return role == Role.RATER;
	}

	/** The office or a rater: those who see every department of a year. */
	public boolean seesEveryDepartment() {
		return isAdmin() || isRater();
	}

	/** A reporter (填报员) of the given department. */
	public boolean reportsFor(Long department) {
		return role == Role.REPORTER && belongsTo(department);
	}

	/** The leader (部门负责人) of the given department, who approves its submissions. */
	public boolean approvesFor(Long department) {
		return role == Role.APPROVER && belongsTo(department);
	}

	/** May read what the given department has not made public: the office, a rater, or one of its users. */
	public boolean mayRead(Long department) {
		return seesEveryDepartment() || belongsTo(department);
	}

	/** Whether this user acts for the given department: a reporter or approver of it. */
	public boolean belongsTo(Long department) {
		return role.belongsToDepartment() && departmentId != null && departmentId.equals(department);
	}

	SignedInUser withPasswordChanged() {
		return new SignedInUser(id, username, displayName, role, departmentId, enabled, false, null);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser u && u.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return username + " (" + role + (departmentId != null ? ", department " + departmentId : "") + ")";
	}

}
