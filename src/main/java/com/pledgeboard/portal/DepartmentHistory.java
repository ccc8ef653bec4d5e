package com.pledgeboard.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.scoring.Scoring;
import com.pledgeboard.scoring.engine.DepartmentResult;

import org.springframework.stereotype.Component;

/**
 * Finds a department in the earlier public plan years of its region, for {@link YearOverYear}: the
 * same department by its directory id, or by its name where the entry is not resolved to one, with
 * the frozen scores of each earlier year that closed.
 */
@Component
class DepartmentHistory {

	private final PublicYears years;

	private final Scoring scoring;

	DepartmentHistory(PublicYears years, Scoring scoring) {
		this.years = years;
		this.scoring = scoring;
	}

	YearOverYear of(PlanYear year, DepartmentEntry entry) {
		List<YearOverYear.Earlier> earlier = new ArrayList<>();
		for (PlanYear before : years.years(year.regionCode())) {
			if (before.year() >= year.year()) {
				continue;
			}
			Optional<DepartmentEntry> same = years.entries(before).stream().filter(e -> sameDepartment(entry, e)).findFirst();
			same.ifPresent(e -> earlier.add(new YearOverYear.Earlier(before, e, scoring.published(before.id())
				.flatMap(board -> board.result().department(e.id()))
				.orElse(null))));
		}
		return YearOverYear.of(entry, earlier);
	}

	private static boolean sameDepartment(DepartmentEntry a, DepartmentEntry b) {
		return a.departmentId() != null ? a.departmentId().equals(b.departmentId())
				: b.departmentId() == null && Objects.equals(a.displayName(), b.displayName());
	}

}
