package com.pledgeboard.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.difficulty.Difficulty;
import com.pledgeboard.progress.CommitmentProgress;
import com.pledgeboard.progress.LightCounts;
import com.pledgeboard.progress.ProgressBoard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages: no sign-in, Chinese first, server-rendered.
 */
@Controller
class PortalController {

	static final String VIEW_HOME = "portal/home";

	static final String VIEW_YEAR = "portal/year";

	static final String VIEW_DEPARTMENT = "portal/department";

	static final String VIEW_SEARCH = "portal/search";

	static final String VIEW_CALIBRATION = "portal/calibration";

	private final PublicYears years;

	private final Difficulty difficulty;

	private final ProgressBoard progress;

	PortalController(PublicYears years, Difficulty difficulty, ProgressBoard progress) {
		this.years = years;
		this.difficulty = difficulty;
		this.progress = progress;
	}

	@GetMapping("/")
	String home(@RequestParam(required = false) String region, Model model) {
		String code = years.region(region);
		List<PlanYear> published = years.years(code);
		if (!published.isEmpty()) {
			return "redirect:/years/" + published.get(0).year() + (region == null ? "" : "?region=" + code);
		}
		model.addAttribute("region", code);
		return VIEW_HOME;
	}

	@GetMapping("/years/{year}")
	String year(@PathVariable int year, @RequestParam(required = false) String region, Model model) {
		PlanYear planYear = years.year(years.region(region), year);
		List<DepartmentEntry> entries = years.entries(planYear);
		Map<String, List<DepartmentEntry>> byCategory = new LinkedHashMap<>();
		entries.forEach(e -> byCategory.computeIfAbsent(e.category(), k -> new ArrayList<>()).add(e));
		model.addAttribute("planYear", planYear);
		model.addAttribute("categories", byCategory);
		model.addAttribute("commitmentCount", entries.stream().mapToInt(e -> e.commitments().size()).sum());
		model.addAttribute("otherYears", years.years(planYear.regionCode()));
		Map<Long, CommitmentProgress> lights = progress.ofYear(planYear);
		Map<Long, LightCounts> byEntry = new LinkedHashMap<>();
		Map<String, LightCounts> lightsByCategory = new LinkedHashMap<>();
		entries.forEach(e -> byEntry.put(e.id(), LightCounts.of(e.commitments().stream().map(c -> lights.get(c.id())).toList())));
		byCategory.forEach((category, list) -> lightsByCategory.put(category,
				LightCounts.of(list.stream().flatMap(e -> e.commitments().stream()).map(c -> lights.get(c.id())).toList())));
		model.addAttribute("lightsByEntry", byEntry);
		model.addAttribute("lightsByCategory", lightsByCategory);
		return VIEW_YEAR;
	}

	@GetMapping("/years/{year}/departments/{name}")
	String department(@PathVariable int year, @PathVariable String name, @RequestParam(required = false) String region,
			Model model) {
		PlanYear planYear = years.year(years.region(region), year);
		model.addAttribute("planYear", planYear);
		DepartmentEntry entry = years.entry(planYear, name);
		model.addAttribute("page", DepartmentPage.of(entry));
		model.addAttribute("difficulty", difficulty.publicView(entry.id()).orElse(null));
		model.addAttribute("progress", progress.ofYear(planYear));
		model.addAttribute("publicFiles", progress.publicFiles(planYear));
		return VIEW_DEPARTMENT;
	}

	/** Self-assessed against assessed coefficients, once the year is published. */
	@GetMapping("/years/{year}/calibration")
	String calibration(@PathVariable int year, @RequestParam(required = false) String region, Model model) {
		PlanYear planYear = years.year(years.region(region), year);
		model.addAttribute("planYear", planYear);
		model.addAttribute("calibration", difficulty.calibration(planYear.id()));
		return VIEW_CALIBRATION;
	}

	@GetMapping("/years/{year}/search")
	String search(@PathVariable int year, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, Model model) {
		PlanYear planYear = years.year(years.region(region), year);
		model.addAttribute("planYear", planYear);
		model.addAttribute("search", Search.of(q, years.entries(planYear)));
		return VIEW_SEARCH;
	}

}
