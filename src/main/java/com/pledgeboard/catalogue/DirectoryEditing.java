package com.pledgeboard.catalogue;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.i18n.Message;
import com.pledgeboard.i18n.NotFound;
import com.pledgeboard.i18n.Refused;

import org.springframework.context.ApplicationEventPublisher;
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

	private final CatalogueStore store;

	private final Catalogue catalogue;

	private final UserAccounts accounts;

	private final ApplicationEventPublisher events;

	DirectoryEditing(CatalogueStore store, Catalogue catalogue, UserAccounts accounts, ApplicationEventPublisher events) {
		this.store = store;
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
		return store.regions();
	}

	/** A department of a year's table that resolved to no department of the directory. */
	public record Unresolved(long entryId, int year, String nameInText) {
	}

	@Transactional(readOnly = true)
	public List<Row> departments(String regionCode) {
		requireOffice();
		return store.directoryRows(regionCode);
	}

	@Transactional(readOnly = true)
	public List<Unresolved> unresolved(String regionCode) {
		requireOffice();
		return store.unresolved(regionCode);
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
		store.renameDepartment(departmentId, canonical);
		store.deleteAlias(departmentId, canonical);
		store.insertAlias(departmentId, before.name());
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
		store.insertAlias(departmentId, name);
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
		store.deleteAlias(departmentId, alias);
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
		List<Integer> clashes = store.sharedYears(duplicateId, intoId);
		if (!clashes.isEmpty()) {
			throw new Refused("directory.refused.mergeClash", duplicate.name(), into.name(),
					String.join("、", clashes.stream().map(String::valueOf).toList()));
		}
		List<Integer> years = store.yearsOf(duplicateId);
		store.moveEntries(duplicateId, intoId);
		int users = accounts.moveDepartment(duplicateId, intoId);
		store.deleteDepartment(duplicateId);
		Set<String> names = new LinkedHashSet<>();
		names.add(duplicate.name());
		names.addAll(duplicate.aliases());
		for (String name : names) {
			if (!name.equals(into.name()) && !into.aliases().contains(name)) {
				store.insertAlias(intoId, name);
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
		List<Integer> open = store.openYearsOf(departmentId);
		if (!open.isEmpty()) {
			throw new Refused("directory.refused.retireOpen", before.name(),
					String.join("、", open.stream().map(String::valueOf).toList()));
		}
		store.retireDepartment(departmentId, OffsetDateTime.now());
		events.publishEvent(AuditEvent.of("DEPARTMENT_RETIRED", "department", departmentId, view(before),
				view(department(departmentId))));
	}

	@Transactional
	public void reinstate(long departmentId) {
		requireOffice();
		Department before = lockedDepartment(departmentId);
		store.reinstateDepartment(departmentId);
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
		EntryRow entry = store.entryToLink(entryId).orElseThrow(() -> NotFound.of("entry " + entryId));
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
			if (store.hasEntryIn(entry.planYearId(), departmentId)) {
				throw new Refused("directory.refused.linkTaken", chosen.name(), entry.year(),
						entry.nameInText());
			}
			target = departmentId;
		}
		store.linkEntry(entryId, target);
		events.publishEvent(AuditEvent.of("ENTRY_DEPARTMENT_LINKED", "department_entry", entryId,
				Map.of("nameInText", entry.nameInText()), Map.of("nameInText", entry.nameInText(), "departmentId", target)));
		return target;
	}

	/** An entry of a year's table as {@link #link} reads it. */
	record EntryRow(long planYearId, boolean resolved, String nameInText, String regionCode, int year) {
	}

	/** A department of the directory as the changes here read it, retired or not. */
	record Department(long id, long regionId, String name, List<String> aliases, boolean retired) {
	}

	private Department lockedDepartment(long id) {
		long regionId = store.regionOfDepartment(id).orElseThrow(() -> NotFound.of("department " + id));
		store.lockRegion(regionId);
		return department(id);
	}

	private Department department(long id) {
		return store.department(id).orElseThrow(() -> NotFound.of("department " + id));
	}

	private long lockRegion(String regionCode) {
		return store.lockRegion(regionCode == null ? "" : regionCode.strip())
			.orElseThrow(() -> new Refused("directory.refused.region", regionCode == null ? "" : regionCode));
	}

	/** Refused where the name is already a department's name or alias in the region, other than {@code self}'s. */
	private void requireFree(long regionId, String name, Long self) {
		store.holderOfName(regionId, name, self).ifPresent(holder -> {
			throw new Refused("directory.refused.taken", name, holder);
		});
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
