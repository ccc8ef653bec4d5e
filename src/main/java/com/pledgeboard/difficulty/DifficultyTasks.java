package com.pledgeboard.difficulty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.office.BackOfficeTasks;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Difficulty on the back-office home: a committee member sees the departments left to rate in each
 * open rating, with how many are done; while a year is in draft, a department's reporter sees the
 * self-assessment still to propose and its approver the one still to submit. Entries whose
 * coefficients came with the imported table are never rated, so never shown.
 */
@Component
@Order(30)
class DifficultyTasks implements BackOfficeTasks {

	private final Catalogue catalogue;

	private final DifficultyRows rows;

	DifficultyTasks(Catalogue catalogue, DifficultyRows rows) {
		this.catalogue = catalogue;
		this.rows = rows;
	}

	@Override
	public List<Section> sectionsFor(SignedInUser user) {
		return DifficultyPolicy.canRate(user) ? ratings(user) : selfAssessments(user);
	}

	private List<Section> ratings(SignedInUser user) {
		List<Section> sections = new ArrayList<>();
		for (PlanYear year : years(PlanYearState.RATING)) {
			DifficultySettings settings = rows.settings(year.id());
			if (settings.closed()) {
				continue;
			}
			List<DifficultyRows.RatingRow> mine = rows.ratings(year.id()).stream()
				.filter(r -> r.raterId() == user.id())
				.toList();
			List<Item> left = new ArrayList<>();
			int total = 0;
			for (DepartmentEntry entry : rated(year)) {
				total++;
				int subjects = DifficultyWorkflow.subjects(entry, settings.level()).size();
				long done = mine.stream().filter(r -> r.entryId() == entry.id()).count();
				if (done < subjects) {
					Item item = Item.of(Text.of("home.plain", entry.displayName()), "/admin/entries/" + entry.id() + "/difficulty");
					left.add(settings.level() == RatingLevel.COMMITMENT
							? item.withDetail(Text.of("home.rating.subjects", done, subjects)) : item);
				}
			}
			sections.add(Section.todo(Text.of("home.rating", year.regionName(), year.year()),
					Text.of("home.rating.done", total - left.size(), total), left,
					"/admin/years/" + year.id() + "/difficulty"));
		}
		return sections.isEmpty() ? List.of(Section.todo(Text.of("home.rating.none"), null, List.of(), null)) : sections;
	}

	/** Only while a year with the department's entry to assess is in draft: that is when it is proposed. */
	private List<Section> selfAssessments(SignedInUser user) {
		boolean drafting = false;
		List<Item> items = new ArrayList<>();
		for (PlanYear year : years(PlanYearState.DRAFT)) {
			for (DepartmentEntry entry : rated(year)) {
				boolean proposes = DifficultyPolicy.canPropose(user, entry.departmentId());
				boolean submits = DifficultyPolicy.canSubmit(user, entry.departmentId());
				if (!proposes && !submits) {
					continue;
				}
				drafting = true;
				Optional<DifficultyRows.SelfRow> self = rows.self(entry.id());
				String link = "/admin/entries/" + entry.id() + "/difficulty";
				if (proposes && self.isEmpty()) {
					items.add(Item.of(Text.of("home.self.propose", year.year(), entry.displayName()), link));
				}
				if (submits && self.isPresent() && !self.get().submitted()) {
					items.add(Item.of(Text.of("home.self.submit", year.year(), entry.displayName(),
							self.get().value().toPlainString()), link));
				}
			}
		}
		return drafting ? List.of(Section.todo(Text.of("home.self"), null, items, null)) : List.of();
	}

	private List<PlanYear> years(PlanYearState state) {
		return catalogue.allPlanYears().stream().filter(y -> y.state() == state).toList();
	}

	/** The entries of a year that are assessed here rather than imported with their coefficients. */
	private List<DepartmentEntry> rated(PlanYear year) {
		Set<Long> imported = catalogue.entriesWithImportedCoefficients(year.id());
		return catalogue.entries(year.id()).stream().filter(e -> !imported.contains(e.id())).toList();
	}

}
