package com.pledgeboard.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.office.BackOfficeTasks;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Evaluation on the back-office home: a committee member sees the departments left to rate in each
 * year's leadership evaluation; the office the public comments waiting for moderation.
 */
@Component
@Order(40)
class EvaluationTasks implements BackOfficeTasks {

	private final Catalogue catalogue;

	private final LeadershipRatings leadership;

	private final Moderation moderation;

	EvaluationTasks(Catalogue catalogue, LeadershipRatings leadership, Moderation moderation) {
		this.catalogue = catalogue;
		this.leadership = leadership;
		this.moderation = moderation;
	}

	@Override
	public List<Section> sectionsFor(SignedInUser user) {
		if (EvaluationPolicy.canRateLeadership(user)) {
			return leadershipLeft(user);
		}
		if (EvaluationPolicy.canModerate(user)) {
			return List.of(comments());
		}
		return List.of();
	}

	/** Only while a year is being assessed: that is when leadership ratings are given. */
	private List<Section> leadershipLeft(SignedInUser user) {
		List<Section> sections = new ArrayList<>();
		for (PlanYear year : catalogue.allPlanYears()) {
			if (year.state() != PlanYearState.ASSESSING) {
				continue;
			}
			Map<Long, Integer> mine = leadership.of(year.id(), user.id());
			List<DepartmentEntry> entries = catalogue.entries(year.id());
			List<Item> left = entries.stream()
				.filter(e -> !mine.containsKey(e.id()))
				.map(e -> Item.of(Text.of("home.plain", e.displayName()),
						"/admin/years/" + year.id() + "/leadership#score-" + e.id()))
				.toList();
			sections.add(Section.todo(Text.of("home.leadership", year.regionName(), year.year()),
					Text.of("home.rating.done", entries.size() - left.size(), entries.size()), left,
					"/admin/years/" + year.id() + "/leadership"));
		}
		return sections;
	}

	private Section comments() {
		Map<Long, Long> pending = moderation.pendingByYear();
		List<Item> items = new ArrayList<>();
		for (PlanYear year : catalogue.allPlanYears()) {
			Long count = pending.get(year.id());
			if (count != null) {
				items.add(Item.of(Text.of("home.comments.item", year.regionName(), year.year(), count),
						"/admin/years/" + year.id() + "/comments"));
			}
		}
		return Section.todo(Text.of("home.comments"), null, items, null);
	}

}
