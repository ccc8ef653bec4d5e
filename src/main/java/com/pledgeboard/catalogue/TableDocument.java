package com.pledgeboard.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A commitment table as a document: the JSON shape of {@code seed-structure.gold.json}, shared by the
 * importer's dry run, the export command and the public API. Only the API adds each commitment's
 * {@code targets} (TARGETS.md objects with the target's {@code status}: only {@code CONFIRMED} and
 * {@code EDITED} ones are promises; a {@code PROPOSED} one is the extractor's, which nobody confirmed);
 * elsewhere they are left out, so that the document keeps exactly the structure's shape.
 */
public record TableDocument(List<Department> departments) {

	public TableDocument {
		departments = List.copyOf(departments);
	}

	/** The structure alone. */
	public static TableDocument of(List<DepartmentEntry> entries) {
		return of(entries, false);
	}

	/** The structure with every commitment's targets. */
	public static TableDocument withTargets(List<DepartmentEntry> entries) {
		return of(entries, true);
	}

	private static TableDocument of(List<DepartmentEntry> entries, boolean targets) {
		return new TableDocument(entries.stream().map(e -> department(e, targets)).toList());
	}

	public static Department department(DepartmentEntry e, boolean targets) {
		return new Department(e.name(), e.nameInText(), e.category(), e.selfCoefficient(), e.assessedCoefficient(),
				e.commitments().stream().map(c -> item(c, targets)).toList());
	}

	/** One commitment, with its targets or without them. */
	public static Item item(Commitment c, boolean targets) {
		return new Item(c.no(), c.title(), c.description(), targets ? targets(c) : null);
	}

	private static List<Map<String, Object>> targets(Commitment c) {
		return c.targets().stream().map(t -> {
			Map<String, Object> map = t.definition().toContractMap();
			map.put("status", t.status().name());
			return map;
		}).toList();
	}

	/** {@code name} is the canonical name, {@code null} while unresolved. */
	public record Department(String name, String nameInText, String category, BigDecimal selfCoefficient,
			BigDecimal assessedCoefficient, List<Item> commitments) {
	}

	public record Item(int no, String title, String description,
			@JsonInclude(JsonInclude.Include.NON_NULL) List<Map<String, Object>> targets) {
	}

}
