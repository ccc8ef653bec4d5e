package com.pledgeboard.journey;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.OverriddenGap;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office closes a year that is not finished, in a real browser: the move is refused and the
 * checklist says what is missing; the office follows the link of the ungraded commitments, grades one,
 * comes back to a checklist with one fewer, and closes the year past the rest with a reason, which the
 * public year page then states.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class YearGatesJourneyTests {

	private static final int YEAR = 2002;

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TableImporter importer;

	@Test
	void shouldShowTheGapsLetTheOfficeFixOneAndCloseWithAnOverride() {
		long year = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "gates.txt", "330500", YEAR,
				PlanYearState.ASSESSING, false).planYearId();
		accounts.createWithPassword(new UserAccounts.NewUser("journey-gates", "考评办", Role.ADMIN, null),
				TestUsers.PASSWORD, false);
		String base = "http://localhost:" + port;
		try (Browser browser = Browser.start("year-gates")) {
			WebDriver web = browser.driver();
			browser.signIn(base, "journey-gates");

			web.get(base + "/admin/years/" + year);
			web.findElement(By.id("reason")).sendKeys("年终考评结束");
			web.findElement(By.cssSelector("input[name=confirmed]")).click();
			web.findElement(By.cssSelector("form[action$='/transition'] button")).click();
			String refused = Browser.awaitText(web, By.cssSelector("p.problem[role=alert]"), "前还有缺口");
			assertThat(refused).contains("项承诺事项尚未评定完成等次");
			assertThat(catalogue.planYear(year).orElseThrow().state()).isEqualTo(PlanYearState.ASSESSING);
			String checklist = web.findElement(By.id("checklist")).getText();
			assertThat(checklist).contains("进入“已结束”前的检查清单").contains("项目标没有最终读数");
			int ungraded = count(checklist, "(\\d+)项承诺事项尚未评定完成等次");
			browser.screenshot("01-checklist");
			browser.assertAccessible("year checklist");

			web.findElement(By.cssSelector("#gap-grades > a")).click();
			browser.awaitUrl("/final-readings");
			web.findElement(By.cssSelector("form[action$='/grade'] button")).click();
			Browser.awaitText(web, By.cssSelector("[role=status]"), "");
			browser.screenshot("02-graded");

			web.get(base + "/admin/years/" + year);
			String after = web.findElement(By.id("checklist")).getText();
			if (ungraded > 1) {
				assertThat(count(after, "(\\d+)项承诺事项尚未评定完成等次")).isEqualTo(ungraded - 1);
			}
			else {
				assertThat(after).doesNotContain("尚未评定完成等次");
			}

			web.findElement(By.id("reason")).sendKeys("年终考评结束");
			web.findElement(By.id("override")).click();
			web.findElement(By.id("overrideReason")).sendKeys("市政府确定的公布日期已到");
			web.findElement(By.cssSelector("input[name=confirmed]")).click();
			web.findElement(By.cssSelector("form[action$='/transition'] button")).click();
			Browser.awaitText(web, By.tagName("body"), "当前阶段：已结束");
			assertThat(catalogue.planYear(year).orElseThrow().state()).isEqualTo(PlanYearState.CLOSED);
			assertThat(catalogue.overriddenGaps(year)).extracting(OverriddenGap::reason).containsOnly("市政府确定的公布日期已到");
			if (ungraded > 1) {
				assertThat(catalogue.overriddenGaps(year)).filteredOn(g -> g.kind().equals("grades")).singleElement()
					.satisfies(g -> assertThat(g.count()).isEqualTo(ungraded - 1));
			}
			browser.screenshot("03-closed");

			web.get(base + "/years/" + YEAR);
			assertThat(Browser.awaitText(web, By.id("gaps-overridden"), "本年度在事项尚未补齐时结束考评"))
				.contains("市政府确定的公布日期已到");
			browser.screenshot("04-public");
			browser.assertAccessible("public year closed with gaps");
		}
	}

	private static int count(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		assertThat(m.find()).as(regex + " in " + text).isTrue();
		return Integer.parseInt(m.group(1));
	}

}
