package com.pledgeboard.journey;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.support.Beside;
import com.pledgeboard.support.Browser;
import com.pledgeboard.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a citizen or the office opens, in a real browser, checked by axe-core for WCAG 2.1 AA at a
 * desktop's (1280 px) and a phone's (390 px) width: no serious or critical violation anywhere; at both
 * widths no page scrolls sideways and no chart's label runs out of its chart. Each page is kept as a
 * screenshot at both widths. The application is a context of its own (the seed year and this tour's two
 * users), so that the tour can run {@link Beside} the tests that share the other journeys' context.
 */
@Beside
@ResourceLock(value = Resources.SYSTEM_PROPERTIES, mode = ResourceAccessMode.READ)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "pledgeboard.test.context=accessibility-journey")
class AccessibilityJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	MessageSource messages;

	private static String encode(String name) {
		return URLEncoder.encode(name, StandardCharsets.UTF_8);
	}

	@Test
	void shouldPassAxeOnEveryPublicAndBackOfficePage() {
		PlanYear year = catalogue.findPlanYear("330500", 2022).orElseThrow();
		long entry = catalogue.entries(year.id()).get(0).id();
		String[] errors = Stream.of("403", "404", "500")
			.map(code -> messages.getMessage("error." + code + ".title", null, Locale.SIMPLIFIED_CHINESE))
			.toArray(String[]::new);
		String y = "/admin/years/" + year.id();
		DepartmentEntry sports = catalogue.entry(year.id(), "市体育局").orElseThrow();
		String department = "/years/2022/departments/" + encode("市体育局");
		// Named, so that each screenshot says which page it is (the README shows them by these names).
		Map<String, String> publicPages = new LinkedHashMap<>();
		publicPages.put("year", "/years/2022");
		publicPages.put("category", "/years/2022/categories/" + encode(sports.category()));
		publicPages.put("department", department);
		publicPages.put("commitment", department + "/commitments/" + sports.commitments().get(0).no());
		publicPages.put("search", "/years/2022/search?q=" + encode("体育"));
		publicPages.put("calibration", "/years/2022/calibration");
		publicPages.put("ranking", "/years/2022/ranking");
		publicPages.put("evaluation", "/years/2022/evaluate");
		publicPages.put("sign-in", "/login");
		publicPages.put("year-en", "/years/2022?lang=en");
		publicPages.put("commitment-en", department + "/commitments/" + sports.commitments().get(0).no() + "?lang=en");
		Map<String, String> officePages = new LinkedHashMap<>();
		officePages.put("home", "/admin");
		officePages.put("users", "/admin/users");
		officePages.put("import", "/admin/import");
		officePages.put("departments", "/admin/departments");
		officePages.put("year", y);
		officePages.put("entry-review", "/admin/entries/" + entry);
		officePages.put("entry-difficulty", "/admin/entries/" + entry + "/difficulty");
		officePages.put("difficulty", y + "/difficulty");
		officePages.put("difficulty-calibration", y + "/difficulty/calibration");
		officePages.put("progress", "/admin/progress/years/" + year.id());
		officePages.put("forecast", "/admin/progress/years/" + year.id() + "/forecast");
		officePages.put("progress-commitment", "/admin/progress/commitments/" + sports.commitments().get(0).id());
		officePages.put("scores", y + "/scores");
		officePages.put("score", y + "/scores/" + sports.id());
		officePages.put("scheme", y + "/scheme");
		officePages.put("final-readings", y + "/final-readings");
		officePages.put("comments", y + "/comments");
		officePages.put("ambition", y + "/ambition");
		officePages.put("audit", "/admin/audit");
		officePages.put("password", "/account/password");
		// The leadership rating is the committee's, not the office's.
		Map<String, String> raterPages = Map.of("leadership", y + "/leadership");
		accounts.createWithPassword(new UserAccounts.NewUser("axe-office", "考评办", Role.ADMIN, null),
				TestUsers.PASSWORD, false);
		accounts.createWithPassword(new UserAccounts.NewUser("axe-rater", "评审专家", Role.RATER, null),
				TestUsers.PASSWORD, false);
		List<String> checked = new ArrayList<>();
		Map<String, Map<Integer, List<String>>> badlyLaidOut = new LinkedHashMap<>();
		try (Browser browser = Browser.start("accessibility")) {
			WebDriver web = browser.driver();
			Map<String, Map<String, String>> tour = new LinkedHashMap<>();
			tour.put("public", publicPages);
			tour.put("office", officePages);
			tour.put("rater", raterPages);
			for (var visitor : tour.entrySet()) {
				boolean signedIn = !visitor.getKey().equals("public");
				if (signedIn) {
					web.manage().deleteAllCookies();
					browser.signIn("http://localhost:" + port, "axe-" + visitor.getKey());
				}
				visitor.getValue().forEach((name, page) -> {
					web.get("http://localhost:" + port + page);
					if (signedIn) {
						assertThat(web.getCurrentUrl()).as(page).doesNotContain("/login");
					}
					assertThat(web.getTitle()).as(page).doesNotStartWith(errors[0]).doesNotStartWith(errors[1])
						.doesNotStartWith(errors[2]);
					badlyLaidOut.put(page, browser.inspect(visitor.getKey() + "-" + name, page));
					checked.add(page);
				});
			}
		}
		assertThat(checked).hasSize(publicPages.size() + officePages.size() + raterPages.size());
		badlyLaidOut.values().removeIf(Map::isEmpty);
		assertThat(badlyLaidOut).as("pages that scroll sideways or whose charts' labels run out or overlap, by width")
			.isEmpty();
	}

}
