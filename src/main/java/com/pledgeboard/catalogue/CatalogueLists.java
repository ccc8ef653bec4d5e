package com.pledgeboard.catalogue;

import java.util.ArrayList;
import java.util.List;

import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.office.BackOfficeTasks;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The catalogue's lists at the foot of the back-office home: a department's user's own entries in every
 * plan year with the year's stage, and for everyone but the office (whose {@link CatalogueTasks} show
 * the years with their next step) the plan years to open.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CatalogueLists implements BackOfficeTasks {

	private final Catalogue catalogue;

	CatalogueLists(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public List<Section> sectionsFor(SignedInUser user) {
		List<PlanYear> years = catalogue.allPlanYears();
		List<Section> sections = new ArrayList<>();
		if (user.role().belongsToDepartment()) {
			List<Item> own = new ArrayList<>();
			for (PlanYear year : years) {
				for (DepartmentEntry entry : catalogue.entries(year.id())) {
					if (user.belongsTo(entry.departmentId())) {
						own.add(Item.of(Text.of("backoffice.entryLink", year.regionName(), year.year(), entry.displayName()),
								"/admin/entries/" + entry.id())
							.flagged(Tone.NONE, Text.of("year.state." + year.state())));
					}
				}
			}
			if (own.isEmpty()) {
				own.add(Item.of(Text.of("backoffice.ownNone"), null));
			}
			sections.add(new Section(Text.of("backoffice.own"), null, null, own, null));
		}
		if (!CataloguePolicy.canManage(user)) {
			sections.add(new Section(Text.of("backoffice.years"), null, null, years.stream()
				.map(y -> Item.of(Text.of("home.year.item", y.regionName(), y.year(), Text.of("year.state." + y.state())),
						"/admin/years/" + y.id()))
				.toList(), null));
		}
		return sections;
	}

}
