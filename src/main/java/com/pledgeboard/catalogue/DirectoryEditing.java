package com.pledgeboard.catalogue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.i18n.Message;
import com.pledgeboard.i18n.NotFound;
import com.pledgeboard.i18n.Refused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department directory as the assessment office manages it: create, rename (the old name stays an
 * alias, so that tables printed with it still resolve), aliases, merge a duplicate into the department
 * it duplicates, retire and reinstate, and link a department of a year's table that resolved to none.
 * The office only; each change locks the region's row first, so that two changes of one region's names
 * cannot interleave, and each is audited. A name (canonical or alias) belongs to one department of a
 * region at most.
 */
@Service
public class DirectoryEditing {

	public static final int MAX_NAME = 100;

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final UserAccounts accounts;

	private final ApplicationEventPublisher events;

	DirectoryEditing(JdbcClient jdbc, Catalogue catalogue, UserAccounts accounts, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.events = events;
	}

	/** A department as the directory page lists it, retired ones too, with the years it has an entry in. */
	public record Row(long id, String canonicalName, List<String> aliases, List<Integer> years, boolean retired) {
	}

	public record RegionOption(String code, String name) {
	}

	@Transactional(readOnly = true)
	public List<RegionOption> regions() {
		return jdbc.sql("select code, name from region order by code")
			.query((rs, n) -> new RegionOption(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** A department of a year's table that resolved to no department of the directory. */
	public record Unresolved(long entryId, int year, String nameInText) {
	}

	@Transactional(readOnly = true)
	public List<Row> departments(String regionCode) {
		requireOffice();
		Map<Long, String> names = new LinkedHashMap<>();
		Map<Long, Boolean> retired = new LinkedHashMap<>();
		jdbc.sql("""
				select d.id, d.canonical_name, d.retired_at from department d join region r on r.id = d.region_id
				where r.code = ? order by d.canonical_name""").param(regionCode).query(rs -> {
			names.put(rs.getLong(1), rs.getString(2));
			retired.put(rs.getLong(1), rs.getObject(3) != null);
		});
		Map<Long, List<String>> aliases = new LinkedHashMap<>();
		jdbc.sql("""
				select a.department_id, a.alias from department_alias a join department d on d.id = a.department_id
				join region r on r.id = d.region_id where r.code = ? order by a.id""")
			.param(regionCode)
			.query(rs -> {
				aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<Long, List<Integer>> years = new LinkedHashMap<>();
		jdbc.sql("""
				select e.department_id, p.year_number from department_entry e join plan_year p on p.id = e.plan_year_id
				where e.department_id is not null order by p.year_number""")
			.query(rs -> {
				years.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
			});
		List<Row> rows = new ArrayList<>(names.size());
		names.forEach((id, name) -> rows.add(new Row(id, name, aliases.getOrDefault(id, List.of()),
				years.getOrDefault(id, List.of()), retired.get(id))));
		return rows;
	}

	@Transactional(readOnly = true)
	public List<Unresolved> unresolved(String regionCode) {
		requireOffice();
		return jdbc.sql("""
				select e.id, p.year_number, e.name_in_text from department_entry e
				join plan_year p on p.id = e.plan_year_id join region r on r.id = p.region_id
				where r.code = ? and e.department_id is null order by p.year_number desc, e.position""")
			.param(regionCode)
			.query((rs, n) -> new Unresolved(rs.getLong(1), rs.getInt(2), rs.getString(3)))
			.list();
	}

	/** Adds a department to a region's directory. */
	@Transactional
	public long create(String regionCode, String name) {
		requireOffice();
		long regionId = lockRegion(regionCode);
		String canonical = name(name, "directory.field.name");
		requireFree(regionId, canonical, null);
		long id = catalogue.createDepartment(regionCode.strip(), canonical);
		events.publishEvent(AuditEvent.of("DEPARTMENT_CREATED", "department", id, null,
				Map.of("region", regionCode, "canonicalName", canonical)));
		return id;
	}

	/** Renames a department; its old name becomes an alias of it. */
	@Transactional
	public void rename(long departmentId, String name) {
		requireOffice();
		Department before = lockedDepartment(departmentId);
		String canonical = name(name, "directory.field.name");
		if (canonical.equals(before.name())) {
			return;
		}
		requireFree(before.regionId(), canonical, departmentId);
		jdbc.sql("update department set canonical_name = ? where id = ?").params(canonical, departmentId).update();
		jdbc.sql("delete from department_alias where department_id = ? and alias = ?").params(departmentId, canonical).update();
		addAliasRow(departmentId, before.name());
		events.publishEvent(AuditEvent.of("DEPARTMENT_RENAMED", "department", departmentId, view(before),
				view(department(departmentId))));
	}

	@Transactional
	public void addAlias(long departmentId, String alias) {
		requireOffice();
		Department before = lockedDepartment(departmentId);
		String name = name(alias, "directory.field.alias");
		if (name.equals(before.name()) || before.aliases().contains(name)) {
			throw new Refused("directory.refused.aliasOwn", name, before.name());
		}
		requireFree(before.regionId(), name, departmentId);
		addAliasRow(departmentId, name);
		events.publishEvent(AuditEvent.of("DEPARTMENT_ALIAS_ADDED", "department", departmentId, view(before),
				view(department(departmentId))));
	}

	@Transactional
	public void removeAlias(long departmentId, String alias) {
		requireOffice();
		Department before = lockedDepartment(departmentId);
		if (alias == null || !before.aliases().contains(alias)) {
			throw new Refused("directory.refused.noAlias", alias == null ? "" : alias, before.name());
		}
		jdbc.sql("delete from department_alias where department_id = ? and alias = ?").params(departmentId, alias).update();
		events.publishEvent(AuditEvent.of("DEPARTMENT_ALIAS_REMOVED", "department", departmentId, view(before),
				view(department(departmentId))));
	}

	/**
	 * Merges a duplicate department into the one it duplicates: its entries, its users and its names
	 * (as aliases) move over, and the duplicate is removed. Refused whole, with the years named, where
	 * both have an entry in the same plan year: one of the two tables would have to go first.
	 */
	@Transactional
	public void merge(long duplicateId, long intoId) {
		requireOffice();
		Department duplicate = lockedDepartment(duplicateId);
		Department into = department(intoId);
		if (duplicateId == intoId) {
			throw new Refused("directory.refused.mergeSelf", duplicate.name());
		}
		if (duplicate.regionId() != into.regionId()) {
			throw new Refused("directory.refused.mergeRegion", duplicate.name(), into.name());
		}
		List<Integer> clashes = jdbc.sql("""
				select p.year_number from department_entry a join department_entry b on b.plan_year_id = a.plan_year_id
				join plan_year p on p.id = a.plan_year_id where a.department_id = ? and b.department_id = ?
				order by p.year_number""").params(duplicateId, intoId).query(Integer.class).list();
		if (!clashes.isEmpty()) {
			throw new Refused("directory.refused.mergeClash", duplicate.name(), into.name(),
					String.join("、", clashes.stream().map(String::valueOf).toList()));
		}
		List<Integer> years = jdbc.sql("""
				select p.year_number from department_entry e join plan_year p on p.id = e.plan_year_id
				where e.department_id = ? order by p.year_number""").param(duplicateId).query(Integer.class).list();
		jdbc.sql("update department_entry set department_id = ? where department_id = ?").params(intoId, duplicateId).update();
		int users = accounts.moveDepartment(duplicateId, intoId);
		jdbc.sql("delete from department_alias where department_id = ?").param(duplicateId).update();
		jdbc.sql("delete from department where id = ?").param(duplicateId).update();
		Set<String> names = new LinkedHashSet<>();
		names.add(duplicate.name());
		names.addAll(duplicate.aliases());
		for (String name : names) {
			if (!name.equals(into.name()) && !into.aliases().contains(name)) {
				addAliasRow(intoId, name);
			}
		}
		Map<String, Object> after = new LinkedHashMap<>(view(department(intoId)));
		after.put("mergedInto", intoId);
		after.put("entriesMoved", years);
		after.put("usersMoved", users);
		events.publishEvent(AuditEvent.of("DEPARTMENT_MERGED", "department", duplicateId, view(duplicate), after));
	}

	/**
	 * Retires a department: it keeps its past entries but is no longer offered to imports or new users.
	 * Refused while it has an entry in a plan year that is not closed.
	 */
	@Transactional
	public void retire(long departmentId) {
		requireOffice();
		Department before = lockedDepartment(departmentId);
		List<Integer> open = jdbc.sql("""
				select p.year_number from department_entry e join plan_year p on p.id = e.plan_year_id
				where e.department_id = ? and p.state <> 'CLOSED' order by p.year_number""")
			.param(departmentId).query(Integer.class).list();
		if (!open.isEmpty()) {
			throw new Refused("directory.refused.retireOpen", before.name(),
					String.join("、", open.stream().map(String::valueOf).toList()));
		}
		jdbc.sql("update department set retired_at = ? where id = ? and retired_at is null")
			.params(OffsetDateTime.now(), departmentId).update();
		events.publishEvent(AuditEvent.of("DEPARTMENT_RETIRED", "department", departmentId, view(before),
				view(department(departmentId))));
	}

	@Transactional
	public void reinstate(long departmentId) {
		requireOffice();
		Department before = lockedDepartment(departmentId);
		jdbc.sql("update department set retired_at = null where id = ?").param(departmentId).update();
		events.publishEvent(AuditEvent.of("DEPARTMENT_REINSTATED", "department", departmentId, view(before),
				view(department(departmentId))));
	}

	/**
	 * Links a department of a year's table that resolved to none: to a department of the directory, or
	 * ({@code departmentId} {@code null}) to a new one named as printed. Its reporters and approvers can
	 * then be chosen in the user form.
	 */
	@Transactional
	public long link(long entryId, Long departmentId) {
		requireOffice();
		var entry = jdbc.sql("""
				select e.plan_year_id, e.department_id, e.name_in_text, r.code, p.year_number from department_entry e
				join plan_year p on p.id = e.plan_year_id join region r on r.id = p.region_id where e.id = ?""")
			.param(entryId)
			.query((rs, n) -> new EntryRow(rs.getLong(1), rs.getObject(2) != null, rs.getString(3), rs.getString(4),
					rs.getInt(5)))
			.optional()
			.orElseThrow(() -> NotFound.of("entry " + entryId));
		long regionId = lockRegion(entry.regionCode());
		if (entry.resolved()) {
			throw new Refused("directory.refused.linked", entry.nameInText());
		}
		long target;
		if (departmentId == null) {
			String name = name(entry.nameInText(), "directory.field.name");
			requireFree(regionId, name, null);
			target = catalogue.createDepartment(entry.regionCode(), name);
			events.publishEvent(AuditEvent.of("DEPARTMENT_CREATED", "department", target, null,
					Map.of("region", entry.regionCode(), "canonicalName", name)));
		}
		else {
			Department chosen = department(departmentId);
			if (chosen.regionId() != regionId) {
				throw new Refused("directory.refused.linkRegion", chosen.name(), entry.nameInText());
			}
			boolean taken = jdbc.sql("select count(*) from department_entry where plan_year_id = ? and department_id = ?")
				.params(entry.planYearId(), departmentId).query(Long.class).single() > 0;
			if (taken) {
				throw new Refused("directory.refused.linkTaken", chosen.name(), entry.year(),
						entry.nameInText());
			}
			target = departmentId;
		}
		jdbc.sql("update department_entry set department_id = ? where id = ?").params(target, entryId).update();
		events.publishEvent(AuditEvent.of("ENTRY_DEPARTMENT_LINKED", "department_entry", entryId,
				Map.of("nameInText", entry.nameInText()), Map.of("nameInText", entry.nameInText(), "departmentId", target)));
		return target;
	}

	private record EntryRow(long planYearId, boolean resolved, String nameInText, String regionCode, int year) {
	}

	private record Department(long id, long regionId, String name, List<String> aliases, boolean retired) {
	}

	private Department lockedDepartment(long id) {
		long regionId = jdbc.sql("select region_id from department where id = ?").param(id).query(Long.class).optional()
			.orElseThrow(() -> NotFound.of("department " + id));
		jdbc.sql("select id from region where id = ? for update").param(regionId).query(Long.class).single();
		return department(id);
	}

	private Department department(long id) {
		return jdbc.sql("select id, region_id, canonical_name, retired_at from department where id = ?")
			.param(id)
			.query((rs, n) -> new Department(rs.getLong(1), rs.getLong(2), rs.getString(3), aliases(id),
					rs.getObject(4) != null))
			.optional()
			.orElseThrow(() -> NotFound.of("department " + id));
	}

	private List<String> aliases(long id) {
		return jdbc.sql("select alias from department_alias where department_id = ? order by id").param(id)
			.query(String.class).list();
	}

	private long lockRegion(String regionCode) {
		return jdbc.sql("select id from region where code = ? for update")
			.param(regionCode == null ? "" : regionCode.strip())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new Refused("directory.refused.region", regionCode == null ? "" : regionCode));
	}

	/** Refused where the name is already a department's name or alias in the region, other than {@code self}'s. */
	private void requireFree(long regionId, String name, Long self) {
		Optional<String> holder = jdbc.sql("""
				select d.canonical_name from department d left join department_alias a on a.department_id = d.id
				where d.region_id = ? and (d.canonical_name = ? or a.alias = ?) and d.id <> ?""")
			.params(regionId, name, name, self == null ? -1L : self)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
		if (holder.isPresent()) {
			throw new Refused("directory.refused.taken", name, holder.get());
		}
	}

	private void addAliasRow(long departmentId, String alias) {
		jdbc.sql("insert into department_alias (department_id, alias) values (?, ?)").params(departmentId, alias).update();
	}

	/** A name as typed, stripped; refused when empty or too long, naming the field. */
	private static String name(String typed, String fieldCode) {
		String name = typed == null ? "" : typed.strip();
		if (name.isEmpty() || name.length() > MAX_NAME) {
			throw new Refused("directory.refused.name", Message.of(fieldCode), MAX_NAME);
		}
		return name;
	}

	private static Map<String, Object> view(Department d) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("canonicalName", d.name());
		map.put("aliases", d.aliases());
		map.put("retired", d.retired());
		return map;
	}

	private static void requireOffice() {
		Accounts.requireOffice();
	}

}
