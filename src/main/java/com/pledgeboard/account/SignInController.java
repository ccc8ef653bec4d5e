package com.pledgeboard.account;

import com.pledgeboard.i18n.Refused;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page and the page where users change their own password.
 */
@Controller
class SignInController {

	static final String VIEW_LOGIN = "account/login";

	static final String VIEW_PASSWORD = "account/password";

	private final UserAccounts accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final MessageSource messages;

	SignInController(UserAccounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
			HttpSession session, Model model) {
		if (error != null) {
			Object message = session == null ? null : session.getAttribute(SignInFailureHandler.MESSAGE);
			model.addAttribute("error", message == null ? "login.error.credentials" : message);
		}
		model.addAttribute("signedOut", signedOut != null);
		return VIEW_LOGIN;
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("forced", Accounts.require().mustChangePassword());
		return VIEW_PASSWORD;
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam String current, @RequestParam String next, @RequestParam String repeat,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		SignedInUser user = Accounts.require();
		model.addAttribute("forced", user.mustChangePassword());
		if (!next.equals(repeat)) {
			model.addAttribute("problem",
					messages.getMessage("account.refused.passwordsDiffer", null, LocaleContextHolder.getLocale()));
			return VIEW_PASSWORD;
		}
		try {
			accounts.changePassword(user.id(), current, next, request.getSession().getId());
		}
		catch (Refused ex) {
			model.addAttribute("problem", messages.getMessage(ex, LocaleContextHolder.getLocale()));
			return VIEW_PASSWORD;
		}
		SignedInUser changed = user.withPasswordChanged();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		return "redirect:/admin?passwordChanged";
	}

}
