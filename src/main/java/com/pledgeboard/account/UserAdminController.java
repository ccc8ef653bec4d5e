package com.pledgeboard.account;

import com.pledgeboard.i18n.Refused;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessment office's page of users. A one-time password is rendered once in the answer to the
 * request that made it, never put in the session or a redirect.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

	static final String VIEW_USERS = "admin/users";

	static final String VIEW_ONE_TIME_PASSWORD = "admin/one-time-password";

	private final UserAccounts accounts;

	private final DepartmentDirectory departments;

	private final MessageSource messages;

	UserAdminController(UserAccounts accounts, DepartmentDirectory departments, MessageSource messages) {
		this.accounts = accounts;
		this.departments = departments;
		this.messages = messages;
	}

	record UserForm(String username, String displayName, Role role, Long departmentId, String email) {
	}

	@GetMapping
	String list(Model model) {
		return page(model, new UserForm("", "", Role.REPORTER, null, ""), null);
	}

	private String page(Model model, UserForm form, String problem) {
		model.addAttribute("users", accounts.list());
		model.addAttribute("departments", departments.departments());
		model.addAttribute("roles", Role.values());
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		return VIEW_USERS;
	}

	@PostMapping
	String create(UserForm form, Model model) {
		try {
			var created = accounts.create(new UserAccounts.NewUser(form.username(), form.displayName(), form.role(),
					form.role() != null && form.role().belongsToDepartment() ? form.departmentId() : null,
					form.email()));
			model.addAttribute("created", created);
			model.addAttribute("reset", false);
			return VIEW_ONE_TIME_PASSWORD;
		}
		catch (Refused ex) {
			return page(model, form, text(ex));
		}
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, () -> accounts.disable(id), "users.done.disabled");
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, () -> accounts.enable(id), "users.done.enabled");
	}

	@PostMapping("/{id}/role")
	String role(@PathVariable long id, @RequestParam Role role, @RequestParam(required = false) Long departmentId,
			RedirectAttributes redirect) {
		return act(redirect, () -> accounts.changeRole(id, role, role.belongsToDepartment() ? departmentId : null),
				"users.done.role");
	}

	@PostMapping("/{id}/email")
	String email(@PathVariable long id, @RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
		return act(redirect, () -> accounts.changeEmail(id, email), "users.done.email");
	}

	@PostMapping("/{id}/reset-password")
	String reset(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			model.addAttribute("created", accounts.resetPassword(id));
			model.addAttribute("reset", true);
			return VIEW_ONE_TIME_PASSWORD;
		}
		catch (Refused ex) {
			redirect.addFlashAttribute("problem", text(ex));
			return "redirect:/admin/users";
		}
	}

	private String act(RedirectAttributes redirect, Runnable action, String doneKey) {
		try {
			action.run();
			redirect.addFlashAttribute("done", doneKey);
		}
		catch (Refused ex) {
			redirect.addFlashAttribute("problem", text(ex));
		}
		return "redirect:/admin/users";
	}

	/** A refusal in the reader's language. */
	private String text(Refused refusal) {
		return messages.getMessage(refusal, LocaleContextHolder.getLocale());
	}

}
