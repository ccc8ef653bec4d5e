package com.pledgeboard.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The user table, and Spring Security's way into it.
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

	private static SignedInUser user(ResultSet rs) throws SQLException {
		long department = rs.getLong("department_id");
		Long departmentId = rs.wasNull() ? null : department;
		return new SignedInUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), departmentId, rs.getBoolean("enabled"),
				rs.getBoolean("must_change_password"), rs.getString("password_hash"));
	}

}
