package com.pledgeboard.scoring;

import com.pledgeboard.i18n.RefusalAdvice;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The final readings of a plan year in the back office: what scoring uses for each target and where it
 * comes from, the grades of commitments without measurable targets, and the forms to correct and grade
 * them. Authorisation is {@link HandReadings}'; the page only hides what it would refuse. Each form
 * carries the page's filter, so that the answer to a change shows the same choice again.
 */
@Controller
class FinalReadingsController {

	static final String VIEW_FINAL_READINGS = "admin/final-readings";

	private final HandReadings readings;

	FinalReadingsController(HandReadings readings) {
		this.readings = readings;
	}

	@GetMapping("/admin/years/{planYearId}/final-readings")
	String page(@PathVariable long planYearId, @RequestParam(required = false) Long entry,
			@RequestParam(defaultValue = "false") boolean missing, Model model) {
		HandReadings.Overview overview = readings.overview(planYearId, entry, missing);
		model.addAttribute("overview", overview);
		model.addAttribute("problemInRow", model.getAttribute("problemAt") instanceof String at && overview.shows(at));
		model.addAttribute("completions", HandReadings.Completion.values());
		model.addAttribute("maxReason", HandReadings.MAX_REASON);
		return VIEW_FINAL_READINGS;
	}

	@PostMapping("/admin/years/{planYearId}/final-readings/targets/{targetId}")
	String enter(@PathVariable long planYearId, @PathVariable long targetId, @RequestParam(required = false) String value,
			@RequestParam(required = false) String doneOn, @RequestParam(defaultValue = "false") boolean notDone,
			@RequestParam(required = false) String reason, @RequestParam(required = false) Long entry,
			@RequestParam(defaultValue = "false") boolean missing, RedirectAttributes redirect, HttpServletRequest request) {
		RefusalAdvice.at(request, "t" + targetId);
		readings.enter(planYearId, targetId, value, doneOn, notDone, reason);
		redirect.addFlashAttribute("done", "scoring.done.entered");
		return back(planYearId, entry, missing, "t" + targetId);
	}

	@PostMapping("/admin/years/{planYearId}/final-readings/targets/{targetId}/clear")
	String clear(@PathVariable long planYearId, @PathVariable long targetId, @RequestParam(required = false) Long entry,
			@RequestParam(defaultValue = "false") boolean missing, RedirectAttributes redirect, HttpServletRequest request) {
		RefusalAdvice.at(request, "t" + targetId);
		readings.clear(planYearId, targetId);
		redirect.addFlashAttribute("done", "scoring.done.cleared");
		return back(planYearId, entry, missing, "t" + targetId);
	}

	@PostMapping("/admin/years/{planYearId}/final-readings/commitments/{commitmentId}/grade")
	String grade(@PathVariable long planYearId, @PathVariable long commitmentId,
			@RequestParam(required = false) String grade, @RequestParam(required = false) String comment,
			@RequestParam(required = false) Long entry, @RequestParam(defaultValue = "false") boolean missing,
			RedirectAttributes redirect, HttpServletRequest request) {
		RefusalAdvice.at(request, "c" + commitmentId);
		readings.grade(planYearId, commitmentId, grade, comment);
		redirect.addFlashAttribute("done", "scoring.done.graded");
		return back(planYearId, entry, missing, "c" + commitmentId);
	}


	private static String back(long planYearId, Long entry, boolean missing, String anchor) {
		UriComponentsBuilder page = UriComponentsBuilder.fromPath("/admin/years/{id}/final-readings");
		if (entry != null) {
			page.queryParam("entry", entry);
		}
		if (missing) {
			page.queryParam("missing", true);
		}
		return "redirect:" + page.fragment(anchor).buildAndExpand(planYearId).toUriString();
	}

}
