package com.pledgeboard.portal;

import java.util.List;
import java.util.Map;

import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
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

	static final String VIEW_CATEGORY = "portal/category";

	static final String VIEW_COMMITMENT = "portal/commitment";

	static final String VIEW_SEARCH = "portal/search";

	static final String VIEW_CALIBRATION = "portal/calibration";

	private final PublicYears years;

	private final Difficulty difficulty;

	private final ProgressBoard progress;

	private final PortalViews views;

	private final DepartmentHistory history;

	PortalController(PublicYears years, Difficulty difficulty, ProgressBoard progress, PortalViews views,
			DepartmentHistory history) {
		this.years = years;
		this.difficulty = difficulty;
		this.progress = progress;
		this.views = views;
		this.history = history;
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

	/** The year's home: its state, counts of lights, each category and, once closed, the ranking. */
	@GetMapping("/years/{year}")
	String year(@PathVariable int year, @RequestParam(required = false) String region, Model model) {
		PlanYear planYear = years.year(years.region(region), year);
		model.addAttribute("planYear", planYear);
		model.addAttribute("overview", views.year(planYear));
		model.addAttribute("otherYears", years.years(planYear.regionCode()));
		return VIEW_YEAR;
	}

	@GetMapping("/years/{year}/categories/{category}")
	String category(@PathVariable int year, @PathVariable String category,
			@RequestParam(required = false) String region, Model model) {
		PlanYear planYear = years.year(years.region(region), year);
		model.addAttribute("planYear", planYear);
		model.addAttribute("category", views.category(planYear, category));
		model.addAttribute("ranked", planYear.state() == PlanYearState.CLOSED);
		return VIEW_CATEGORY;
	}

	@GetMapping("/years/{year}/departments/{name}")
	String department(@PathVariable int year, @PathVariable String name, @RequestParam(required = false) String region,
			Model model) {
		PlanYear planYear = years.year(years.region(region), year);
		model.addAttribute("planYear", planYear);
		DepartmentEntry entry = years.entry(planYear, name);
		model.addAttribute("page", DepartmentPage.of(entry));
		model.addAttribute("difficulty", difficulty.publicView(entry.id()).orElse(null));
		Map<Long, CommitmentProgress> lights = progress.ofYear(planYear);
		model.addAttribute("progress", lights);
		LightCounts own = views.lights(lights, entry);
		model.addAttribute("lights", own);
		model.addAttribute("lightBar", LightBar.of(own));
		model.addAttribute("pictures", views.pictures(planYear, entry.commitments(), lights));
		model.addAttribute("publicFiles", progress.publicFiles(planYear));
		model.addAttribute("standing", views.standing(planYear, entry).orElse(null));
		model.addAttribute("history", history.of(planYear, entry));
		return VIEW_DEPARTMENT;
	}

	@GetMapping("/years/{year}/departments/{name}/commitments/{no}")
	String commitment(@PathVariable int year, @PathVariable String name, @PathVariable int no,
			@RequestParam(required = false) String region, Model model) {
		PlanYear planYear = years.year(years.region(region), year);
		model.addAttribute("planYear", planYear);
		PortalViews.CommitmentPage page = views.commitment(planYear, years.entry(planYear, name), no);
		model.addAttribute("page", page);
		model.addAttribute("pictures",
				views.pictures(planYear, List.of(page.commitment()), Map.of(page.commitment().id(), page.progress())));
		return VIEW_COMMITMENT;
	}

	/** Self-assessed against assessed coefficients, once the year is published. */
	@GetMapping("/years/{year}/calibration")
	String calibration(@PathVariable int year, @RequestParam(required = false) String region, Model model) {
		PlanYear planYear = years.year(years.region(region), year);
		model.addAttribute("planYear", planYear);
		model.addAttribute("calibration", difficulty.calibration(planYear.id()));
		model.addAttribute("attainment", difficulty.againstAttainment(planYear.id()).orElse(null));
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
