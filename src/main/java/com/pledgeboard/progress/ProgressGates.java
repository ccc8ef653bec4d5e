package com.pledgeboard.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.pledgeboard.office.BackOfficeTasks.Item;
import com.pledgeboard.office.BackOfficeTasks.Text;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.YearGates;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Progress's part of the checklist before a year closes: the reports whose latest version is not
 * approved (a draft, one waiting for the approver, one returned), which therefore do not count.
 */
@Component
@Order(20)
class ProgressGates implements YearGates {

	private final Catalogue catalogue;

	private final ProgressOffice office;

	ProgressGates(Catalogue catalogue, ProgressOffice office) {
		this.catalogue = catalogue;
		this.office = office;
	}

	@Override
	public List<Gap> gapsBefore(PlanYear year, PlanYearState to) {
		if (to != PlanYearState.CLOSED) {
			return List.of();
		}
		Map<Long, Map<Integer, ReportState>> states = office.latestStates(year.id());
		int total = 0;
		List<Item> items = new ArrayList<>();
		for (DepartmentEntry entry : catalogue.entries(year.id())) {
			int count = 0;
			String first = null;
			for (Commitment c : entry.commitments()) {
				for (var period : states.getOrDefault(c.id(), Map.of()).entrySet()) {
					if (period.getValue() != ReportState.APPROVED) {
						count++;
						if (first == null) {
							first = "/admin/progress/commitments/" + c.id() + "?period=" + period.getKey();
						}
					}
				}
			}
			if (count > 0) {
				total += count;
				items.add(Item.of(Text.of("gate.item.count", entry.displayName(), count), first));
			}
		}
		return total == 0 ? List.of()
				: List.of(new Gap("reportsNotApproved", total, "/admin/progress/years/" + year.id(), items));
	}

}
