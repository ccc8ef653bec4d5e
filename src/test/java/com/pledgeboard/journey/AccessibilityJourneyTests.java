package com.pledgeboard.journey;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a citizen or the office opens, in a real browser, checked by axe-core for WCAG 2.1 AA:
 * no serious or critical violation anywhere. Each page is kept as a screenshot at desktop and phone
 * widths.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Catalogue catalogue;

	private static String encode(String name) {
		return URLEncoder.encode(name, StandardCharsets.UTF_8);
	}

	@Test
	void shouldPassAxeOnEveryPublicAndBackOfficePage() {
		PlanYear year = catalogue.findPlanYear("330500", 2022).orElseThrow();
		long entry = catalogue.entries(year.id()).get(0).id();
		List<String> publicPages = List.of("/years/2022", "/years/2022/departments/" + encode("市体育局"),
				"/years/2022/calibration", "/years/2022/ranking", "/login", "/years/2022?lang=en");
		List<String> officePages = List.of("/admin", "/admin/users", "/admin/years/" + year.id(),
				"/admin/entries/" + entry, "/admin/audit", "/admin/years/" + year.id() + "/difficulty",
				"/admin/progress/years/" + year.id(), "/admin/years/" + year.id() + "/scores",
				"/admin/years/" + year.id() + "/scheme", "/account/password");
		accounts.createWithPassword(new UserAccounts.NewUser("axe-office", "考评办", Role.ADMIN, null),
				"correct-horse-battery-staple", false);
		List<String> checked = new ArrayList<>();
		try (Browser browser = Browser.start("accessibility")) {
			WebDriver web = browser.driver();
			for (String page : publicPages) {
				web.get("http://localhost:" + port + page);
				browser.screenshot("public-" + checked.size());
				browser.assertAccessible(page);
				checked.add(page);
			}
			web.get("http://localhost:" + port + "/years/2022?lang=zh-CN");
			web.get("http://localhost:" + port + "/login");
			web.findElement(By.id("username")).sendKeys("axe-office");
			web.findElement(By.id("password")).sendKeys("correct-horse-battery-staple");
			web.findElement(By.cssSelector("form.form button[type=submit]")).click();
			browser.awaitUrl("/admin");
			for (String page : officePages) {
				web.get("http://localhost:" + port + page);
				assertThat(web.getCurrentUrl()).as(page).doesNotContain("/login");
				browser.screenshot("office-" + checked.size());
				browser.assertAccessible(page);
				checked.add(page);
			}
		}
		assertThat(checked).hasSize(publicPages.size() + officePages.size());
	}

}
