package com.pledgeboard.journey;

import java.nio.file.Path;
import java.time.Duration;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.support.Browser;
import com.pledgeboard.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assessment office, in a real browser: uploads a commitment table (with the upload's progress on
 * the page), reviews what was read, commits it, moves the year through rating to publication, and
 * the citizen's portal shows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfficeImportJourneyTests {

	private static final int YEAR = 2091;

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Catalogue catalogue;

	@Test
	void shouldImportReviewCommitAndPublishAYear() {
		accounts.createWithPassword(new UserAccounts.NewUser("journey-importer", "考评办", Role.ADMIN, null),
				TestUsers.PASSWORD, false);
		String base = "http://localhost:" + port;
		try (Browser browser = Browser.start("office-import")) {
			WebDriver web = browser.driver();
			browser.signIn(base, "journey-importer");

			web.get(base + "/admin/import");
			web.findElement(By.id("file"))
				.sendKeys(Path.of("src/test/resources/ingest/000_d450a7bd56f78988.txt").toAbsolutePath().toString());
			web.findElement(By.id("year")).clear();
			web.findElement(By.id("year")).sendKeys(String.valueOf(YEAR));
			browser.screenshot("01-upload");
			web.findElement(By.cssSelector("#upload button[type=submit]")).click();
			browser.awaitUrl("/admin/import/");
			browser.assertInspected("02-review", "import review");
			assertThat(web.getPageSource()).contains("环境局").contains("市生态环境局");
			web.findElement(By.cssSelector("form[action$='/commit'] button")).click();
			browser.awaitUrl("/admin/years/");
			assertThat(catalogue.findPlanYear("330500", YEAR).orElseThrow().state()).isEqualTo(PlanYearState.DRAFT);

			String[][] moves = { { "草稿审核完毕", "当前阶段：难度评定中" }, { "难度评定结束", "当前阶段：已发布" } };
			for (String[] move : moves) {
				web.findElement(By.id("reason")).sendKeys(move[0]);
				// Every target of the imported table is still a proposal: the office moves on past that.
				web.findElement(By.id("override")).click();
				web.findElement(By.id("overrideReason")).sendKeys("目标在发布后由各部门确认");
				web.findElement(By.cssSelector("input[name=confirmed]")).click();
				web.findElement(By.cssSelector("form[action$='/transition'] button")).click();
				// The notice is the same after each move; the stage it names is not.
				new WebDriverWait(web, Duration.ofSeconds(15)).until(d -> d.getPageSource().contains(move[1]));
			}
			assertThat(catalogue.findPlanYear("330500", YEAR).orElseThrow().state()).isEqualTo(PlanYearState.PUBLISHED);
			browser.screenshot("03-published");

			browser.signOut();
			web.get(base + "/years/" + YEAR);
			assertThat(Browser.awaitText(web, By.tagName("h1"), String.valueOf(YEAR))).contains(String.valueOf(YEAR));
			browser.screenshot("04-portal");
		}
	}

}
