package com.pledgeboard.progress;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.documents.CsvDownload;
import com.pledgeboard.i18n.NotFound;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The office's early warning of a plan year ({@link ForecastWarnings}): a page, and the same list as CSV
 * for the committee. Read-only; the office's alone.
 */
@Controller
class ForecastController {

	static final String VIEW = "admin/progress-forecast";

	private final ForecastWarnings warnings;

	private final ProgressBoard board;

	private final MessageSource messages;

	ForecastController(ForecastWarnings warnings, ProgressBoard board, MessageSource messages) {
		this.warnings = warnings;
		this.board = board;
		this.messages = messages;
	}

	@GetMapping("/admin/progress/years/{planYearId}/forecast")
	String page(@PathVariable long planYearId, Model model) {
		PlanYear year = planYear(planYearId);
		model.addAttribute("planYear", year);
		model.addAttribute("warnings", warnings.of(year));
		return VIEW;
	}

	/** The list as CSV for a spreadsheet, headings in the reader's language. */
	@GetMapping("/admin/progress/years/{planYearId}/forecast.csv")
	ResponseEntity<byte[]> csv(@PathVariable long planYearId) {
		PlanYear year = planYear(planYearId);
		Locale locale = LocaleContextHolder.getLocale();
		List<String> headings = Stream.of("department", "no", "commitment", "target", "projection", "low", "high",
				"shortfall", "throughout", "monthsLeft")
			.map(k -> messages.getMessage("forecast.csv." + k, null, locale))
			.toList();
		List<List<?>> rows = warnings.of(year).stream()
			.<List<?>>map(w -> Arrays.asList(w.department(), w.no(), w.title(), w.target().description(),
					number(w.yearEnd().value()), number(w.yearEnd().low()), number(w.yearEnd().high()),
					w.shortfallPercent(), w.yearEnd().missesThroughout(), w.monthsLeft()))
			.toList();
		return CsvDownload.attachment("forecast-" + year.year() + ".csv", CsvDownload.write(headings, rows));
	}

	private PlanYear planYear(long planYearId) {
		return board.planYear(planYearId).orElseThrow(() -> NotFound.of("plan year " + planYearId));
	}

	/** A figure as the pages write it, 12 rather than 12.0000, kept a number. */
	private static BigDecimal number(BigDecimal value) {
		return value == null ? null : new BigDecimal(ProgressBoard.plain(value));
	}

}
