package com.pledgeboard.office;

import java.util.Locale;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.account.SignedInUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The back-office home: what waits for the signed-in user, from every module. */
@Controller
class HomeController {

	static final String VIEW_HOME = "admin/home";

	private final HomeSections sections;

	HomeController(HomeSections sections) {
		this.sections = sections;
	}

	@GetMapping("/admin")
	String home(Model model, Locale locale) {
		SignedInUser user = Accounts.require();
		model.addAttribute("user", user);
		model.addAttribute("sections", sections.of(user, locale));
		return VIEW_HOME;
	}

}
