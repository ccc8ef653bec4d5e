package com.pledgeboard.progress;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.extraction.ChineseNumbers;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A progress report in a real browser, from the reporter's first draft to the public light: the
 * reporter files a reading per target with a PDF as evidence and submits it; the approver returns it
 * with a comment; the reporter corrects the reading and submits again; the approver approves; and the
 * public department page shows the commitment green. The clock stands early in February 2087, so that
 * January is the period reported and no earlier period is overdue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.mail.host=localhost", "spring.mail.port=" + ProgressTestSupport.MAIL_PORT,
		"pledgeboard.progress.reminders.cron=-" })
@Import(ProgressTestSupport.ClockConfig.class)
class ProgressJourneyTests extends ProgressJourney {

	private static final int YEAR = 2087;

	private static final String DEPARTMENT = ProgressSecurityTests.OWN;

	@Test
	void shouldFileReturnCorrectApproveAndShowTheLightOnThePortal() throws IOException {
		long yearId = publishedYear(YEAR, "journey.txt");
		var users = users();
		users.user("journey-reporter", Role.REPORTER, DEPARTMENT);
		users.user("journey-approver", Role.APPROVER, DEPARTMENT);
		Commitment commitment = measurableCommitment(catalogue, yearId);
		Map<Long, String> onPace = onPaceReadings(commitment);
		long firstTarget = onPace.keySet().iterator().next();
		String mistyped = "0".equals(onPace.get(firstTarget)) ? "1" : "0";
		Path evidence = Files.createTempFile(Path.of("target"), "progress-evidence-", ".pdf").toAbsolutePath();
		Files.write(evidence, minimalPdf());

		try (Browser browser = Browser.start("progress-journey")) {
			WebDriver web = browser.driver();
			browser.signIn(base(), "journey-reporter");
			web.get(base() + "/admin/progress/years/" + yearId);
			browser.screenshot("01-reporter-year");
			web.findElement(By.cssSelector("a[href$='/admin/progress/commitments/" + commitment.id() + "']")).click();
			Browser.awaitText(web, By.tagName("h1"), commitment.title());
			assertThat(new Select(web.findElement(By.id("period")))
				.getFirstSelectedOption().getAttribute("value")).isEqualTo("1");
			onPace.forEach((target, value) -> type(web, "t" + target, target == firstTarget ? mistyped : value));
			type(web, "narrative", "一月按计划推进，完成首批场馆免费开放。");
			browser.screenshot("02-reporter-form");
			web.findElement(By.cssSelector("form.file-report button[type=submit]")).click();
			awaitNotice(web, "报告草稿已保存。");

			web.findElement(By.cssSelector("form.upload input[type=file]")).sendKeys(evidence.toString());
			web.findElement(By.cssSelector("form.upload input[name=publicFile]")).click();
			web.findElement(By.cssSelector("form.upload button[type=submit]")).click();
			awaitNotice(web, "佐证材料已上传。");
			assertThat(web.findElement(By.cssSelector(".report-version ul.evidence a")).getText())
				.isEqualTo(evidence.getFileName().toString());
			browser.screenshot("03-reporter-draft-with-evidence");
			web.findElement(By.cssSelector("form.submit-report button")).click();
			awaitNotice(web, "报告已提交审核。");
			assertThat(states(commitment)).containsExactly("SUBMITTED");
			browser.screenshot("04-reporter-submitted");
			browser.signOut();

			browser.signIn(base(), "journey-approver");
			web.get(base() + "/admin/progress/years/" + yearId);
			web.findElement(By.cssSelector("ul.waiting a[href$='/admin/progress/commitments/" + commitment.id() + "']"))
				.click();
			Browser.awaitUrl(web, "/admin/progress/commitments/");
			web.findElement(By.cssSelector("form.return textarea")).sendKeys("第一项目标的数值有误，请核对后重报。");
			browser.screenshot("05-approver-returns");
			web.findElement(By.cssSelector("form.return button[type=submit]")).click();
			awaitNotice(web, "报告已退回修改。");
			assertThat(web.findElement(By.cssSelector(".report-version .decision")).getText()).contains("数值有误");
			assertThat(states(commitment)).containsExactly("RETURNED");
			browser.screenshot("06-approver-returned");
			browser.signOut();

			browser.signIn(base(), "journey-reporter");
			web.get(base() + "/admin/progress/commitments/" + commitment.id());
			assertThat(web.findElement(By.id("t" + firstTarget)).getAttribute("value")).isEqualTo(mistyped);
			type(web, "t" + firstTarget, onPace.get(firstTarget));
			browser.screenshot("07-reporter-corrects");
			web.findElement(By.cssSelector("form.file-report button[type=submit]")).click();
			awaitNotice(web, "报告草稿已保存。");
			assertThat(states(commitment)).containsExactly("RETURNED", "DRAFT");
			web.findElement(By.cssSelector("form.submit-report button")).click();
			awaitNotice(web, "报告已提交审核。");
			browser.screenshot("08-reporter-resubmitted");
			browser.signOut();

			browser.signIn(base(), "journey-approver");
			web.get(base() + "/admin/progress/commitments/" + commitment.id());
			web.findElement(By.cssSelector("form.approve input[name=comment]")).sendKeys("数据已核实。");
			web.findElement(By.cssSelector("form.approve button[type=submit]")).click();
			awaitNotice(web, "报告已审核通过。");
			assertThat(states(commitment)).containsExactly("RETURNED", "APPROVED");
			assertThat(web.findElement(By.cssSelector(".commitment-light .light")).getAttribute("class"))
				.contains("light-GREEN");
			browser.screenshot("09-approver-approved");
			browser.signOut();

			web.get(base() + "/years/" + YEAR + "/departments/" + URLEncoder.encode(DEPARTMENT, StandardCharsets.UTF_8));
			WebElement item = web.findElement(By.id("c" + commitment.no()));
			WebElement light = item.findElement(By.cssSelector(".progress .commitment-light .light"));
			assertThat(light.getAttribute("class")).contains("light-GREEN");
			assertThat(light.getText()).isEqualTo("绿灯");
			assertThat(item.findElement(By.cssSelector(".progress .narrative")).getText()).contains("首批场馆免费开放");
			assertThat(item.findElement(By.cssSelector(".progress .target-progress strong")).getText())
				.isEqualTo(ChineseNumbers.format(new BigDecimal(onPace.get(firstTarget))));
			assertThat(item.findElement(By.cssSelector(".progress ul.evidence")).getText())
				.contains(evidence.getFileName().toString());
			new Actions(web).scrollToElement(item).perform();
			browser.screenshot("10-portal-green");
		}
		finally {
			Files.deleteIfExists(evidence);
		}
	}

