package com.pledgeboard.portal;

import com.pledgeboard.catalogue.TableDocument;

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
class PortalApiController {

	private final PublicYears years;

	PortalApiController(PublicYears years) {
		this.years = years;
	}

	@GetMapping("/departments")
	TableDocument departments(@PathVariable int year, @RequestParam(required = false) String region) {
		return TableDocument.withTargets(years.entries(years.year(years.region(region), year)));
	}

	@GetMapping("/departments/{name}")
	TableDocument.Department department(@PathVariable int year, @PathVariable String name,
			@RequestParam(required = false) String region) {
		var planYear = years.year(years.region(region), year);
		return TableDocument.department(years.entry(planYear, name), true);
	}

}
