package com.pledgeboard.portal;

import com.pledgeboard.catalogue.TableDocument;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public read API of published plan years, in the shape of the structure document.
 */
@RestController
@RequestMapping("/api/v1/years/{year}")
@Tag(name = "public", description = "Published plan years: departments, commitments and their targets")
class PortalApiController {

	private final PublicYears years;

	PortalApiController(PublicYears years) {
		this.years = years;
	}

	@GetMapping("/departments")
	@Operation(summary = "Every department of a published plan year with its commitments and targets",
			description = "The shape of seed-structure.gold.json; each commitment adds `targets` (TARGETS.md objects "
					+ "with their review status). Not found for a year that is not published.")
	TableDocument departments(@PathVariable int year, @RequestParam(required = false) String region) {
		return TableDocument.withTargets(years.entries(years.year(years.region(region), year)));
	}

	@GetMapping("/departments/{name}")
	@Operation(summary = "One department of a published plan year, by its canonical name (or printed name when unresolved)")
	TableDocument.Department department(@PathVariable int year, @PathVariable String name,
			@RequestParam(required = false) String region) {
		var planYear = years.year(years.region(region), year);
		return TableDocument.department(years.entry(planYear, name), true);
	}

	@GetMapping("/search")
	@Operation(summary = "Departments, commitments and targets of a published plan year that contain every word of q")
	Search search(@PathVariable int year, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region) {
		return Search.of(q, years.entries(years.year(years.region(region), year)));
	}

}
