package com.pledgeboard.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.pledgeboard.office.BackOfficeTasks.Item;
import com.pledgeboard.office.BackOfficeTasks.Text;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.YearGates;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Scoring's part of the checklist before a year closes: targets with no final reading (neither from an
 * approved report nor entered by hand), which score nothing, and commitments without measurable targets
 * that nobody has graded. Each department's item opens its final readings with only what is missing.
 */
@Component
@Order(45)
class ScoringGates implements YearGates {

	private final HandReadings readings;

	ScoringGates(HandReadings readings) {
		this.readings = readings;
	}

	@Override
	public List<Gap> gapsBefore(PlanYear year, PlanYearState to) {
		if (to != PlanYearState.CLOSED) {
			return List.of();
		}
		List<HandReadings.Missing> missing = readings.missing(year);
		String page = "/admin/years/" + year.id() + "/final-readings";
		List<Gap> gaps = new ArrayList<>();
		gap("finalReadings", missing.stream().filter(m -> !m.grade()).toList(), page).ifPresent(gaps::add);
		gap("grades", missing.stream().filter(HandReadings.Missing::grade).toList(), page).ifPresent(gaps::add);
		return gaps;
	}

	private static Optional<Gap> gap(String kind, List<HandReadings.Missing> missing, String page) {
		if (missing.isEmpty()) {
			return Optional.empty();
		}
		Map<DepartmentEntry, Integer> byEntry = new LinkedHashMap<>();
		missing.forEach(m -> byEntry.merge(m.entry(), 1, Integer::sum));
		List<Item> items = byEntry.entrySet().stream()
			.map(e -> Item.of(Text.of("gate.item.count", e.getKey().displayName(), e.getValue()),
					page + "?entry=" + e.getKey().id() + "&missing=true"))
			.toList();
		return Optional.of(new Gap(kind, missing.size(), page + "?missing=true", items));
	}

}
