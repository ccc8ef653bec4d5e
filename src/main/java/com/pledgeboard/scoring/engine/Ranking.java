package com.pledgeboard.scoring.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks departments within their category by total, highest first; equal totals share a rank and the
 * next rank skips (1, 2, 2, 4). Tied departments are listed in the order of the table. Grades follow
 * from the rank by the scheme's rule.
 */
public final class Ranking {

	private Ranking() {
	}

	public static YearResult rank(List<DepartmentResult> scored, GradeRule rule) {
		Map<String, List<DepartmentResult>> categories = new LinkedHashMap<>();
		scored.stream()
			.sorted(Comparator.comparingInt(DepartmentResult::position))
			.forEach(d -> categories.computeIfAbsent(d.category(), k -> new ArrayList<>()).add(d));
		List<DepartmentResult> result = new ArrayList<>(scored.size());
		for (List<DepartmentResult> category : categories.values()) {
			List<DepartmentResult> sorted = new ArrayList<>(category);
			sorted.sort(Comparator.comparing(DepartmentResult::total).reversed()
				.thenComparingInt(DepartmentResult::position));
			int size = sorted.size();
			int i = 0;
			while (i < size) {
				int j = i;
				while (j < size && sorted.get(j).total().compareTo(sorted.get(i).total()) == 0) {
					j++;
				}
				int rank = i + 1;
				int tied = j - i;
				for (int k = i; k < j; k++) {
					DepartmentResult d = sorted.get(k);
					result.add(d.ranked(rank, tied, size, rule.grade(d.total(), rank, tied, size)));
				}
				i = j;
			}
		}
		return new YearResult(result);
	}

}
