package com.pledgeboard.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.pledgeboard.account.DepartmentDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalogue's departments, offered to accounts for binding reporters and approvers: every one of
 * the directory that is not retired. A department of a year's table belongs here once it is linked to
 * one (at import, or on the directory page), which is what lets its users be created.
 */
@Component
class CatalogueDepartmentDirectory implements DepartmentDirectory {

	private static final String SELECT = "select d.id, d.canonical_name, r.name from department d join region r on r.id = d.region_id";

	private final JdbcClient jdbc;

	CatalogueDepartmentDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DepartmentOption> departments() {
		return jdbc.sql(SELECT + " where d.retired_at is null order by r.code, d.id")
			.query((rs, n) -> new DepartmentOption(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	@Override
	public Map<Long, String> names() {
		Map<Long, String> names = new HashMap<>();
		jdbc.sql("select id, canonical_name from department").query(rs -> {
			names.put(rs.getLong(1), rs.getString(2));
		});
		return names;
	}

	@Override
	public Optional<DepartmentOption> department(long id) {
		return jdbc.sql(SELECT + " where d.id = ?")
			.param(id)
			.query((rs, n) -> new DepartmentOption(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

}
