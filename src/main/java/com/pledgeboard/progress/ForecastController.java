package com.pledgeboard.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.pledgeboard.catalogue.PlanYear;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

	/** The list as CSV (UTF-8 with a byte order mark, so that Excel reads it), headings in the reader's language. */
	@GetMapping("/admin/progress/years/{planYearId}/forecast.csv")
	ResponseEntity<byte[]> csv(@PathVariable long planYearId) {
		PlanYear year = planYear(planYearId);
		List<ForecastWarnings.Warning> list = warnings.of(year);
		Locale locale = LocaleContextHolder.getLocale();
		var bytes = new ByteArrayOutputStream();
		bytes.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
			csv.printRecord(List.of("department", "no", "commitment", "target", "projection", "low", "high", "shortfall",
					"throughout", "monthsLeft").stream().map(k -> messages.getMessage("forecast.csv." + k, null, locale)).toList());
			for (ForecastWarnings.Warning w : list) {
				csv.printRecord(text(w.department()), w.no(), text(w.title()), text(w.target().description()),
						plain(w.yearEnd().value()), plain(w.yearEnd().low()), plain(w.yearEnd().high()), w.shortfallPercent(),
						w.yearEnd().missesThroughout(), w.monthsLeft());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("forecast-" + year.year() + ".csv").build().toString())
			.body(bytes.toByteArray());
	}

	private PlanYear planYear(long planYearId) {
		return board.planYear(planYearId).orElseThrow(() -> new ProgressNotFoundException("plan year " + planYearId));
	}

	/** Text a department typed, with formula prefixes defused so that a spreadsheet shows it as text. */
	private static String text(String value) {
		return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	private static String plain(BigDecimal value) {
		return ProgressBoard.plain(value);
	}

}
