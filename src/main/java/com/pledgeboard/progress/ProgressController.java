package com.pledgeboard.progress;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.catalogue.CatalogueEditing;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.documents.CsvDownload;
import com.pledgeboard.i18n.Forbidden;
import com.pledgeboard.i18n.NotFound;
import com.pledgeboard.i18n.Refused;
import com.pledgeboard.progress.rules.Cadence;
import com.pledgeboard.progress.rules.Light;
import com.pledgeboard.progress.rules.Measure;
import com.pledgeboard.progress.rules.NarrativeReadings;
import com.pledgeboard.progress.rules.Period;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office of progress: a plan year's overview for the current period, a commitment's reports
 * with their versions, the forms to file, upload, submit, approve, return and judge, and downloads of
 * evidence. Every change is authorised again in {@link ProgressReporting}; the pages only hide what
 * the server would refuse anyway.
 */
@Controller
class ProgressController {

	static final String VIEW_YEAR = "admin/progress-year";

	static final String VIEW_COMMITMENT = "admin/progress-commitment";

	private final ProgressReporting reporting;

	private final ProgressOffice office;

	private final ProgressBoard board;

	private final CommitmentPlace places;

	private final CatalogueEditing catalogueAccess;

	private final MessageSource messages;

	ProgressController(ProgressReporting reporting, ProgressOffice office, ProgressBoard board, CommitmentPlace places,
			CatalogueEditing catalogueAccess, MessageSource messages) {
		this.reporting = reporting;
		this.office = office;
		this.board = board;
		this.places = places;
		this.catalogueAccess = catalogueAccess;
		this.messages = messages;
	}

	@GetMapping("/admin/progress/years/{planYearId}")
	String year(@PathVariable long planYearId, Model model) {
		SignedInUser user = Accounts.require();
		PlanYear year = planYear(planYearId);
		model.addAttribute("overview", office.overview(year, e -> catalogueAccess.mayRead(e.departmentId())));
		model.addAttribute("admin", ProgressPolicy.canManage(user));
		model.addAttribute("cadences", Cadence.values());
		model.addAttribute("calendar", board.calendar(year));
		return VIEW_YEAR;
	}

	@PostMapping("/admin/progress/years/{planYearId}/schedule")
	String schedule(@PathVariable long planYearId, @RequestParam Cadence cadence, @RequestParam int dueDays,
			RedirectAttributes redirect) {
		reporting.changeSchedule(planYearId, cadence, dueDays);
		redirect.addFlashAttribute("done", "progress.done.schedule");
		return "redirect:/admin/progress/years/" + planYearId;
	}

	/** The overdue list as CSV, for a spreadsheet. */
	@GetMapping("/admin/progress/years/{planYearId}/overdue.csv")
	ResponseEntity<byte[]> overdueCsv(@PathVariable long planYearId) {
		SignedInUser user = Accounts.require();
		PlanYear year = planYear(planYearId);
		var overview = office.overview(year, e -> catalogueAccess.mayRead(e.departmentId()));
		Locale locale = LocaleContextHolder.getLocale();
		List<String> headings = Stream.of("field.department", "progress.column.no", "progress.column.commitment", "progress.column.missed",
				"progress.column.since", "progress.column.days", "progress.column.deadline")
			.map(code -> messages.getMessage(code, null, locale))
			.toList();
		List<List<?>> rows = overview.overdue().stream()
			.<List<?>>map(o -> Arrays.asList(o.department(), o.no(), o.title(), o.missed(), o.since(), o.days(),
					o.deadlineOverdue()))
			.toList();
		return CsvDownload.attachment("overdue-" + year.year() + "-" + user.id() + ".csv", CsvDownload.write(headings, rows));
	}

	@GetMapping("/admin/progress/commitments/{commitmentId}")
	String commitment(@PathVariable long commitmentId, @RequestParam(required = false) Integer period, Model model) {
		return show(commitmentId, period, model);
	}

