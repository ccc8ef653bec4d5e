package com.pledgeboard.journey;

import java.math.BigDecimal;
import java.util.List;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.CatalogueEditing;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.ingest.TableImporter;
import com.pledgeboard.support.Browser;
import com.pledgeboard.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A committee member, in a real browser, rates three departments of a year in rating; the assessment
 * office then sees who has rated, closes the rating, and the assessed coefficients are fixed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DifficultyRatingJourneyTests {

	private static final List<String> DEPARTMENTS = List.of("市医保局", "市公安局", "市司法局");

	private static final List<String> VALUES = List.of("1.32", "1.41", "1.18");

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	TableImporter importer;

	@Autowired
	Catalogue catalogue;

	@Autowired
	CatalogueEditing editing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldLetARaterRateThreeDepartmentsAndTheOfficeCloseTheRating() {
		long year = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "rating.txt", "330500",
				2079, PlanYearState.DRAFT, false).planYearId();
		TestUsers users = new TestUsers(accounts, userDetails, catalogue);
		users.user("journey-rater", Role.RATER, null);
		UserDetails office = users.user("journey-office", Role.ADMIN, null);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(office, null, office.getAuthorities()));
		try {
			editing.transition(year, PlanYearState.RATING, "进入难度评定", true, "测试年度：越过未补齐的事项");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		String base = "http://localhost:" + port;
		try (Browser browser = Browser.start("difficulty-rating")) {
			WebDriver web = browser.driver();
			browser.signIn(base, "journey-rater");
			web.get(base + "/admin/years/" + year + "/difficulty");
			assertThat(Browser.awaitText(web, By.tagName("h1"), "2079")).contains("2079");
			browser.screenshot("01-rater-overview");
			for (int i = 0; i < DEPARTMENTS.size(); i++) {
				web.findElement(By.linkText(DEPARTMENTS.get(i))).click();
				assertThat(Browser.awaitText(web, By.tagName("h1"), DEPARTMENTS.get(i))).contains(DEPARTMENTS.get(i));
				web.findElement(By.cssSelector(".rating-form input[name=value]")).sendKeys(VALUES.get(i));
				web.findElement(By.cssSelector(".rating-form textarea[name=comment]")).sendKeys("任务量与同类部门相当");
				if (i == 0) {
					browser.screenshot("02-rating-form");
				}
				web.findElement(By.cssSelector(".rating-form button[type=submit]")).click();
				assertThat(Browser.awaitText(web, By.cssSelector("p.notice[role=status]"), "评分已保存")).contains("评分已保存");
				assertThat(Browser.awaitText(web, By.cssSelector(".my-rating"), VALUES.get(i))).contains(VALUES.get(i));
				web.findElement(By.cssSelector(".crumbs a[href$='/difficulty']")).click();
			}
			assertThat(web.findElements(By.xpath("//td[text()='1/1']"))).hasSize(3);
			browser.screenshot("03-rater-done");
			browser.signOut();

			browser.signIn(base, "journey-office");
			web.get(base + "/admin/years/" + year + "/difficulty");
			assertThat(Browser.awaitText(web, By.cssSelector("table.raters"), "journey-rater")).contains("journey-rater");
			browser.screenshot("04-office-before-close");
			web.findElement(By.cssSelector("input[name=confirmed]")).click();
			web.findElement(By.id("close-rating")).click();
			assertThat(Browser.awaitText(web, By.cssSelector("p.notice[role=status]"), "难度评定已结束")).contains("难度评定已结束");
			browser.screenshot("05-office-closed");
			for (int i = 0; i < DEPARTMENTS.size(); i++) {
				assertThat(assessed(year, DEPARTMENTS.get(i))).isEqualByComparingTo(VALUES.get(i));
			}
			web.findElement(By.linkText("自评与评定对比")).click();
			assertThat(web.findElements(By.cssSelector("#calibration-table tbody tr"))).hasSize(5);
			assertThat(web.findElement(By.cssSelector("#calibration-chart[data-rendered=true] canvas")).isDisplayed())
				.isTrue();
			browser.screenshot("06-calibration");
		}
	}

	private BigDecimal assessed(long year, String department) {
		return jdbc.sql("""
				select e.assessed_coefficient from department_entry e join department d on d.id = e.department_id
				where e.plan_year_id = ? and d.canonical_name = ?""")
			.params(year, department)
			.query(BigDecimal.class)
			.single();
	}

}
