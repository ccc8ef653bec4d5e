package com.pledgeboard.account;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.i18n.Message;
import com.pledgeboard.i18n.Refused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment office's work on users: create, disable and enable, change roles and e-mail
 * addresses, reset passwords.
 * No user is ever deleted. Who may call this is decided where the request arrives (the back office
 * allows admins only; the command line is run by whoever runs the server). Every change is audited.
 */
@Service
public class UserAccounts {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");

	/** An address with one @, something before it and a dotted domain after it, without spaces. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final int EMAIL_MAX = 254;

	private static final char[] ONE_TIME_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
		.toCharArray();

	private final UserRows users;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final ApplicationEventPublisher events;

	private final DepartmentDirectory departments;

	private final SecureRandom random = new SecureRandom();

	UserAccounts(UserRows users, PasswordEncoder encoder, PasswordPolicy policy,
			ApplicationEventPublisher events, DepartmentDirectory departments) {
		this.departments = departments;
		this.users = users;
		this.encoder = encoder;
		this.policy = policy;
		this.events = events;
	}

	/** @param email where reminders go, or {@code null} when none was given */
	public record UserSummary(long id, String username, String displayName, Role role, Long departmentId,
			String departmentName, boolean enabled, boolean mustChangePassword, String email) {
	}

	/** @param email where reminders go; blank or {@code null} for none */
	public record NewUser(String username, String displayName, Role role, Long departmentId, String email) {

		public NewUser(String username, String displayName, Role role, Long departmentId) {
			this(username, displayName, role, departmentId, null);
		}

	}

	/** A created user or a reset password: the one-time password is shown once and never stored. */
	public record OneTimePassword(long userId, String username, String password) {
	}

	@Transactional(readOnly = true)
	public List<UserSummary> list() {
		return users.all(departments.names());
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> find(String username) {
		return users.all(departments.names()).stream().filter(u -> u.username().equals(username)).findFirst();
	}

	/**
	 * The e-mail addresses of the enabled users of a role, of one department or, with {@code null}, of
	 * none (the office), for the reminders other modules send.
	 */
	@Transactional(readOnly = true)
	public List<String> emails(Role role, Long departmentId) {
		return users.emails(role, departmentId);
	}

	@Transactional(readOnly = true)
	public boolean hasUsers() {
		return users.count() > 0;
	}

	/** Creates a user with a one-time password that must be changed at first sign-in. */
	@Transactional
	public OneTimePassword create(NewUser user) {
		String password = oneTimePassword();
		long id = insert(user, password, true);
		return new OneTimePassword(id, user.username(), password);
	}

	/** Creates a user with a chosen password, which must satisfy the policy. */
	@Transactional
	public long createWithPassword(NewUser user, String password, boolean mustChange) {
		requireAcceptable(user.username(), password);
		return insert(user, password, mustChange);
	}

	@Transactional
	public void disable(long id) {
		UserSummary before = summary(id);
		if (before.role() == Role.ADMIN && before.enabled() && enabledAdmins() <= 1) {
			throw new Refused("account.refused.lastAdminDisabled");
		}
		users.setEnabled(id, false);
		// A disabled user is signed out everywhere: their sessions are in the shared store.
		users.endSessions(before.username(), null);
		audit("USER_DISABLED", before, summary(id));
	}

	@Transactional
	public void enable(long id) {
		UserSummary before = summary(id);
		users.setEnabled(id, true);
		audit("USER_ENABLED", before, summary(id));
	}

	@Transactional
	public void changeRole(long id, Role role, Long departmentId) {
		UserSummary before = summary(id);
		requireDepartmentFits(role, departmentId);
		if (before.role() == Role.ADMIN && role != Role.ADMIN && before.enabled() && enabledAdmins() <= 1) {
			throw new Refused("account.refused.lastAdminRole");
		}
		users.changeRole(id, role, role.belongsToDepartment() ? departmentId : null);
		users.endSessions(before.username(), null);
		audit("USER_ROLE_CHANGED", before, summary(id));
	}

	/**
	 * Moves every user of a department to another, as the catalogue does when it merges a duplicate
	 * department into the one it duplicates, in the caller's transaction; each user's move is audited.
	 * Returns how many users moved.
	 */
	@Transactional
	public int moveDepartment(long from, long into) {
		if (departments.department(into).isEmpty()) {
			throw new Refused("account.refused.noDepartment", into);
		}
		List<UserSummary> moved = users.all(departments.names()).stream().filter(u -> Long.valueOf(from).equals(u.departmentId())).toList();
		users.moveDepartment(from, into);
		for (UserSummary before : moved) {
			audit("USER_DEPARTMENT_MOVED", before, summary(before.id()));
		}
		return moved.size();
	}

	/** Sets the address reminders go to; a blank address removes it. */
	@Transactional
	public void changeEmail(long id, String email) {
		UserSummary before = summary(id);
		String address = acceptableEmail(email);
		users.changeEmail(id, address);
		audit("USER_EMAIL_CHANGED", before, summary(id));
	}

	/** Replaces the password with a one-time password that must be changed at next sign-in. */
	@Transactional
	public OneTimePassword resetPassword(long id) {
		UserSummary before = summary(id);
		String password = oneTimePassword();
		users.changePassword(id, encoder.encode(password), true);
		users.endSessions(before.username(), null);
		audit("USER_PASSWORD_RESET", before, summary(id));
		return new OneTimePassword(id, before.username(), password);
	}

	/**
	 * The user's own change of password, which needs the current one. Every other session of the user
	 * ends: whoever else knew the old password is signed out.
	 * @param keepSessionId the session the change was made in, which stays signed in
	 */
	@Transactional
	public void changePassword(long id, String current, String next, String keepSessionId) {
		SignedInUser user = users.byId(id).orElseThrow(() -> new Refused("account.refused.noUser"));
		if (current == null || !encoder.matches(current, user.getPassword())) {
			throw new Refused("account.refused.currentPassword");
		}
		if (encoder.matches(next, user.getPassword())) {
			throw new Refused("account.refused.samePassword");
		}
		requireAcceptable(user.getUsername(), next);
		UserSummary before = summary(id);
		users.changePassword(id, encoder.encode(next), false);
		users.endSessions(before.username(), keepSessionId == null ? "" : keepSessionId);
		audit("USER_PASSWORD_CHANGED", before, summary(id));
	}

	private long insert(NewUser user, String password, boolean mustChange) {
		if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
			throw new Refused("account.refused.username");
		}
		String displayName = user.displayName() == null ? "" : user.displayName().strip();
		if (displayName.isEmpty() || displayName.length() > 100) {
			throw new Refused("account.refused.displayName");
		}
		requireDepartmentFits(user.role(), user.departmentId());
		String email = acceptableEmail(user.email());
		if (users.byUsername(user.username()).isPresent()) {
			throw new Refused("account.refused.usernameTaken", user.username());
		}
		long id = users.insert(user.username(), displayName, encoder.encode(password), user.role(),
				user.role().belongsToDepartment() ? user.departmentId() : null, mustChange, email);
		audit("USER_CREATED", null, summary(id));
		return id;
	}

