package com.pledgeboard.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The account module's persistence home: the user table, the users' sessions in the shared store, the
 * sign-in throttle's counts, and Spring Security's way into the users. {@code UserAccounts} holds the rules and checks and calls these
 * methods in its transactions.
 */
@Component
class UserRows implements UserDetailsService {

	private static final String SELECT = "select id, username, display_name, role, department_id, enabled, "
			+ "must_change_password, password_hash from app_user";

	private final JdbcClient jdbc;

	UserRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public SignedInUser loadUserByUsername(String username) {
		return byUsername(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

	Optional<SignedInUser> byUsername(String username) {
		return jdbc.sql(SELECT + " where username = ?").param(username).query((rs, n) -> user(rs)).optional();
	}

	Optional<SignedInUser> byId(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query((rs, n) -> user(rs)).optional();
	}

	/** Every user, each with the name of its department from {@code departmentNames} (the catalogue's). */
	List<UserAccounts.UserSummary> all(Map<Long, String> departmentNames) {
		return jdbc.sql("""
				select u.id, u.username, u.display_name, u.role, u.department_id, u.enabled, u.must_change_password, u.email
				from app_user u order by u.username""")
			.query((rs, n) -> {
				long department = rs.getLong(5);
				Long departmentId = rs.wasNull() ? null : department;
				return new UserAccounts.UserSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
						Role.valueOf(rs.getString(4)), departmentId, departmentNames.get(departmentId), rs.getBoolean(6),
						rs.getBoolean(7), rs.getString(8));
			})
			.list();
	}

	List<String> emails(Role role, Long departmentId) {
		// Two statements rather than "? is null", whose untyped parameter PostgreSQL refuses.
		String sql = "select email from app_user where role = ? and enabled = true and email is not null and "
				+ (departmentId == null ? "department_id is null order by id" : "department_id = ? order by id");
		var statement = jdbc.sql(sql).param(role.name());
		return (departmentId == null ? statement : statement.param(departmentId)).query(String.class).list();
	}

	long count() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	long enabledAdmins() {
		return jdbc.sql("select count(*) from app_user where role = 'ADMIN' and enabled = true").query(Long.class).single();
	}

	/** Inserts an enabled user whose password changed now; returns its id. */
	long insert(String username, String displayName, String passwordHash, Role role, Long departmentId,
			boolean mustChangePassword, String email) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into app_user (username, display_name, password_hash, role, department_id, enabled,
				  must_change_password, password_changed_at, email) values (?, ?, ?, ?, ?, true, ?, current_timestamp, ?)""")
			.params(username, displayName, passwordHash, role.name(), departmentId, mustChangePassword, email)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	void setEnabled(long id, boolean enabled) {
		jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, id).update();
	}

	void changeRole(long id, Role role, Long departmentId) {
		jdbc.sql("update app_user set role = ?, department_id = ? where id = ?")
			.params(role.name(), departmentId, id)
			.update();
	}

	void moveDepartment(long from, long into) {
		jdbc.sql("update app_user set department_id = ? where department_id = ?").params(into, from).update();
	}

	void changeEmail(long id, String email) {
		jdbc.sql("update app_user set email = ? where id = ?").params(email, id).update();
	}

	/** A new password hash, changed now; {@code mustChange} asks for another at the next sign-in. */
	void changePassword(long id, String passwordHash, boolean mustChange) {
		jdbc.sql("""
				update app_user set password_hash = ?, must_change_password = ?, password_changed_at = current_timestamp
				where id = ?""")
			.params(passwordHash, mustChange, id)
			.update();
	}

	/** Ends the user's sessions in the shared store, all of them or, with {@code keepSessionId}, all but that one. */
	void endSessions(String username, String keepSessionId) {
		if (keepSessionId == null) {
			jdbc.sql("delete from spring_session where principal_name = ?").param(username).update();
		}
		else {
			jdbc.sql("delete from spring_session where principal_name = ? and session_id <> ?")
				.params(username, keepSessionId)
				.update();
		}
	}

	// The sign-in throttle's counts (SignInThrottle runs each in a transaction of its own).

	boolean throttleExists(String key) {
		return jdbc.sql("select count(*) from sign_in_throttle where throttle_key = ?")
			.param(key)
			.query(Integer.class)
			.single() > 0;
	}

	void openThrottle(String key, Timestamp now) {
		jdbc.sql("insert into sign_in_throttle (throttle_key, failures, window_started_at) values (?, 0, ?)")
			.params(key, now)
			.update();
	}

	/**
	 * One statement, so the database decides under the row's lock: a place is taken when the window has
	 * expired (a new one starts now) or holds fewer than {@code max}. Returns 1 when taken, else 0.
	 */
	int takeThrottle(String key, int max, Timestamp expired, Timestamp now) {
		return jdbc.sql("""
				update sign_in_throttle
				set failures = case when window_started_at <= ? then 1 else failures + 1 end,
				    window_started_at = case when window_started_at <= ? then ? else window_started_at end
				where throttle_key = ? and (window_started_at <= ? or failures < ?)""")
			.params(expired, expired, now, key, expired, max)
			.update();
	}

	void releaseThrottle(String key) {
		jdbc.sql("update sign_in_throttle set failures = failures - 1 where throttle_key = ? and failures > 0")
			.param(key)
			.update();
	}

	Optional<Timestamp> throttleStarted(String key) {
		return jdbc.sql("select window_started_at from sign_in_throttle where throttle_key = ?")
			.param(key)
			.query(Timestamp.class)
			.optional();
	}

	private static SignedInUser user(ResultSet rs) throws SQLException {
		long department = rs.getLong("department_id");
		Long departmentId = rs.wasNull() ? null : department;
		return new SignedInUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), departmentId, rs.getBoolean("enabled"),
				rs.getBoolean("must_change_password"), rs.getString("password_hash"));
	}

}
