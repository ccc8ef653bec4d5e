package com.pledgeboard.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.pledgeboard.catalogue.PlanYearExistsException;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.UnknownRegionException;
import com.pledgeboard.i18n.Message;
import com.pledgeboard.i18n.NotFound;
import com.pledgeboard.i18n.RefusalAdvice;
import com.pledgeboard.i18n.Refused;
import com.pledgeboard.ingest.xlsx.XlsxTemplate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's import: upload a table, review what was read with every doubt flagged, fix
 * department names and coefficients, then commit in one transaction or cancel; and the download of
 * the template to fill in. {@code ADMIN} only, checked in {@link ImportDrafts} and here.
 */
@Controller
class ImportController {

	static final String VIEW_UPLOAD = "admin/import";

	static final String VIEW_REVIEW = "admin/import-review";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The value of the review's choice that creates a department named as printed. */
	static final String NEW_DEPARTMENT = "new";

	private final ImportDrafts drafts;

	private final String defaultRegion;

	private final MessageSource messages;

	private final List<ImportReviewNotes> notes;

	ImportController(ImportDrafts drafts,
			@Value("${pledgeboard.default-region}") String defaultRegion, MessageSource messages,
			List<ImportReviewNotes> notes) {
		this.drafts = drafts;
		this.defaultRegion = defaultRegion;
		this.messages = messages;
		this.notes = notes;
	}

	/** The upload form's fields. */
	record UploadForm(String region, Integer year) {
	}

	@GetMapping("/admin/import")
	String upload(Model model) {
		model.addAttribute("pending", drafts.pending());
		model.addAttribute("form", new UploadForm(defaultRegion, Year.now().getValue()));
		return VIEW_UPLOAD;
	}

	@PostMapping("/admin/import")
	String create(@RequestParam("file") MultipartFile file, @RequestParam String region, @RequestParam int year,
			RedirectAttributes redirect) {
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
				: file.getOriginalFilename();
		try {
			long id = drafts.create(file.getBytes(), name, region.strip(), year, ReadProgress.NONE);
			return "redirect:/admin/import/" + id;
		}
		catch (TableFormatException ex) {
			// the page says which file could not be read, then why, in the reader's language
			problem(redirect, Message.of("import.problem.file", ex.reason() == null ? ex.getMessage()
					: messages.getMessage(ex.reason(), LocaleContextHolder.getLocale())));
		}
		catch (UnknownRegionException ex) {
			problem(redirect, Message.of("import.problem.region"));
		}
		catch (IOException ex) {
			problem(redirect, Message.of("import.problem.upload"));
		}
		return "redirect:/admin/import";
	}

	@GetMapping("/admin/import/{id}")
	String review(@PathVariable long id, Model model, Locale locale) {
		ImportDraft draft = drafts.find(id).orElseThrow(() -> NotFound.of("import draft " + id));
		List<ImportDoubt> doubts = drafts.doubts(draft);
		Map<Integer, List<ImportDoubt>> byDepartment = doubts.stream().collect(Collectors.groupingBy(ImportDoubt::department));
		// the doubts about cells, by "department:commitment", to show each beside the commitment (or name) it concerns
		Map<String, List<ImportDoubt>> byCommitment = doubts.stream()
			.filter(d -> d.cell() >= 0)
			.collect(Collectors.groupingBy(d -> d.department() + ":" + d.commitmentNo()));
		model.addAttribute("draft", draft);
		model.addAttribute("doubts", doubts);
		model.addAttribute("yearDoubts", byDepartment.getOrDefault(-1, List.of()));
		model.addAttribute("byDepartment", byDepartment);
		model.addAttribute("byCommitment", byCommitment);
		model.addAttribute("directory", drafts.directory(draft));
		model.addAttribute("noteSections", notes.stream().map(n -> n.sectionOn(draft, locale)).filter(Objects::nonNull).toList());
		return VIEW_REVIEW;
	}

	@PostMapping("/admin/import/{id}/fix")
	String fix(@PathVariable long id, @RequestParam(name = "department", required = false) List<String> departments,
			@RequestParam(name = "self", required = false) List<String> self,
			@RequestParam(name = "assessed", required = false) List<String> assessed, RedirectAttributes redirect) {
		int count = departments == null ? 0 : departments.size();
		List<ImportDrafts.Fix> fixes = new ArrayList<>(count);
		try {
			for (int i = 0; i < count; i++) {
				String chosen = departments.get(i);
				boolean create = NEW_DEPARTMENT.equals(chosen);
				fixes.add(new ImportDrafts.Fix(create || chosen == null || chosen.isBlank() ? null : parseId(chosen), create,
						at(self, i), at(assessed, i)));
			}
			drafts.fix(id, fixes);
			redirect.addFlashAttribute("done", "import.done.fixed");
		}
		catch (Refused ex) {
			problem(redirect, ex);
		}
		return "redirect:/admin/import/" + id;
	}

	/** The part of a scanned page an OCR cell was read from, shown beside the cell in the review. */
	@GetMapping("/admin/import/{id}/cells/{cell}.png")
	ResponseEntity<byte[]> crop(@PathVariable long id, @PathVariable int cell) {
		byte[] png = drafts.crop(id, cell).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no image of cell " + cell));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(png);
	}

	@PostMapping("/admin/import/{id}/commit")
	String commit(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		try {
			long planYearId = drafts.commit(id, PlanYearState.DRAFT, confirmed);
			redirect.addFlashAttribute("done", "import.done.committed");
			return "redirect:/admin/years/" + planYearId;
		}
		catch (PlanYearExistsException ex) {
			problem(redirect, Message.of("import.problem.exists"));
			return "redirect:/admin/import/" + id;
		}
		catch (Refused ex) {
			problem(redirect, ex);
			return "redirect:/admin/import/" + id;
		}
	}

	@PostMapping("/admin/import/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		drafts.cancel(id);
		redirect.addFlashAttribute("done", "import.done.cancelled");
		return "redirect:/admin/import";
	}

	@GetMapping("/admin/import/template.xlsx")
	ResponseEntity<byte[]> template() {
		ImportPolicy.requireImporter();
		return download(new XlsxTemplate().write(), XLSX, "承诺事项导入模板.xlsx");
	}

	/** The reason a form was refused, as the reader reads it, on the one flash key of the refusal path. */
	private void problem(RedirectAttributes redirect, MessageSourceResolvable reason) {
		redirect.addFlashAttribute(RefusalAdvice.PROBLEM, messages.getMessage(reason, LocaleContextHolder.getLocale()));
	}

	private static ResponseEntity<byte[]> download(byte[] content, String mediaType, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

	private static Long parseId(String text) {
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new Refused("import.refused.department");
		}
	}

	private static String at(List<String> values, int i) {
		return values != null && i < values.size() ? values.get(i) : null;
	}

}
