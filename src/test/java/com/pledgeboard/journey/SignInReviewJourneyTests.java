package com.pledgeboard.journey;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department reporter, in a real browser: signs in with the one-time password the office gave,
 * is made to choose a password, confirms a proposed target of the draft year, and signs out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInReviewJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	TableImporter importer;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldSignInChangeThePasswordConfirmATargetAndSignOut() {
		importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "draft.txt", "330500", 2034,
				PlanYearState.DRAFT, false);
		long department = new TestUsers(accounts, null, catalogue).departmentId("市体育局");
		var oneTime = accounts.create(new UserAccounts.NewUser("sport-reporter", "体育局填报员", Role.REPORTER, department));
		try (Browser browser = Browser.start("sign-in-review")) {
			WebDriver web = browser.driver();
			web.get("http://localhost:" + port + "/admin");
			assertThat(web.getCurrentUrl()).endsWith("/login");
			browser.screenshot("01-login");
			web.findElement(By.id("username")).sendKeys("sport-reporter");
			web.findElement(By.id("password")).sendKeys(oneTime.password());
			web.findElement(By.cssSelector("form.form button[type=submit]")).click();

			assertThat(browser.awaitUrl("/account/password")).endsWith("/account/password");
			assertThat(web.getPageSource()).contains("一次性密码");
			web.findElement(By.id("current")).sendKeys(oneTime.password());
			web.findElement(By.id("next")).sendKeys("体育强市-2034-新密码");
			web.findElement(By.id("repeat")).sendKeys("体育强市-2034-新密码");
			browser.screenshot("02-password");
			web.findElement(By.cssSelector("form.form button[type=submit]")).click();
			assertThat(web.getPageSource()).contains("密码已修改");

			web.findElement(By.partialLinkText("2034")).click();
			assertThat(Browser.awaitText(web, By.tagName("h1"), "市体育局")).isEqualTo("市体育局");
			browser.screenshot("03-review");
			long proposedBefore = proposed();
			web.findElement(By.cssSelector(".target-actions form[action$='/confirm'] button")).click();
			assertThat(Browser.awaitText(web, By.cssSelector("p.notice[role=status]"), "目标已确认")).contains("目标已确认");
			assertThat(proposed()).isEqualTo(proposedBefore - 1);
			browser.screenshot("04-confirmed");

			browser.signOut();
			assertThat(web.getPageSource()).contains("您已安全退出");
			web.get("http://localhost:" + port + "/admin");
			assertThat(web.getCurrentUrl()).endsWith("/login");
		}
	}

	private long proposed() {
		return jdbc.sql("""
				select count(*) from target t join commitment c on c.id = t.commitment_id
				join department_entry e on e.id = c.entry_id join plan_year p on p.id = e.plan_year_id
				join department d on d.id = e.department_id
				where p.year_number = 2034 and d.canonical_name = '市体育局' and t.status = 'PROPOSED'""")
			.query(Long.class)
			.single();
	}

}
