package com.pledgeboard.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.pledgeboard.i18n.Refused;

import org.springframework.beans.factory.annotation.Value;
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

	DepartmentDirectoryController(DirectoryEditing directory, @Value("${pledgeboard.default-region}") String defaultRegion) {
		this.directory = directory;
		this.defaultRegion = defaultRegion;
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
		directory.create(region, name);
		redirect.addFlashAttribute("done", "directory.done.created");
		return back(region);
	}

	@PostMapping(PATH + "/{id}/rename")
	String rename(@PathVariable long id, @RequestParam String region, @RequestParam String name,
			RedirectAttributes redirect) {
		directory.rename(id, name);
		redirect.addFlashAttribute("done", "directory.done.renamed");
		return back(region);
	}

	@PostMapping(PATH + "/{id}/aliases")
	String addAlias(@PathVariable long id, @RequestParam String region, @RequestParam String alias,
			RedirectAttributes redirect) {
		directory.addAlias(id, alias);
		redirect.addFlashAttribute("done", "directory.done.aliasAdded");
		return back(region);
	}

	@PostMapping(PATH + "/{id}/aliases/remove")
	String removeAlias(@PathVariable long id, @RequestParam String region, @RequestParam String alias,
			RedirectAttributes redirect) {
		directory.removeAlias(id, alias);
		redirect.addFlashAttribute("done", "directory.done.aliasRemoved");
		return back(region);
	}

	@PostMapping(PATH + "/{id}/merge")
	String merge(@PathVariable long id, @RequestParam String region, @RequestParam(required = false) Long into,
			RedirectAttributes redirect) {
		if (into == null) {
			throw new Refused("directory.refused.mergeInto");
		}
		directory.merge(id, into);
		redirect.addFlashAttribute("done", "directory.done.merged");
		return back(region);
	}

	@PostMapping(PATH + "/{id}/retire")
	String retire(@PathVariable long id, @RequestParam String region, RedirectAttributes redirect) {
		directory.retire(id);
		redirect.addFlashAttribute("done", "directory.done.retired");
		return back(region);
	}

	@PostMapping(PATH + "/{id}/reinstate")
	String reinstate(@PathVariable long id, @RequestParam String region, RedirectAttributes redirect) {
		directory.reinstate(id);
		redirect.addFlashAttribute("done", "directory.done.reinstated");
		return back(region);
	}

	/** Links a department of a year's table: {@code department} an id, or {@code new} for a new department. */
	@PostMapping(PATH + "/entries/{entryId}")
	String link(@PathVariable long entryId, @RequestParam String region, @RequestParam(defaultValue = "") String department,
			RedirectAttributes redirect) {
		directory.link(entryId, chosen(department));
		redirect.addFlashAttribute("done", "directory.done.linked");
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
			throw new Refused("directory.refused.choose");
		}
	}

	private static String back(String region) {
		return "redirect:" + PATH + "?region=" + URLEncoder.encode(region, StandardCharsets.UTF_8);
	}


}