	/**
	 * The report form again with the typed readings kept and the light each would give once approved;
	 * nothing is saved. A reading that cannot be taken is said as filing would say it.
	 */
	@PostMapping("/admin/progress/commitments/{commitmentId}/preview")
	String preview(@PathVariable long commitmentId, @RequestParam int period, @RequestParam(defaultValue = "") String narrative,
			@RequestParam Map<String, String> params, Model model) {
		Map<Long, String> values = typedValues(params);
		try {
			model.addAttribute("preview", reporting.preview(commitmentId, period, values));
		}
		catch (Refused ex) {
			model.addAttribute("problem", messages.getMessage(ex, LocaleContextHolder.getLocale()));
		}
		return formAgain(commitmentId, period, values, narrative, model);
	}

	/**
	 * The report form again with the readings the narrative states filled into their fields (a field the
	 * narrative says nothing of keeps what was typed) and the words they came from highlighted, for the
	 * reporter to confirm or change before saving; nothing is saved.
	 */
	@PostMapping("/admin/progress/commitments/{commitmentId}/propose")
	String propose(@PathVariable long commitmentId, @RequestParam int period, @RequestParam(defaultValue = "") String narrative,
			@RequestParam Map<String, String> params, Model model) {
		Map<Long, String> values = typedValues(params);
		try {
			NarrativeReadings.Narrative said = reporting.propose(commitmentId, period, narrative);
			values.putAll(said.fields());
			model.addAttribute("said", said);
		}
		catch (Refused ex) {
			model.addAttribute("problem", messages.getMessage(ex, LocaleContextHolder.getLocale()));
		}
		return formAgain(commitmentId, period, values, narrative, model);
	}

	/** The report form again with what was typed (and the narrative), saving nothing. */
	private String formAgain(long commitmentId, int period, Map<Long, String> values, String narrative, Model model) {
		show(commitmentId, period, model);
		model.addAttribute("prefill", values);
		model.addAttribute("prefillNarrative", narrative);
		return VIEW_COMMITMENT;
	}

	private String show(long commitmentId, Integer period, Model model) {
		SignedInUser user = Accounts.require();
		CommitmentPlace.Place place = places.of(commitmentId);
		if (!catalogueAccess.mayRead(place.departmentId())) {
			throw new Forbidden("account.forbidden.department");
		}
		boolean reporting = Set.of(PlanYearState.PUBLISHED, PlanYearState.ASSESSING).contains(place.year().state());
		var calendar = board.calendar(place.year());
		List<Period> open = calendar.open(board.today());
		int chosen = period != null ? period : calendar.current(board.today()).seq();
		List<ProgressOffice.Version> versions = office.versions(place);
		Map<Long, String> prefill = versions.stream()
			.filter(v -> v.period() == chosen)
			.findFirst()
			.map(ProgressOffice.Version::readings)
			.orElse(Map.of());
		model.addAttribute("place", place);
		CommitmentProgress progress = board.ofYear(place.year()).get(commitmentId);
		model.addAttribute("progress", progress);
		Map<Long, String> targetNames = new HashMap<>();
		progress.targets().forEach(t -> targetNames.put(t.targetId(), t.description()));
		model.addAttribute("targetNames", targetNames);
		model.addAttribute("versions", versions);
		model.addAttribute("openPeriods", open);
		model.addAttribute("chosenPeriod", chosen);
		model.addAttribute("prefill", prefill);
		model.addAttribute("prefillNarrative", versions.stream().filter(v -> v.period() == chosen).findFirst()
			.map(ProgressOffice.Version::narrative).orElse(""));
		model.addAttribute("canFile", reporting && ProgressPolicy.canReport(user, place.departmentId()));
		model.addAttribute("canApprove", reporting && ProgressPolicy.canApprove(user, place.departmentId()));
		model.addAttribute("canJudge", reporting && place.targets().isEmpty() && ProgressPolicy.canJudge(user));
		model.addAttribute("lights", List.of(Light.GREEN, Light.YELLOW, Light.RED));
		boolean canChooseMeasure = reporting && ProgressPolicy.canManage(user);
		model.addAttribute("measureChoices", canChooseMeasure ? board.measureChoices(place.commitment()) : List.of());
		model.addAttribute("measures", List.of(Measure.CUMULATIVE, Measure.LEVEL));
		model.addAttribute("automatic", ProgressReporting.AUTOMATIC);
		return VIEW_COMMITMENT;
	}