	private static void type(WebDriver web, String id, String text) {
		WebElement field = web.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private static void awaitNotice(WebDriver web, String expected) {
		assertThat(Browser.awaitText(web, By.cssSelector("p.notice[role=status]"), expected)).isEqualTo(expected);
	}

	private List<String> states(Commitment commitment) {
		return jdbc.sql("select state from progress_report where commitment_id = ? order by version")
			.param(commitment.id())
			.query(String.class)
			.list();
	}

	/** The department's first commitment whose targets all take a number the light can be worked out from. */
	static Commitment measurableCommitment(Catalogue catalogue, long yearId) {
		return catalogue.entries(yearId)
			.stream()
			.filter(e -> DEPARTMENT.equals(e.name()))
			.findFirst()
			.orElseThrow()
			.commitments()
			.stream()
			.filter(c -> !CommitmentPlace.promises(c).isEmpty()
					&& CommitmentPlace.promises(c).stream().allMatch(t -> onPace(t.definition()) != null))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no commitment of " + DEPARTMENT + " with numeric targets only"));
	}

	/** A reading per target that is on pace in January: first place, nothing of a cap, twice a goal. */
	static Map<Long, String> onPaceReadings(Commitment commitment) {
		Map<Long, String> readings = new LinkedHashMap<>();
		for (Target t : CommitmentPlace.promises(commitment)) {
			readings.put(t.id(), onPace(t.definition()));
		}
		return readings;
	}

	private static String onPace(ExtractedTarget t) {
		if (t.kind() == TargetKind.DEADLINE || t.value() == null || t.value().signum() <= 0) {
			return null;
		}
		if (t.kind() == TargetKind.RANK) {
			return t.op() == Op.LT && t.value().compareTo(BigDecimal.ONE) <= 0 ? null : "1";
		}
		if (t.op() == Op.LE || t.op() == Op.LT) {
			return "0";
		}
		return t.value().multiply(BigDecimal.valueOf(2)).stripTrailingZeros().toPlainString();
	}

	/** A one-page PDF with a valid cross-reference table, small enough to read in a text editor. */
	static byte[] minimalPdf() {
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>" };
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		int[] offsets = new int[objects.length];
		for (int i = 0; i < objects.length; i++) {
			offsets[i] = pdf.length();
			pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref).append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

}
