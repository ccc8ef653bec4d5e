package com.pledgeboard.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessment office's department directory: every department of a region with its aliases and the
 * years it has an entry in, the departments of a year's table not linked to one, and the forms that
 * change them. Each change is authorised again in {@link DirectoryEditing}.
 */
@Controller
class DepartmentDirectoryController {

	static final String PATH = "/admin/departments";

	static final String VIEW = "admin/departments";

	private final DirectoryEditing directory;

	private final String defaultRegion;

	private final MessageSource messages;

	DepartmentDirectoryController(DirectoryEditing directory, @Value("${pledgeboard.default-region}") String defaultRegion,
			MessageSource messages) {
		this.directory = directory;
		this.defaultRegion = defaultRegion;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String page(@RequestParam(required = false) String region, Model model) {
		String code = region == null || region.isBlank() ? defaultRegion : region.strip();
		model.addAttribute("region", code);
		model.addAttribute("departments", directory.departments(code));
		model.addAttribute("unresolved", directory.unresolved(code));
		model.addAttribute("regions", directory.regions());
		return VIEW;
	}

	@PostMapping(PATH)
	String create(@RequestParam String region, @RequestParam String name, RedirectAttributes redirect) {
		attempt(redirect, () -> directory.create(region, name), "directory.done.created");
		return back(region);
	}

	@PostMapping(PATH + "/{id}/rename")
	String rename(@PathVariable long id, @RequestParam String region, @RequestParam String name,
			RedirectAttributes redirect) {
		attempt(redirect, () -> directory.rename(id, name), "directory.done.renamed");
		return back(region);
	}

	@PostMapping(PATH + "/{id}/aliases")
	String addAlias(@PathVariable long id, @RequestParam String region, @RequestParam String alias,
			RedirectAttributes redirect) {
		attempt(redirect, () -> directory.addAlias(id, alias), "directory.done.aliasAdded");
		return back(region);
	}

	@PostMapping(PATH + "/{id}/aliases/remove")
	String removeAlias(@PathVariable long id, @RequestParam String region, @RequestParam String alias,
			RedirectAttributes redirect) {
		attempt(redirect, () -> directory.removeAlias(id, alias), "directory.done.aliasRemoved");
		return back(region);
	}

	@PostMapping(PATH + "/{id}/merge")
	String merge(@PathVariable long id, @RequestParam String region, @RequestParam(required = false) Long into,
			RedirectAttributes redirect) {
		attempt(redirect, () -> {
			if (into == null) {
				throw new EditRefusedException("directory.refused.mergeInto");
			}
			directory.merge(id, into);
		}, "directory.done.merged");
		return back(region);
	}

	@PostMapping(PATH + "/{id}/retire")
	String retire(@PathVariable long id, @RequestParam String region, RedirectAttributes redirect) {
		attempt(redirect, () -> directory.retire(id), "directory.done.retired");
		return back(region);
	}

	@PostMapping(PATH + "/{id}/reinstate")
	String reinstate(@PathVariable long id, @RequestParam String region, RedirectAttributes redirect) {
		attempt(redirect, () -> directory.reinstate(id), "directory.done.reinstated");
		return back(region);
	}

	/** Links a department of a year's table: {@code department} an id, or {@code new} for a new department. */
	@PostMapping(PATH + "/entries/{entryId}")
	String link(@PathVariable long entryId, @RequestParam String region, @RequestParam(defaultValue = "") String department,
			RedirectAttributes redirect) {
		attempt(redirect, () -> directory.link(entryId, chosen(department)), "directory.done.linked");
		return back(region) + "#unresolved";
	}

	private static Long chosen(String department) {
		if ("new".equals(department)) {
			return null;
		}
		try {
			return Long.valueOf(department.strip());
		}
		catch (NumberFormatException ex) {
			throw new EditRefusedException("directory.refused.choose");
		}
	}

	private static String back(String region) {
		return "redirect:" + PATH + "?region=" + URLEncoder.encode(region, StandardCharsets.UTF_8);
	}

	/** Runs a change; a refusal the office can mend comes back as a message on the page, in its language. */
	private void attempt(RedirectAttributes redirect, Runnable change, String doneKey) {
		try {
			change.run();
			redirect.addFlashAttribute("done", doneKey);
		}
		catch (EditRefusedException ex) {
			redirect.addFlashAttribute("problem", messages.getMessage(ex, LocaleContextHolder.getLocale()));
		}
	}

}
