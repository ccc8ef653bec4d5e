package com.pledgeboard.difficulty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.pledgeboard.office.BackOfficeTasks.Item;
import com.pledgeboard.office.BackOfficeTasks.Text;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.YearGates;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Difficulty's part of the checklist: before rating, the departments without a self-assessed
 * coefficient (自评); before publication, those still without one, and those that will get no assessed
 * coefficient (评定) when the rating closes, because nobody rated them and the office set none.
 */
@Component
@Order(30)
class DifficultyGates implements YearGates {

	private final Catalogue catalogue;

	private final DifficultyRows rows;

	DifficultyGates(Catalogue catalogue, DifficultyRows rows) {
		this.catalogue = catalogue;
		this.rows = rows;
	}

	@Override
	public List<Gap> gapsBefore(PlanYear year, PlanYearState to) {
		if (to != PlanYearState.RATING && to != PlanYearState.PUBLISHED) {
			return List.of();
		}
		List<DepartmentEntry> entries = catalogue.entries(year.id());
		List<Gap> gaps = new ArrayList<>();
		gap("selfCoefficients", entries.stream().filter(e -> e.selfCoefficient() == null).toList()).ifPresent(gaps::add);
		if (to == PlanYearState.PUBLISHED) {
			boolean closed = rows.settings(year.id()).closed();
			Set<Long> rated = new HashSet<>();
			rows.ratings(year.id()).forEach(r -> rated.add(r.entryId()));
			rows.overrides(year.id()).forEach(o -> rated.add(o.entryId()));
			Set<Long> imported = catalogue.entriesWithImportedCoefficients(year.id());
			gap("assessedCoefficients", entries.stream()
				.filter(e -> e.assessedCoefficient() == null
						&& (closed || imported.contains(e.id()) || !rated.contains(e.id())))
				.toList()).ifPresent(gaps::add);
		}
		return gaps;
	}

	private static Optional<Gap> gap(String kind, List<DepartmentEntry> missing) {
		if (missing.isEmpty()) {
			return Optional.empty();
		}
		List<Item> items = missing.stream()
			.map(e -> Item.of(Text.of("home.plain", e.displayName()), "/admin/entries/" + e.id() + "/difficulty"))
			.toList();
		return Optional.of(new Gap(kind, missing.size(), items.get(0).link(), items));
	}

}
