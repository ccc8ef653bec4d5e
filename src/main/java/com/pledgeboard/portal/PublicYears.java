package com.pledgeboard.portal;

import java.util.List;

import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.OverriddenGap;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.i18n.NotFound;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the portal may show: plan years from publication on. A year still in draft or rating is
 * answered as not found, exactly like one that does not exist.
 */
@Component
class PublicYears {

	private final Catalogue catalogue;

	private final String defaultRegion;

	PublicYears(Catalogue catalogue, @Value("${pledgeboard.default-region}") String defaultRegion) {
		this.catalogue = catalogue;
		this.defaultRegion = defaultRegion;
	}

	String region(String requested) {
		return requested == null || requested.isBlank() ? defaultRegion : requested.trim();
	}

	PlanYear year(String region, int year) {
		return catalogue.findPlanYear(region, year)
			.filter(p -> p.state().isPublic())
			.orElseThrow(() -> new NotFound("portal.notFound.year", year, region));
	}

	List<PlanYear> years(String region) {
		return catalogue.planYears(region).stream().filter(p -> p.state().isPublic()).toList();
	}

	List<DepartmentEntry> entries(PlanYear year) {
		return catalogue.entries(year.id());
	}

	/** The gaps the year was moved on past, which the year's pages and its JSON twin show. */
	List<OverriddenGap> overriddenGaps(PlanYear year) {
		return catalogue.overriddenGaps(year.id());
	}

	DepartmentEntry entry(PlanYear year, String name) {
		return catalogue.entry(year.id(), name)
			.orElseThrow(() -> new NotFound("portal.notFound.department", name, year.year()));
	}

}
