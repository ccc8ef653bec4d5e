package com.pledgeboard.journey;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.pledgeboard.TestResources;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.ingest.TableImporter;
import com.pledgeboard.support.Browser;
import com.pledgeboard.support.CapturingSmsGateway;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen, in a real browser and without signing in, goes from the portal's home (the newest year,
 * here in public evaluation) to a department and on to the public evaluation (群众评议), proves a mobile
 * number with the code the SMS gateway was given, rates the department with a comment, all with labels
 * and the keyboard, and is thanked; one vote is stored, the number only as its HMAC, and a second try
 * from the same number is refused on the page. Every page passes axe and is kept as a screenshot; the
 * evaluation form, empty, filled and refusing, neither scrolls sideways at 390 px nor at 1280.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CapturingSmsGateway.class)
class CitizenRatingJourneyTests {

	private static final int YEAR = 2092;

	private static final String DEPARTMENT = "市体育局";

	private static final String MOBILE = "13812345678";

	@LocalServerPort
	int port;

	@Autowired
	TableImporter importer;

	@Autowired
	CapturingSmsGateway sms;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldLetACitizenRateADepartmentOnceAfterVerifyingANumber() throws Exception {
		long year = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "assessing.txt", "330500",
				YEAR, PlanYearState.ASSESSING, false).planYearId();
		try (Browser browser = Browser.start("citizen-rating")) {
			WebDriver web = browser.driver();
			web.get("http://localhost:" + port + "/");
			browser.awaitUrl("/years/" + YEAR);
			assertThat(Browser.awaitText(web, By.tagName("h1"), String.valueOf(YEAR))).contains("年度部门承诺事项");
			browser.assertInspected("01-year", "year, in public evaluation");

			web.findElement(By.linkText(DEPARTMENT)).click();
			assertThat(Browser.awaitText(web, By.tagName("h1"), DEPARTMENT)).isEqualTo(DEPARTMENT);
			browser.assertInspected("02-department", "department, in public evaluation");

			web.findElement(By.linkText("评议该部门（群众评议）")).click();
			browser.awaitUrl("/evaluate");
			assertThat(Browser.awaitText(web, By.tagName("h1"), "群众评议")).contains(String.valueOf(YEAR));
			browser.assertInspected("03-evaluation", "evaluation");

			requestCode(browser);
			browser.screenshot("04-code-sent");
			browser.assertAccessible("evaluation, code sent");

			labelled(web, "验证码").sendKeys(sms.lastCode(MOBILE));
			choose(web, "满意");
			WebElement comment = labelled(web, "对" + DEPARTMENT + "的意见（可选）");
			comment.sendKeys("场馆免费开放时间长，很方便");
			((JavascriptExecutor) web).executeScript("arguments[0].scrollIntoView({block: 'center'})", comment);
			browser.screenshot("05-filled");
			browser.assertLaidOut("evaluation, filled");
			labelled(web, "验证码").sendKeys(Keys.ENTER);
			assertThat(Browser.awaitText(web, By.cssSelector("p.notice[role=status]"), "感谢参与"))
				.isEqualTo("感谢参与，已保存 1 个部门的评议。");
			assertThat(web.getPageSource()).as("the code form is gone once the ratings are stored").doesNotContain("name=\"code\"");
			browser.screenshot("06-thanked");
			browser.assertAccessible("evaluation, thanked");

			assertThat(votes(year)).isEqualTo(1);
			String secret = jdbc.sql("select setting_value from privacy_setting where setting_key = 'hmac-secret'")
				.query(String.class).single();
			assertThat(jdbc.sql("""
					select r.phone_hash, r.choice, r.comment_text, r.moderation from public_rating r
					join department_entry e on e.id = r.entry_id join department d on d.id = e.department_id
					where r.plan_year_id = ? and d.canonical_name = ?""")
				.params(year, DEPARTMENT)
				.query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
				.single()).isEqualTo(hmac(secret, MOBILE) + "|SATISFIED|场馆免费开放时间长，很方便|PENDING");

			requestCode(browser);
			labelled(web, "验证码").sendKeys(sms.lastCode(MOBILE));
			choose(web, "不满意");
			web.findElement(By.cssSelector("form[action*='/rate'] button[type=submit]")).click();
			assertThat(Browser.awaitText(web, By.cssSelector("p.problem[role=alert]"), "已评议过"))
				.isEqualTo("该手机号已评议过：" + DEPARTMENT + "。每个部门每年只能评议一次，本次提交未保存");
			browser.assertInspected("07-refused", "evaluation, refused");
			assertThat(votes(year)).isEqualTo(1);
		}
	}

	/** Types the number and asks for a code, the way a keyboard user would: Enter in the field. */
	private static void requestCode(Browser browser) {
		WebDriver web = browser.driver();
		WebElement mobile = labelled(web, "手机号码");
		mobile.clear();
		mobile.sendKeys("138 1234 5678", Keys.ENTER);
		assertThat(Browser.awaitText(web, By.cssSelector("p.notice[role=status]"), "验证码已发送"))
			.contains("验证码已发送");
		assertThat(web.findElement(By.cssSelector("form[action*='/rate']")).getText()).contains("138****5678");
	}

	/** Picks an answer for the department, found by its accessible name, with the keyboard's space bar. */
	private static void choose(WebDriver web, String answer) {
		WebElement group = web.findElement(By.xpath("//*[@role='radiogroup'][@aria-labelledby=//*[text()='" + DEPARTMENT
				+ "']/@id]"));
		WebElement radio = group.findElement(By.xpath(".//label[normalize-space()='" + answer + "']//input[@type='radio']"));
		radio.sendKeys(Keys.SPACE);
		assertThat(radio.isSelected()).isTrue();
	}

	/** The field a label names, as assistive technology finds it. */
	private static WebElement labelled(WebDriver web, String label) {
		String id = web.findElement(By.xpath("//label[normalize-space()='" + label + "']")).getDomAttribute("for");
		assertThat(id).as("label '" + label + "' names its field").isNotBlank();
		return web.findElement(By.id(id));
	}

	private long votes(long year) {
		return jdbc.sql("select count(*) from public_rating where plan_year_id = ?").param(year).query(Long.class).single();
	}

	private static String hmac(String base64Secret, String value) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Secret), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
	}

}
