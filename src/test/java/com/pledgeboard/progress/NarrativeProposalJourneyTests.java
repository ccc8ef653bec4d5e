package com.pledgeboard.progress;

import java.math.BigDecimal;
import java.util.List;

import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readings proposed from a narrative, in a real browser: the reporter pastes the narrative, asks for
 * the readings, sees each field filled with the words it came from marked, corrects one, saves and
 * submits; nothing was stored by the proposal. The approver, and the office, then see beside the report
 * that the corrected reading and the narrative disagree, with both values and the words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.mail.host=localhost", "spring.mail.port=" + ProgressTestSupport.MAIL_PORT,
		"pledgeboard.progress.reminders.cron=-" })
@Import(ProgressTestSupport.ClockConfig.class)
class NarrativeProposalJourneyTests extends ProgressJourney {

	private static final int YEAR = 2077;

	private static final String DEPARTMENT = ProgressSecurityTests.OWN;

	private static final String NARRATIVE = "截至1月底，已建成城市书房3家、文旅驿站5家，乡村博物馆完成20家，"
			+ "“15分钟品质文化生活圈”建成120个；民生实事项目正在加快推进。";

	@Test
	void shouldProposeReadingsLetTheReporterCorrectOneAndShowTheApproverTheDisagreement() {
		long yearId = publishedYear(YEAR, "narrative-journey.txt");
		var users = users();
		users.user("narrative-reporter", Role.REPORTER, DEPARTMENT);
		users.user("narrative-approver", Role.APPROVER, DEPARTMENT);
		users.user("narrative-office", Role.ADMIN, null);
		Commitment commitment = catalogue.entries(yearId).stream().filter(e -> DEPARTMENT.equals(e.name())).findFirst()
			.orElseThrow().commitments().stream().filter(c -> c.description().contains("城市书房")).findFirst().orElseThrow();
		long books = target(commitment, "城市书房");
		long stations = target(commitment, "文旅驿站");
		long museums = target(commitment, "乡村博物馆");
		long circles = target(commitment, "生活圈");

		try (Browser browser = Browser.start("narrative-proposal-journey")) {
			WebDriver web = browser.driver();
			browser.signIn(base(), "narrative-reporter");
			web.get(base() + "/admin/progress/commitments/" + commitment.id());
			web.findElement(By.id("narrative")).sendKeys(NARRATIVE);
			web.findElement(By.cssSelector("form.file-report button.propose")).click();
			Browser.awaitText(web, By.cssSelector("form.file-report .said[role=status]"), "4个栏目");
			assertThat(reports(commitment)).as("the proposal stores nothing").isZero();
			assertThat(value(web, books)).isEqualTo("3");
			assertThat(value(web, stations)).isEqualTo("5");
			assertThat(value(web, museums)).isEqualTo("20");
			assertThat(value(web, circles)).isEqualTo("120");
			assertThat(web.findElement(By.id("narrative")).getAttribute("value")).isEqualTo(NARRATIVE);
			assertThat(web.findElements(By.cssSelector(".said .narrative mark")).stream().map(WebElement::getText).toList())
				.containsExactly("城市书房3家", "文旅驿站5家", "乡村博物馆完成20家", "“15分钟品质文化生活圈”建成120个");
			assertThat(web.findElement(By.xpath("//input[@id='t" + museums + "']/following-sibling::ul[@class='said-target'][1]"))
				.getText()).contains("乡村博物馆完成20家").contains("已填入");
			browser.assertInspected("01-proposed", "the report form with proposed readings");

			WebElement museum = web.findElement(By.id("t" + museums));
			museum.clear();
			museum.sendKeys("18");
			web.findElement(By.cssSelector("form.file-report button[type=submit]")).click();
			awaitNotice(web, "报告草稿已保存。");
			assertThat(stored(commitment, museums)).isEqualByComparingTo("18");
			assertThat(stored(commitment, books)).isEqualByComparingTo("3");
			web.findElement(By.cssSelector("form.submit-report button")).click();
			awaitNotice(web, "报告已提交审核。");
			browser.screenshot("02-submitted");
			browser.signOut();

			for (String reader : List.of("narrative-approver", "narrative-office")) {
				browser.signIn(base(), reader);
				web.get(base() + "/admin/progress/commitments/" + commitment.id());
				WebElement version = web.findElement(By.cssSelector(".report-version"));
				String disagreement = version.findElement(By.cssSelector(".disagreements")).getText();
				assertThat(disagreement).contains("进展情况与填报的数值不一致")
					.contains("乡村博物馆")
					.contains("填报为18")
					.contains("进展情况写的是20")
					.contains("乡村博物馆完成20家");
				assertThat(version.findElements(By.cssSelector(".disagreements li"))).hasSize(1);
				assertThat(version.findElements(By.cssSelector(".narrative mark")).stream().map(WebElement::getText).toList())
					.contains("乡村博物馆完成20家");
				if (reader.equals("narrative-approver")) {
					assertThat(web.findElements(By.cssSelector("form.approve"))).hasSize(1);
					browser.assertInspected("03-approver-sees-disagreement", "the approval page with a disagreement");
				}
				browser.signOut();
			}
		}
	}

	private static long target(Commitment commitment, String metric) {
		return CommitmentPlace.promises(commitment).stream()
			.filter(t -> t.definition().kind() == TargetKind.QUANTITY && t.definition().metric().contains(metric))
			.map(Target::id)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no target " + metric + " in " + commitment.description()));
	}

	private static String value(WebDriver web, long targetId) {
		return web.findElement(By.id("t" + targetId)).getAttribute("value");
	}

	private long reports(Commitment commitment) {
		return jdbc.sql("select count(*) from progress_report where commitment_id = ?").param(commitment.id())
			.query(Long.class).single();
	}

	private BigDecimal stored(Commitment commitment, long targetId) {
		return jdbc.sql("""
				select d.actual_value from progress_reading d join progress_report r on r.id = d.report_id
				where r.commitment_id = ? and d.target_id = ?""")
			.params(commitment.id(), targetId)
			.query(BigDecimal.class)
			.single();
	}

	private static void awaitNotice(WebDriver web, String expected) {
		assertThat(Browser.awaitText(web, By.cssSelector("p.notice[role=status]"), expected)).isEqualTo(expected);
	}

}
