package com.pledgeboard.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.pledgeboard.office.BackOfficeTasks.Item;
import com.pledgeboard.office.BackOfficeTasks.Text;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The catalogue's part of the checklist before a year goes to rating and before it is published:
 * targets nobody has confirmed yet (still the extractor's proposals), and departments of the table not
 * linked to a department of the directory, for which nobody can report.
 */
@Component
@Order(10)
class CatalogueGates implements YearGates {

	private static final Set<PlanYearState> BEFORE = Set.of(PlanYearState.RATING, PlanYearState.PUBLISHED);

	private final Catalogue catalogue;

	CatalogueGates(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public List<Gap> gapsBefore(PlanYear year, PlanYearState to) {
		if (!BEFORE.contains(to)) {
			return List.of();
		}
		List<Gap> gaps = new ArrayList<>();
		List<DepartmentEntry> entries = catalogue.entries(year.id());
		int proposed = 0;
		List<Item> items = new ArrayList<>();
		for (DepartmentEntry entry : entries) {
			long count = entry.commitments().stream()
				.flatMap(c -> c.targets().stream())
				.filter(t -> t.status() == TargetStatus.PROPOSED)
				.count();
			if (count > 0) {
				proposed += (int) count;
				items.add(Item.of(Text.of("gate.item.count", entry.displayName(), count), "/admin/entries/" + entry.id()));
			}
		}
		if (proposed > 0) {
			gaps.add(new Gap("unconfirmedTargets", proposed, items.get(0).link(), items));
		}
		String directory = DepartmentDirectoryController.PATH + "?region=" + year.regionCode() + "#unresolved";
		List<Item> unresolved = entries.stream()
			.filter(e -> !e.resolved())
			.map(e -> Item.of(Text.of("home.plain", e.displayName()), directory))
			.toList();
		if (!unresolved.isEmpty()) {
			gaps.add(new Gap("unresolvedDepartments", unresolved.size(), directory, unresolved));
		}
		return gaps;
	}

}
