package com.pledgeboard.demo;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYearState;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Which plan year is the demonstration: a year of the seed's region ({@code pledgeboard.demo.year},
 * 2021 by default, the year before the seed's), and its id once it exists.
 */
@Component
@ConditionalOnProperty(name = "pledgeboard.demo", havingValue = "true")
class DemoYears {

	private final Catalogue catalogue;

	private final String region;

	private final int year;

	private volatile Long planYearId;

	/** The year's department entries and commitments by id, once the year is made (closed). */
	private volatile Set<Long> entries = Set.of();

	private volatile Set<Long> commitments = Set.of();

	DemoYears(Catalogue catalogue, @Value("${pledgeboard.seed.region}") String region,
			@Value("${pledgeboard.demo.year:2021}") int year) {
		this.catalogue = catalogue;
		this.region = region;
		this.year = year;
	}

	String region() {
		return region;
	}

	int year() {
		return year;
	}

	/** Whether the page's year (a year number in the portal's addresses) is the demonstration's. */
	boolean isDemoYear(int yearNumber) {
		return yearNumber == year;
	}

	/** Whether the plan year by id (as the back office addresses it) is the demonstration's. */
	boolean isDemoPlanYear(long id) {
		Long known = planYearId;
		if (known == null) {
			known = catalogue.findPlanYear(region, year).map(p -> p.id()).orElse(null);
			planYearId = known;
		}
		return known != null && known == id;
	}

	/** Whether a department entry (by id, as the back office addresses it) is one of the demonstration's. */
	boolean isDemoEntry(long entryId) {
		return contents().entries.contains(entryId);
	}

	/** Whether a commitment (by id, as the back office addresses it) is one of the demonstration's. */
	boolean isDemoCommitment(long commitmentId) {
		return contents().commitments.contains(commitmentId);
	}

	private DemoYears contents() {
		if (entries.isEmpty()) {
			catalogue.findPlanYear(region, year).filter(p -> p.state() == PlanYearState.CLOSED).ifPresent(p -> {
				List<DepartmentEntry> all = catalogue.entries(p.id());
				commitments = all.stream().flatMap(e -> e.commitments().stream()).map(c -> c.id())
					.collect(Collectors.toUnmodifiableSet());
				entries = all.stream().map(DepartmentEntry::id).collect(Collectors.toUnmodifiableSet());
			});
		}
		return this;
	}

}
