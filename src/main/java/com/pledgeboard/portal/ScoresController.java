package com.pledgeboard.portal;

import java.util.List;
import java.util.Optional;

import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.evaluation.Evaluations;
import com.pledgeboard.scoring.Explanations;
import com.pledgeboard.i18n.NotFound;
import com.pledgeboard.scoring.ScoreBoard;
import com.pledgeboard.scoring.Scoring;
import com.pledgeboard.scoring.engine.DepartmentResult;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of year-end scores: the scheme and, once the year is closed, the ranking of each
 * category and each department's score card with its explanation and the approved public comments.
 */
@Controller
class ScoresController {

	static final String VIEW_RANKING = "portal/ranking";

	static final String VIEW_SCORE = "portal/score";

	private final PublicYears years;

	private final Scoring scoring;

	private final Evaluations evaluations;

	private final Explanations explanations;

	ScoresController(PublicYears years, Scoring scoring, Evaluations evaluations, Explanations explanations) {
		this.years = years;
		this.scoring = scoring;
		this.evaluations = evaluations;
		this.explanations = explanations;
	}

	@GetMapping("/years/{year}/ranking")
	String ranking(@PathVariable int year, @RequestParam(required = false) String region, Model model) {
		PlanYear planYear = years.year(years.region(region), year);
		Optional<ScoreBoard> board = scoring.published(planYear.id());
		model.addAttribute("planYear", planYear);
		model.addAttribute("board", board.orElse(null));
		model.addAttribute("scheme", scoring.scheme(planYear.id()));
		return VIEW_RANKING;
	}

	@GetMapping("/years/{year}/scores/{name}")
	String score(@PathVariable int year, @PathVariable String name, @RequestParam(required = false) String region,
			Model model) {
		PlanYear planYear = years.year(years.region(region), year);
		DepartmentEntry entry = years.entry(planYear, name);
		ScoreBoard board = scoring.published(planYear.id())
			.orElseThrow(() -> new NotFound("portal.notFound.scores", year));
		DepartmentResult d = board.result().department(entry.id())
			.orElseThrow(() -> new NotFound("portal.notFound.score", name, year));
		model.addAttribute("planYear", planYear);
		model.addAttribute("d", d);
		model.addAttribute("chartLabels", d.parts().stream().map(p -> explanations.part(p.title())).toList());
		model.addAttribute("chartValues", d.parts().stream().map(p -> p.missing() ? null : p.score()).toList());
		model.addAttribute("comments", evaluations.approvedComments(entry.id()));
		return VIEW_SCORE;
	}

}