	/** The address stripped, {@code null} when blank; refused unless it looks like an address. */
	static String acceptableEmail(String email) {
		String address = email == null ? "" : email.strip();
		if (address.isEmpty()) {
			return null;
		}
		if (address.length() > EMAIL_MAX || !EMAIL.matcher(address).matches()) {
			throw new Refused("account.refused.email", address);
		}
		return address;
	}

	private void requireDepartmentFits(Role role, Long departmentId) {
		if (role == null) {
			throw new Refused("account.refused.role");
		}
		if (role.belongsToDepartment()) {
			if (departmentId == null) {
				throw new Refused("account.refused.departmentRequired");
			}
			if (departments.department(departmentId).isEmpty()) {
				throw new Refused("account.refused.noDepartment", departmentId);
			}
		}
		else if (departmentId != null) {
			throw new Refused("account.refused.departmentNotAllowed");
		}
	}

	private void requireAcceptable(String username, String password) {
		List<Message> problems = policy.check(username, password);
		if (!problems.isEmpty()) {
			throw new Refused(Message.joined(problems));
		}
	}

	private long enabledAdmins() {
		return users.enabledAdmins();
	}

	private UserSummary summary(long id) {
		return users.all(departments.names()).stream().filter(u -> u.id() == id).findFirst()
			.orElseThrow(() -> new Refused("account.refused.noUserWithId", id));
	}

	private String oneTimePassword() {
		var sb = new StringBuilder(16);
		for (int i = 0; i < 16; i++) {
			sb.append(ONE_TIME_ALPHABET[random.nextInt(ONE_TIME_ALPHABET.length)]);
		}
		return sb.toString();
	}

	private void audit(String action, UserSummary before, UserSummary after) {
		events.publishEvent(AuditEvent.of(action, "user", after.id(), before == null ? null : auditView(before),
				auditView(after)));
	}

	private static Map<String, Object> auditView(UserSummary u) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("username", u.username());
		map.put("displayName", u.displayName());
		map.put("role", u.role().name());
		map.put("departmentId", u.departmentId());
		map.put("enabled", u.enabled());
		map.put("mustChangePassword", u.mustChangePassword());
		map.put("email", u.email());
		return map;
	}

}
