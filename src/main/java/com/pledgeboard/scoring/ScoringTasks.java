package com.pledgeboard.scoring;

import java.util.ArrayList;
import java.util.List;

import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.office.BackOfficeTasks;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Scoring on the back-office home, while a year is being assessed: a committee member and the office
 * see the commitments without measurable targets that still await a grade; the office also the targets
 * that have no final reading, neither from an approved report nor entered by hand. Each item opens the
 * final readings of its department with only what is missing.
 */
@Component
@Order(45)
class ScoringTasks implements BackOfficeTasks {

	private final Catalogue catalogue;

	private final HandReadings readings;

	ScoringTasks(Catalogue catalogue, HandReadings readings) {
		this.catalogue = catalogue;
		this.readings = readings;
	}

	@Override
	public List<Section> sectionsFor(SignedInUser user) {
		if (!ScoringPolicy.canAssess(user)) {
			return List.of();
		}
		List<Section> sections = new ArrayList<>();
		for (PlanYear year : catalogue.allPlanYears()) {
			if (year.state() != PlanYearState.ASSESSING) {
				continue;
			}
			List<HandReadings.Missing> missing = readings.missing(year);
			String page = "/admin/years/" + year.id() + "/final-readings";
			sections.add(Section.todo(Text.of("home.grades", year.regionName(), year.year()), null,
					missing.stream().filter(HandReadings.Missing::grade)
						.map(m -> Item.of(Text.of("home.grades.item", m.entry().displayName(), m.commitment().no(),
								m.commitment().title()), link(page, m, "c" + m.commitment().id())))
						.toList(),
					page + "?missing=true"));
			if (ScoringPolicy.canManage(user)) {
				sections.add(Section.todo(Text.of("home.finalReadings", year.regionName(), year.year()), null,
						missing.stream().filter(m -> !m.grade())
							.map(m -> Item.of(Text.of("home.finalReadings.item", m.entry().displayName(), m.commitment().no(),
									m.target().definition().describe()), link(page, m, "t" + m.target().id())))
							.toList(),
						page + "?missing=true"));
			}
		}
		return sections;
	}

	private static String link(String page, HandReadings.Missing m, String anchor) {
		return page + "?entry=" + m.entry().id() + "&missing=true#" + anchor;
	}

}
