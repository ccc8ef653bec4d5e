package com.pledgeboard.scoring.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The scored and ranked departments of a plan year, in order of category and rank. */
public record YearResult(List<DepartmentResult> departments) {

	public YearResult {
		departments = List.copyOf(departments);
	}

	/** The ranking of each category, categories in the order of the table. */
	public Map<String, List<DepartmentResult>> byCategory() {
		Map<String, List<DepartmentResult>> map = new LinkedHashMap<>();
		departments.forEach(d -> map.computeIfAbsent(d.category(), k -> new ArrayList<>()).add(d));
		return map;
	}

	public Optional<DepartmentResult> department(long entryId) {
		return departments.stream().filter(d -> d.entryId() == entryId).findFirst();
	}

}
