package com.pledgeboard.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;

import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.i18n.NotFound;
import com.pledgeboard.i18n.Refused;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office of evaluation: a committee member's leadership ratings, and the moderation of public
 * comments by the assessment office. Authorisation is the services'.
 */
@Controller
class EvaluationBackOfficeController {

	static final String VIEW_LEADERSHIP = "admin/leadership";

	static final String VIEW_COMMENTS = "admin/comments";

	private final LeadershipRatings leadership;

	private final Moderation moderation;

	private final Catalogue catalogue;

	private final MessageSource messages;

	EvaluationBackOfficeController(LeadershipRatings leadership, Moderation moderation, Catalogue catalogue,
			MessageSource messages) {
		this.leadership = leadership;
		this.moderation = moderation;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@GetMapping("/admin/years/{planYearId}/leadership")
	String leadership(@PathVariable long planYearId, Model model) {
		model.addAttribute("mine", leadership.mine(planYearId));
		PlanYear year = planYear(planYearId);
		model.addAttribute("planYear", year);
		model.addAttribute("open", year.state() == PlanYearState.ASSESSING);
		model.addAttribute("entries", catalogue.entries(planYearId));
		return VIEW_LEADERSHIP;
	}

	@PostMapping("/admin/years/{planYearId}/leadership")
	String rate(@PathVariable long planYearId, @RequestParam MultiValueMap<String, String> params,
			RedirectAttributes redirect) {
		Map<Long, Integer> scores = new LinkedHashMap<>();
		try {
			params.forEach((name, values) -> {
				if (name.startsWith("score-") && !values.isEmpty() && !values.get(0).isBlank()) {
					scores.put(Long.parseLong(name.substring(6)), Integer.parseInt(values.get(0)));
				}
			});
			leadership.rate(planYearId, scores);
			redirect.addFlashAttribute("done", "evaluation.done.leadership");
		}
		catch (NumberFormatException ex) {
			redirect.addFlashAttribute("problem",
					messages.getMessage("evaluation.refused.score", null, LocaleContextHolder.getLocale()));
		}
		catch (Refused ex) {
			redirect.addFlashAttribute("problem", messages.getMessage(ex, LocaleContextHolder.getLocale()));
		}
		return "redirect:/admin/years/" + planYearId + "/leadership";
	}

	@GetMapping("/admin/years/{planYearId}/comments")
	String comments(@PathVariable long planYearId, Model model) {
		model.addAttribute("comments", moderation.comments(planYearId));
		model.addAttribute("planYear", planYear(planYearId));
		Map<Long, String> names = new LinkedHashMap<>();
		catalogue.entries(planYearId).forEach(e -> names.put(e.id(), e.displayName()));
		model.addAttribute("names", names);
		return VIEW_COMMENTS;
	}

	@PostMapping("/admin/public-ratings/{ratingId}/moderate")
	String moderate(@PathVariable long ratingId, @RequestParam String decision, RedirectAttributes redirect) {
		long planYearId = moderation.moderate(ratingId, "approve".equals(decision));
		redirect.addFlashAttribute("done", "evaluation.done.moderated");
		return "redirect:/admin/years/" + planYearId + "/comments";
	}

	private PlanYear planYear(long planYearId) {
		return catalogue.planYear(planYearId).orElseThrow(() -> NotFound.of("plan year " + planYearId));
	}

}
