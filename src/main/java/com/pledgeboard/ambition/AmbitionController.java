package com.pledgeboard.ambition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.documents.CsvDownload;
import com.pledgeboard.extraction.AmbitionFinding;
import com.pledgeboard.i18n.NotFound;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The office's summary of a year's checks of ambition: how many findings of each kind, per category and per
 * department, and every finding with its reason, linking to the department's page where it is mended; and
 * the same list as CSV for the committee. {@code ADMIN} only.
 */
@Controller
class AmbitionController {

	static final String VIEW_YEAR = "admin/ambition-year";

	private static final List<String> COLUMNS = List.of("category", "department", "no", "title", "kind", "reason");

	private final Catalogue catalogue;

	private final AmbitionReview review;

	private final FindingText text;

	private final MessageSource messages;

	AmbitionController(Catalogue catalogue, AmbitionReview review, FindingText text, MessageSource messages) {
		this.catalogue = catalogue;
		this.review = review;
		this.text = text;
		this.messages = messages;
	}

	/** One finding as the page and the export show it. */
	record Shown(long entryId, long commitmentId, String category, String department, int no, String title, String kind,
			String reason) {

		List<Object> cells() {
			return Arrays.asList(category, department, no, title, kind, reason);
		}

	}

	/** A category's or department's count of findings, one per kind in the order of the kinds. */
	record Tally(String name, Long entryId, List<Long> counts, long total) {
	}

	@GetMapping("/admin/years/{planYearId}/ambition")
	String year(@PathVariable long planYearId, Model model, Locale locale) {
		PlanYear year = yearForOffice(planYearId);
		List<AmbitionReview.Row> rows = review.ofYear(year);
		List<AmbitionFinding.Kind> kinds = List.of(AmbitionFinding.Kind.values());
		model.addAttribute("planYear", year);
		model.addAttribute("kinds", kinds.stream().map(k -> text.title(k, locale)).toList());
		model.addAttribute("counts", List.copyOf(AmbitionReview.counts(rows).values()));
		model.addAttribute("commitments",
				catalogue.entries(year.id()).stream().mapToInt(e -> e.commitments().size()).sum());
		model.addAttribute("unmeasurable", AmbitionReview.unmeasurable(rows));
		model.addAttribute("byCategory", tallies(rows, r -> categoryOf(r, locale), r -> null));
		model.addAttribute("byDepartment", tallies(rows, r -> r.entry().displayName(), r -> r.entry().id()));
		model.addAttribute("findings", shown(rows, locale));
		return VIEW_YEAR;
	}

	@GetMapping("/admin/years/{planYearId}/ambition.csv")
	ResponseEntity<byte[]> csv(@PathVariable long planYearId, Locale locale) {
		PlanYear year = yearForOffice(planYearId);
		List<String> headings = COLUMNS.stream().map(c -> messages.getMessage("ambition.column." + c, null, locale)).toList();
		List<List<?>> rows = shown(review.ofYear(year), locale).stream().<List<?>>map(Shown::cells).toList();
		String name = messages.getMessage("ambition.fileName", new Object[] { String.valueOf(year.year()) }, locale) + ".csv";
		return CsvDownload.attachment(name, CsvDownload.write(headings, rows));
	}

	private PlanYear yearForOffice(long planYearId) {
		Accounts.requireOffice();
		return catalogue.planYear(planYearId).orElseThrow(() -> NotFound.of("plan year " + planYearId));
	}

	private List<Shown> shown(List<AmbitionReview.Row> rows, Locale locale) {
		return rows.stream()
			.map(r -> new Shown(r.entry().id(), r.commitment().id(), categoryOf(r, locale), r.entry().displayName(),
					r.commitment().no(), r.commitment().title(), text.title(r.finding().kind(), locale),
					text.reason(r.finding(), locale)))
			.toList();
	}

	private String categoryOf(AmbitionReview.Row row, Locale locale) {
		String category = row.entry().category();
		return category == null ? messages.getMessage("ambition.noCategory", null, locale) : category;
	}

	private static List<Tally> tallies(List<AmbitionReview.Row> rows, Function<AmbitionReview.Row, String> name,
			Function<AmbitionReview.Row, Long> entryId) {
		Map<String, List<AmbitionReview.Row>> grouped = rows.stream()
			.collect(Collectors.groupingBy(name, LinkedHashMap::new, Collectors.toList()));
		List<Tally> tallies = new ArrayList<>();
		grouped.forEach((key, group) -> tallies.add(new Tally(key, entryId.apply(group.get(0)),
				List.copyOf(AmbitionReview.counts(group).values()), group.size())));
		return tallies;
	}

}
