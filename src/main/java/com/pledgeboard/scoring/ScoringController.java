package com.pledgeboard.scoring;

import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.i18n.NotFound;
import com.pledgeboard.i18n.Refused;
import com.pledgeboard.scoring.engine.DepartmentResult;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office of scoring: the ranking as it stands (frozen once closed), a department's
 * explanation, and the scheme with its what-if view. Authorisation is {@link Scoring}'s.
 */
@Controller
class ScoringController {

	static final String VIEW_SCORES = "admin/scores";

	static final String VIEW_EXPLANATION = "admin/score";

	static final String VIEW_SCHEME = "admin/scheme";

	private final Scoring scoring;

	private final Catalogue catalogue;

	private final MessageSource messages;

	ScoringController(Scoring scoring, Catalogue catalogue, MessageSource messages) {
		this.scoring = scoring;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@GetMapping("/admin/years/{planYearId}/scores")
	String scores(@PathVariable long planYearId, Model model) {
		ScoreBoard board = scoring.current(planYearId);
		model.addAttribute("planYear", board.planYear());
		model.addAttribute("board", board);
		model.addAttribute("scheme", scoring.scheme(planYearId));
		return VIEW_SCORES;
	}

	@GetMapping("/admin/years/{planYearId}/scores/{entryId}")
	String explanation(@PathVariable long planYearId, @PathVariable long entryId, Model model) {
		ScoreBoard board = scoring.current(planYearId);
		DepartmentResult d = board.result().department(entryId)
			.orElseThrow(() -> NotFound.of("entry " + entryId));
		model.addAttribute("planYear", board.planYear());
		model.addAttribute("board", board);
		model.addAttribute("d", d);
		return VIEW_EXPLANATION;
	}

	@GetMapping("/admin/years/{planYearId}/scheme")
	String scheme(@PathVariable long planYearId, Model model) {
		Scoring.VersionedScheme scheme = scoring.scheme(planYearId);
		return schemePage(planYear(planYearId), scheme, SchemeForm.of(scheme.scheme()), model);
	}

	@PostMapping("/admin/years/{planYearId}/scheme")
	String saveScheme(@PathVariable long planYearId, @ModelAttribute SchemeForm form, RedirectAttributes redirect) {
		try {
			scoring.saveScheme(planYearId, form.toScheme());
			redirect.addFlashAttribute("done", "scoring.done.saved");
		}
		catch (Refused ex) {
			redirect.addFlashAttribute("problem", messages.getMessage(ex, LocaleContextHolder.getLocale()));
		}
		return "redirect:/admin/years/" + planYearId + "/scheme";
	}

	/** The ranking under the form's scheme; nothing is saved, the page says so. */
	@PostMapping("/admin/years/{planYearId}/scheme/what-if")
	String whatIf(@PathVariable long planYearId, @ModelAttribute SchemeForm form, Model model) {
		PlanYear year = planYear(planYearId);
		Scoring.VersionedScheme stored = scoring.scheme(planYearId);
		try {
			model.addAttribute("whatIf", scoring.whatIf(planYearId, form.toScheme()));
		}
		catch (Refused ex) {
			model.addAttribute("problem", messages.getMessage(ex, LocaleContextHolder.getLocale()));
		}
		return schemePage(year, stored, form, model);
	}

	private String schemePage(PlanYear year, Scoring.VersionedScheme scheme, SchemeForm form, Model model) {
		model.addAttribute("planYear", year);
		model.addAttribute("scheme", scheme);
		model.addAttribute("form", form);
		model.addAttribute("editable", year.state() != PlanYearState.CLOSED);
		return VIEW_SCHEME;
	}

	private PlanYear planYear(long planYearId) {
		return catalogue.planYear(planYearId).orElseThrow(() -> NotFound.of("plan year " + planYearId));
	}

}
