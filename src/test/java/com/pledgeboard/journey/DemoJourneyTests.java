package com.pledgeboard.journey;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.scoring.Scoring;
import com.pledgeboard.scoring.engine.DepartmentResult;
import com.pledgeboard.support.Beside;
import com.pledgeboard.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demonstration year ({@code --demo}) in a real browser at 1280 and 390 px: every public page of the
 * closed year (the lights, the ranking with its grades, a department's score explained with its public
 * and leadership parts, the closed evaluation), the seed year's department page with the demonstration as
 * its earlier year, and the office's pages of a year with something in them (scores, final readings and
 * grades, the early warnings, ambition). Each page is marked 演示数据 where it is the demonstration's,
 * passes axe, neither scrolls sideways nor lets a chart's label run out, and is kept as a screenshot
 * under {@code target/screenshots/demo/}. The context is {@code DemoYearTests}' (same annotations), so
 * the demonstration is made once for both.
 */
@Beside
@ResourceLock(value = Resources.SYSTEM_PROPERTIES, mode = ResourceAccessMode.READ)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "pledgeboard.demo=true")
@AutoConfigureMockMvc
class DemoJourneyTests {

	private static final String PASSWORD = "correct-horse-battery-staple";

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Scoring scoring;

	@Autowired
	UserAccounts accounts;

	@Autowired
	MessageSource messages;

	private static String encode(String name) {
		return URLEncoder.encode(name, StandardCharsets.UTF_8);
	}

	@Test
	void shouldShowEveryPageOfTheDemonstrationYearMarkedAndLaidOutAtBothWidths() {
		PlanYear year = catalogue.findPlanYear("330500", 2021).orElseThrow();
		List<DepartmentResult> results = scoring.published(year.id()).orElseThrow().result().departments();
		// A department whose commitments and ratings give every part of the pages something to show.
		DepartmentResult shown = results.stream().filter(d -> d.commitments().size() > 2).findFirst().orElseThrow();
		String base = "/years/" + year.year();
		String department = base + "/departments/" + encode(shown.name());
		int commitment = shown.commitments().get(0).no();
		Map<String, String> marked = new LinkedHashMap<>();
		marked.put("year", base);
		marked.put("category", base + "/categories/" + encode(shown.category()));
		marked.put("department", department);
		marked.put("commitment", department + "/commitments/" + commitment);
		marked.put("ranking", base + "/ranking");
		marked.put("score", base + "/scores/" + encode(shown.name()));
		marked.put("calibration", base + "/calibration");
		marked.put("search", base + "/search?q=" + encode("体育"));
		marked.put("evaluation-closed", base + "/evaluate");
		Map<String, String> seed = Map.of("seed-department-with-history",
				"/years/2022/departments/" + encode(shown.name()));
		String y = "/admin/years/" + year.id();
		Map<String, String> office = new LinkedHashMap<>();
		office.put("office-year", y);
		office.put("office-progress", "/admin/progress/years/" + year.id());
		office.put("office-forecast", "/admin/progress/years/" + year.id() + "/forecast");
		office.put("office-scores", y + "/scores");
		office.put("office-score", y + "/scores/" + shown.entryId());
		office.put("office-final-readings", y + "/final-readings");
		office.put("office-ambition", y + "/ambition");
		String notFound = messages.getMessage("error.404.title", null, Locale.SIMPLIFIED_CHINESE);
		Map<String, Map<Integer, List<String>>> badlyLaidOut = new LinkedHashMap<>();
		accounts.createWithPassword(new UserAccounts.NewUser("tour-office", "考评办", Role.ADMIN, null), PASSWORD, false);
		try (Browser browser = Browser.start("demo")) {
			WebDriver web = browser.driver();
			Map<String, String> tour = new LinkedHashMap<>(marked);
			tour.putAll(seed);
			tour.forEach((name, page) -> visit(browser, name, page, badlyLaidOut));

			browser.signIn("http://localhost:" + port, "tour-office", PASSWORD);
			office.forEach((name, page) -> {
				visit(browser, name, page, badlyLaidOut);
				assertThat(web.getCurrentUrl()).as(page).doesNotContain("/login");
				assertThat(web.getPageSource()).as(page).contains("class=\"demo-banner\"");
			});
			for (String page : marked.values()) {
				web.get("http://localhost:" + port + page);
				assertThat(web.getPageSource()).as(page).contains("class=\"demo-banner\"");
				assertThat(web.getTitle()).as(page).doesNotStartWith(notFound);
			}
			web.get("http://localhost:" + port + seed.values().iterator().next());
			assertThat(web.getPageSource()).doesNotContain("class=\"demo-banner\"");
			assertThat(web.findElements(By.cssSelector("section.year-over-year table"))).as("the seed year's matches in 2021")
				.isNotEmpty();
			// Last, since the language chosen stays with the browser.
			visit(browser, "year-en", base + "?lang=en", badlyLaidOut);
			assertThat(web.getPageSource()).contains("Demonstration data");
		}
		badlyLaidOut.values().removeIf(Map::isEmpty);
		assertThat(badlyLaidOut).as("pages that scroll sideways or whose charts' labels run out or overlap, by width")
			.isEmpty();
	}

	private void visit(Browser browser, String name, String page, Map<String, Map<Integer, List<String>>> badlyLaidOut) {
		browser.driver().get("http://localhost:" + port + page);
		badlyLaidOut.put(page, browser.inspect(name, page));
	}

}
