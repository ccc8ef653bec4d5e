package com.pledgeboard.evaluation;

import java.util.List;
import java.util.Map;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.office.BackOfficeTasks.Item;
import com.pledgeboard.office.BackOfficeTasks.Text;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.YearGates;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Evaluation's part of the checklist before a year closes: the committee members (enabled raters) who
 * have not given a leadership rating (领导评价) to every department. The office cannot rate for them;
 * its page of users is where it sees who they are and disables a member who will not rate.
 */
@Component
@Order(40)
class EvaluationGates implements YearGates {

	private final EvaluationStore store;

	private final Catalogue catalogue;

	private final UserAccounts accounts;

	EvaluationGates(EvaluationStore store, Catalogue catalogue, UserAccounts accounts) {
		this.store = store;
		this.catalogue = catalogue;
		this.accounts = accounts;
	}

	@Override
	public List<Gap> gapsBefore(PlanYear year, PlanYearState to) {
		if (to != PlanYearState.CLOSED) {
			return List.of();
		}
		int departments = catalogue.entries(year.id()).size();
		Map<Long, Integer> rated = store.leadershipRatedCounts(year.id());
		List<Item> items = accounts.list().stream()
			.filter(u -> u.role() == Role.RATER && u.enabled() && rated.getOrDefault(u.id(), 0) < departments)
			.map(u -> Item.of(Text.of("gate.item.rater", u.displayName(), rated.getOrDefault(u.id(), 0), departments),
					"/admin/users"))
			.toList();
		return items.isEmpty() ? List.of() : List.of(new Gap("leadershipRaters", items.size(), "/admin/users", items));
	}

}
