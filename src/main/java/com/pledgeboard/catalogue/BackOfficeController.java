package com.pledgeboard.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.i18n.Forbidden;
import com.pledgeboard.i18n.NotFound;
import com.pledgeboard.i18n.RefusalAdvice;

import jakarta.servlet.http.HttpServletRequest;

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
 * The back office of the catalogue: where the year stands, a department's commitments under review,
 * and the moves of a plan year. Every read and write is authorised again in {@link CatalogueEditing}
 * or here; the page only hides what the server would refuse anyway.
 */
@Controller
class BackOfficeController {

	static final String VIEW_YEAR = "admin/year";

	static final String VIEW_ENTRY = "admin/entry";

	private final Catalogue catalogue;

	private final CatalogueEditing editing;

	private final YearChecklist checklist;

	private final MessageSource messages;

	private final List<CommitmentNotes> notes;

	BackOfficeController(Catalogue catalogue, CatalogueEditing editing, YearChecklist checklist,
			MessageSource messages, List<CommitmentNotes> notes) {
		this.catalogue = catalogue;
		this.editing = editing;
		this.checklist = checklist;
		this.messages = messages;
		this.notes = notes;
	}

	/** The year; for the office, the next move with its checklist of what is still missing. */
	@GetMapping("/admin/years/{planYearId}")
	String year(@PathVariable long planYearId, Model model, Locale locale) {
		PlanYear year = catalogue.planYear(planYearId)
			.orElseThrow(() -> NotFound.of("plan year " + planYearId));
		boolean admin = CataloguePolicy.canManage(Accounts.require());
		PlanYearState next = year.state().ordinal() + 1 < PlanYearState.values().length
				? PlanYearState.values()[year.state().ordinal() + 1] : null;
		model.addAttribute("planYear", year);
		model.addAttribute("entries",
				catalogue.entries(planYearId).stream().filter(e -> editing.mayRead(e.departmentId())).toList());
		model.addAttribute("next", next);
		model.addAttribute("admin", admin);
		model.addAttribute("gaps", admin && next != null ? checklist.shownBefore(year, next, locale) : List.of());
		return VIEW_YEAR;
	}

	@PostMapping("/admin/years/{planYearId}/transition")
	String transition(@PathVariable long planYearId, @RequestParam PlanYearState to, @RequestParam String reason,
			@RequestParam(defaultValue = "false") boolean confirmed, @RequestParam(defaultValue = "false") boolean override,
			@RequestParam(defaultValue = "") String overrideReason, RedirectAttributes redirect,
			HttpServletRequest request) {
		RefusalAdvice.backTo(request, "/admin/years/" + planYearId);
		if (!confirmed) {
			redirect.addFlashAttribute("problem",
					messages.getMessage("catalogue.refused.unconfirmed", null, LocaleContextHolder.getLocale()));
		}
		else {
			editing.transition(planYearId, to, reason, override, overrideReason);
			redirect.addFlashAttribute("done", "backoffice.done.transition");
		}
		return "redirect:/admin/years/" + planYearId;
	}

	@GetMapping("/admin/entries/{entryId}")
	String entry(@PathVariable long entryId, Model model, Locale locale) {
		Catalogue.EntryInYear found = catalogue.entryById(entryId)
			.orElseThrow(() -> NotFound.of("entry " + entryId));
		if (!editing.mayRead(found.entry().departmentId())) {
			throw new Forbidden("account.forbidden.department");
		}
		model.addAttribute("planYear", found.planYear());
		model.addAttribute("entry", found.entry());
		model.addAttribute("review", ReviewPage.of(found.entry()));
		model.addAttribute("editable",
				found.planYear().state() == PlanYearState.DRAFT && editing.mayEdit(found.entry().departmentId()));
		model.addAttribute("blank", new TargetInput("quantity", "", "=", "", "", "", "", "", "", "", ""));
		Map<Long, List<CommitmentNotes.Note>> byCommitment = new HashMap<>();
		notes.forEach(n -> n.notesOn(found.planYear(), found.entry(), locale)
			.forEach((id, list) -> byCommitment.merge(id, list, (a, b) -> Stream.concat(a.stream(), b.stream()).toList())));
		model.addAttribute("notes", byCommitment);
		return VIEW_ENTRY;
	}

	@PostMapping("/admin/commitments/{id}")
	String editCommitment(@PathVariable long id, @RequestParam String title, @RequestParam String description,
			RedirectAttributes redirect) {
		editing.editCommitment(id, title, description);
		redirect.addFlashAttribute("done", "backoffice.done.commitment");
		return backToEntry(editing.place(id));
	}

	@PostMapping("/admin/commitments/{id}/targets")
	String addTarget(@PathVariable long id, @ModelAttribute TargetInput input, RedirectAttributes redirect) {
		editing.addTarget(id, input);
		redirect.addFlashAttribute("done", "backoffice.done.added");
		return backToEntry(editing.place(id));
	}

	@PostMapping("/admin/targets/{id}")
	String editTarget(@PathVariable long id, @ModelAttribute TargetInput input, RedirectAttributes redirect) {
		CatalogueEditing.Place place = placeOfTarget(id);
		editing.editTarget(id, input);
		redirect.addFlashAttribute("done", "backoffice.done.edited");
		return backToEntry(place);
	}

	@PostMapping("/admin/targets/{id}/confirm")
	String confirmTarget(@PathVariable long id, RedirectAttributes redirect) {
		CatalogueEditing.Place place = placeOfTarget(id);
		editing.confirmTarget(id);
		redirect.addFlashAttribute("done", "backoffice.done.confirmed");
		return backToEntry(place);
	}

	@PostMapping("/admin/targets/{id}/delete")
	String deleteTarget(@PathVariable long id, RedirectAttributes redirect) {
		CatalogueEditing.Place place = placeOfTarget(id);
		editing.deleteTarget(id);
		redirect.addFlashAttribute("done", "backoffice.done.deleted");
		return backToEntry(place);
	}

	private CatalogueEditing.Place placeOfTarget(long targetId) {
		return editing.place(editing.commitmentOfTarget(targetId));
	}

	private static String backToEntry(CatalogueEditing.Place place) {
		return "redirect:/admin/entries/" + place.entryId() + "#c" + place.commitmentId();
	}


}