	/** The office's choice of how a quantity target is measured, or {@value ProgressReporting#AUTOMATIC}. */
	@PostMapping("/admin/progress/targets/{targetId}/measure")
	String chooseMeasure(@PathVariable long targetId, @RequestParam String measure, RedirectAttributes redirect) {
		long commitmentId = places.ofTarget(targetId).commitment().id();
		reporting.chooseMeasure(targetId, measure(measure));
		redirect.addFlashAttribute("done", "progress.done.measure");
		return backTo(commitmentId);
	}

	@PostMapping("/admin/progress/commitments/{commitmentId}/reports")
	String file(@PathVariable long commitmentId, @RequestParam int period, @RequestParam String narrative,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		Map<Long, String> values = typedValues(params);
		reporting.file(commitmentId, period, values, narrative);
		redirect.addFlashAttribute("done", "progress.done.filed");
		return "redirect:/admin/progress/commitments/" + commitmentId + "?period=" + period;
	}

	@PostMapping("/admin/progress/reports/{reportId}/evidence")
	String upload(@PathVariable long reportId, @RequestParam("file") MultipartFile file,
			@RequestParam(name = "publicFile", defaultValue = "false") boolean publicFile, RedirectAttributes redirect)
			throws IOException {
		long commitmentId = places.ofReport(reportId).commitment().id();
		byte[] content = file.getBytes();
		reporting.upload(reportId, file.getOriginalFilename(), file.getContentType(), content, publicFile);
		redirect.addFlashAttribute("done", "progress.done.uploaded");
		return backTo(commitmentId);
	}

	@PostMapping("/admin/progress/reports/{reportId}/submit")
	String submit(@PathVariable long reportId, RedirectAttributes redirect) {
		long commitmentId = places.ofReport(reportId).commitment().id();
		reporting.submit(reportId);
		redirect.addFlashAttribute("done", "progress.done.submitted");
		return backTo(commitmentId);
	}

	@PostMapping("/admin/progress/reports/{reportId}/approve")
	String approve(@PathVariable long reportId, @RequestParam(defaultValue = "") String comment,
			RedirectAttributes redirect) {
		long commitmentId = places.ofReport(reportId).commitment().id();
		reporting.approve(reportId, comment);
		redirect.addFlashAttribute("done", "progress.done.approved");
		return backTo(commitmentId);
	}

	@PostMapping("/admin/progress/reports/{reportId}/return")
	String sendBack(@PathVariable long reportId, @RequestParam(defaultValue = "") String comment,
			RedirectAttributes redirect) {
		long commitmentId = places.ofReport(reportId).commitment().id();
		reporting.sendBack(reportId, comment);
		redirect.addFlashAttribute("done", "progress.done.returned");
		return backTo(commitmentId);
	}

	@PostMapping("/admin/progress/commitments/{commitmentId}/light")
	String giveLight(@PathVariable long commitmentId, @RequestParam Light light, @RequestParam String reason,
			RedirectAttributes redirect) {
		reporting.giveLight(commitmentId, light, reason);
		redirect.addFlashAttribute("done", "progress.done.light");
		return backTo(commitmentId);
	}

	@GetMapping("/admin/progress/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidence(@PathVariable long evidenceId) {
		return office.evidenceForStaff(evidenceId)
			.map(EvidenceDownloads::attachment)
			.orElseThrow(() -> NotFound.of("evidence " + evidenceId));
	}

	/** The readings of the form, by target id, from its fields {@code t<id>}. */
	private static Map<Long, String> typedValues(Map<String, String> params) {
		Map<Long, String> values = new HashMap<>();
		params.forEach((key, value) -> {
			if (key.matches("t\\d{1,18}")) {
				values.put(Long.parseLong(key.substring(1)), value);
			}
		});
		return values;
	}

	private PlanYear planYear(long planYearId) {
		return board.planYear(planYearId).orElseThrow(() -> NotFound.of("plan year " + planYearId));
	}

	private static Measure measure(String chosen) {
		if (ProgressReporting.AUTOMATIC.equals(chosen)) {
			return null;
		}
		try {
			return Measure.valueOf(chosen);
		}
		catch (IllegalArgumentException ex) {
			throw new Refused("progress.refused.measure");
		}
	}

	private static String backTo(long commitmentId) {
		return "redirect:/admin/progress/commitments/" + commitmentId;
	}


}
