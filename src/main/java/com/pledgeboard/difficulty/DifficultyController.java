package com.pledgeboard.difficulty;

import com.pledgeboard.catalogue.PlanYear;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office of the difficulty: a year's overview, a department's self-assessment and ratings,
 * and the calibration. Every read and write is authorised again in {@link DifficultyPages} or
 * {@link DifficultyWorkflow}; the page only hides what the server would refuse anyway.
 */
@Controller
class DifficultyController {

	static final String VIEW_YEAR = "admin/difficulty-year";

	static final String VIEW_ENTRY = "admin/difficulty-entry";

	static final String VIEW_CALIBRATION = "admin/difficulty-calibration";

	private final DifficultyPages pages;

	private final DifficultyWorkflow workflow;

	private final Difficulty difficulty;

	private final MessageSource messages;

	DifficultyController(DifficultyPages pages, DifficultyWorkflow workflow, Difficulty difficulty,
			MessageSource messages) {
		this.pages = pages;
		this.workflow = workflow;
		this.difficulty = difficulty;
		this.messages = messages;
	}

	record SettingsForm(String min, String max, String step, RatingLevel level) {
	}

	record SelfForm(String value, String justification) {
	}

	/** {@code commitment} only at the commitment level. */
	record RatingForm(Long commitment, String value, String comment) {
	}

	record OverrideForm(Long commitment, String value, String reason) {
	}

	@GetMapping("/admin/years/{planYearId}/difficulty")
	String year(@PathVariable long planYearId, Model model) {
		model.addAttribute("page", pages.year(planYearId));
		model.addAttribute("levels", RatingLevel.values());
		return VIEW_YEAR;
	}

	@PostMapping("/admin/years/{planYearId}/difficulty/settings")
	String settings(@PathVariable long planYearId, @ModelAttribute SettingsForm form, RedirectAttributes redirect) {
		workflow.setSettings(planYearId, form.min(), form.max(), form.step(), form.level());
		redirect.addFlashAttribute("done", "difficulty.done.settings");
		return toYear(planYearId);
	}

	@PostMapping("/admin/years/{planYearId}/difficulty/close")
	String close(@PathVariable long planYearId, @RequestParam(defaultValue = "false") boolean confirmed,
			RedirectAttributes redirect) {
		if (!confirmed) {
			redirect.addFlashAttribute("problem",
					messages.getMessage("difficulty.refused.unconfirmed", null, LocaleContextHolder.getLocale()));
		}
		else {
			workflow.close(planYearId);
			redirect.addFlashAttribute("done", "difficulty.done.closed");
		}
		return toYear(planYearId);
	}

	@GetMapping("/admin/years/{planYearId}/difficulty/calibration")
	String calibration(@PathVariable long planYearId, Model model) {
		PlanYear year = pages.calibrationYear(planYearId);
		model.addAttribute("planYear", year);
		model.addAttribute("calibration", difficulty.calibration(planYearId));
		model.addAttribute("attainment", difficulty.againstAttainment(planYearId).orElse(null));
		return VIEW_CALIBRATION;
	}

	@GetMapping("/admin/entries/{entryId}/difficulty")
	String entry(@PathVariable long entryId, Model model) {
		model.addAttribute("page", pages.entry(entryId));
		return VIEW_ENTRY;
	}

	@PostMapping("/admin/entries/{entryId}/difficulty/self")
	String propose(@PathVariable long entryId, @ModelAttribute SelfForm form, RedirectAttributes redirect) {
		workflow.propose(entryId, form.value(), form.justification());
		redirect.addFlashAttribute("done", "difficulty.done.proposed");
		return toEntry(entryId);
	}

	@PostMapping("/admin/entries/{entryId}/difficulty/self/submit")
	String submit(@PathVariable long entryId, RedirectAttributes redirect) {
		workflow.submit(entryId);
		redirect.addFlashAttribute("done", "difficulty.done.submitted");
		return toEntry(entryId);
	}

	@PostMapping("/admin/entries/{entryId}/difficulty/rating")
	String rate(@PathVariable long entryId, @ModelAttribute RatingForm form, RedirectAttributes redirect) {
		workflow.rate(entryId, form.commitment(), form.value(), form.comment());
		redirect.addFlashAttribute("done", "difficulty.done.rated");
		return toEntry(entryId);
	}

	@PostMapping("/admin/entries/{entryId}/difficulty/override")
	String override(@PathVariable long entryId, @ModelAttribute OverrideForm form, RedirectAttributes redirect) {
		workflow.override(entryId, form.commitment(), form.value(), form.reason());
		redirect.addFlashAttribute("done", "difficulty.done.overridden");
		return toEntry(entryId);
	}

	private static String toYear(long planYearId) {
		return "redirect:/admin/years/" + planYearId + "/difficulty";
	}

	private static String toEntry(long entryId) {
		return "redirect:/admin/entries/" + entryId + "/difficulty";
	}


}
