package com.pledgeboard.catalogue;

import java.util.ArrayList;
import java.util.List;

import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.office.BackOfficeTasks;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The catalogue's part of the back-office home: for the office, every plan year with its stage and the
 * next step; for a reporter, the own department's targets still to confirm while a year is in draft.
 */
@Component
@Order(10)
class CatalogueTasks implements BackOfficeTasks {

	private final Catalogue catalogue;

	CatalogueTasks(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public List<Section> sectionsFor(SignedInUser user) {
		return CataloguePolicy.canManage(user) ? List.of(years()) : targetsToConfirm(user);
	}

	private Section years() {
		List<Item> items = new ArrayList<>();
		for (PlanYear year : catalogue.allPlanYears()) {
			Text next = year.state() == PlanYearState.DRAFT
					? Text.of("home.year.next.DRAFT", proposed(catalogue.entries(year.id())))
					: Text.of("home.year.next." + year.state());
			items.add(Item.of(Text.of("home.year.item", year.regionName(), year.year(), Text.of("year.state." + year.state())),
					"/admin/years/" + year.id()).withDetail(next));
		}
		return new Section(Text.of("home.years"), null, null, items, null);
	}

	/**
	 * Only while a year with the department's entry is in draft: confirming targets is work of that stage,
	 * for whom {@link CataloguePolicy#canEdit} lets confirm them (the office has its years instead).
	 */
	private List<Section> targetsToConfirm(SignedInUser user) {
		boolean drafting = false;
		List<Item> items = new ArrayList<>();
		for (PlanYear year : catalogue.allPlanYears()) {
			if (year.state() != PlanYearState.DRAFT) {
				continue;
			}
			for (DepartmentEntry entry : catalogue.entries(year.id())) {
				if (!CataloguePolicy.canEdit(user, entry.departmentId())) {
					continue;
				}
				drafting = true;
				long proposed = proposed(List.of(entry));
				if (proposed > 0) {
					items.add(Item.of(Text.of("home.targets.item", year.year(), entry.displayName(), proposed),
							"/admin/entries/" + entry.id()));
				}
			}
		}
		return drafting ? List.of(Section.todo(Text.of("home.targets"), null, items, null)) : List.of();
	}

	private static long proposed(List<DepartmentEntry> entries) {
		return entries.stream()
			.flatMap(e -> e.commitments().stream())
			.flatMap(c -> c.targets().stream())
			.filter(t -> t.status() == TargetStatus.PROPOSED)
			.count();
	}

}
