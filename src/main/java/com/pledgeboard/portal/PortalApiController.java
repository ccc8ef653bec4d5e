package com.pledgeboard.portal;

import java.util.Locale;

import com.pledgeboard.catalogue.TableDocument;
import com.pledgeboard.difficulty.Difficulty;
import com.pledgeboard.difficulty.rules.Calibration;
import com.pledgeboard.i18n.NotFound;
import com.pledgeboard.scoring.Scoring;
import com.pledgeboard.scoring.engine.DepartmentResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
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
@Tag(name = "public", description = "Published plan years: categories, departments, commitments, targets, "
		+ "progress, calibration and year-end scores")
class PortalApiController {

	private final PublicYears years;

	private final PortalViews views;

	private final Difficulty difficulty;

	private final Scoring scoring;

	private final MessageSource messages;

	PortalApiController(PublicYears years, PortalViews views, Difficulty difficulty, Scoring scoring,
			MessageSource messages) {
		this.years = years;
		this.views = views;
		this.difficulty = difficulty;
		this.scoring = scoring;
		this.messages = messages;
	}

	@GetMapping("/departments")
	@Operation(operationId = "listDepartments",
			summary = "Every department of a published plan year with its commitments and targets",
			description = "The shape of seed-structure.gold.json; each commitment adds `targets` (TARGETS.md objects "
					+ "with their review status). Not found for a year that is not published.")
	TableDocument departments(@PathVariable int year, @RequestParam(required = false) String region) {
		return TableDocument.withTargets(years.entries(years.year(years.region(region), year)));
	}

	@GetMapping("/departments/{name}")
	@Operation(operationId = "getDepartment",
			summary = "One department of a published plan year, by its canonical name (or printed name when unresolved)")
	TableDocument.Department department(@PathVariable int year, @PathVariable String name,
			@RequestParam(required = false) String region) {
		var planYear = years.year(years.region(region), year);
		return TableDocument.department(years.entry(planYear, name), true);
	}

	@GetMapping
	@Operation(operationId = "getYear",
			summary = "A published plan year: its state, counts, lights by category and department, and each "
			+ "department's rank, total and grade once the year is closed (categories are then in rank order)")
	PortalViews.YearOverview year(@PathVariable int year, @RequestParam(required = false) String region) {
		return views.year(years.year(years.region(region), year));
	}

	@GetMapping("/categories/{category}")
	@Operation(operationId = "getCategory",
			summary = "One category of a published plan year, by its name as printed in the table")
	PortalViews.CategoryOverview category(@PathVariable int year, @PathVariable String category,
			@RequestParam(required = false) String region) {
		return views.category(years.year(years.region(region), year), category);
	}

	@GetMapping("/departments/{name}/commitments/{no}")
	@Operation(operationId = "getCommitment",
			summary = "One commitment: its targets, its light and why, each target's approved readings through "
			+ "the year, the approved reports and the files made public with them")
	CommitmentDocument commitment(@PathVariable int year, @PathVariable String name, @PathVariable int no,
			@RequestParam(required = false) String region, Locale locale) {
		var planYear = years.year(years.region(region), year);
		var page = views.commitment(planYear, years.entry(planYear, name), no);
		return CommitmentDocument.of(page, planYear.year(), verdict -> messages.getMessage(
				"light.reason." + verdict.reason(), verdict.argArray(), verdict.reason(), locale));
	}

	@GetMapping("/calibration")
	@Operation(operationId = "getCalibration",
			summary = "Self-assessed against assessed difficulty coefficients of every department, with means "
			+ "and spreads by category")
	Calibration calibration(@PathVariable int year, @RequestParam(required = false) String region) {
		return difficulty.calibration(years.year(years.region(region), year).id());
	}

	@GetMapping("/scores/{name}")
	@Operation(operationId = "getScore",
			summary = "A department's frozen year-end score with its whole explanation; not found before the "
			+ "year is closed")
	DepartmentResult score(@PathVariable int year, @PathVariable String name,
			@RequestParam(required = false) String region) {
		var planYear = years.year(years.region(region), year);
		long entryId = years.entry(planYear, name).id();
		return scoring.published(planYear.id())
			.flatMap(board -> board.result().department(entryId))
			.orElseThrow(() -> new NotFound("portal.notFound.score", name, year));
	}

	@GetMapping("/search")
	@Operation(operationId = "searchYear",
			summary = "Departments, commitments and targets of a published plan year that contain every word of q")
	Search search(@PathVariable int year, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region) {
		return Search.of(q, years.entries(years.year(years.region(region), year)));
	}

}
