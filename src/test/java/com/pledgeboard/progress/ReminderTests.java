package com.pledgeboard.progress;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.support.WholeApplication;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders go out over SMTP to GreenMail's real server in this JVM: before a period is due, once it
 * is overdue, to the approver while a report waits, and as a digest to the office; never twice.
 */
@SpringBootTest(properties = { "spring.mail.host=localhost", "spring.mail.port=" + ProgressTestSupport.MAIL_PORT,
		"pledgeboard.progress.reminders.cron=-" })
@AutoConfigureMockMvc
@Import(ProgressTestSupport.ClockConfig.class)
class ReminderTests extends WholeApplication {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(ProgressTestSupport.mailPort(), "localhost", ServerSetup.PROTOCOL_SMTP));

	@Autowired
	Reminders reminders;

	@Autowired
	ProgressReporting reporting;

	@Autowired
	ProgressTestSupport.TestClock clock;

	@Test
	void shouldRemindBeforeAndAfterTheDueDateOnceEach() throws Exception {
		long year = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "r.txt", "330500", 2043,
				PlanYearState.PUBLISHED, false).planYearId();
		var reporter = users.user("r-reporter", Role.REPORTER, "市体育局");
		users.user("r-approver", Role.APPROVER, "市体育局");
		users.user("r-office", Role.ADMIN, null);
		jdbc.sql("update app_user set email = username || '@example.org' where username like 'r-%'").update();

		clock.set(LocalDateTime.of(2043, 7, 8, 8, 0));
		reminders.run();
		assertThat(subjects("r-reporter@example.org")).anyMatch(s -> s.contains("2043") && s.contains("第6期") && s.contains("截止"));
		int before = smtp.getReceivedMessages().length;
		reminders.run();
		assertThat(smtp.getReceivedMessages()).hasSize(before);

		var commitment = catalogue.entries(year).stream().filter(e -> "市体育局".equals(e.name())).findFirst().orElseThrow()
			.commitments().stream().filter(c -> !CommitmentPlace.promises(c).isEmpty()).findFirst().orElseThrow();
		ProgressTestSupport.as(reporter, () -> {
			long report = reporting.file(commitment.id(), 6, ProgressSecurityTests.values(commitment), "已完成部分");
			reporting.submit(report);
		});
		reminders.run();
		assertThat(subjects("r-approver@example.org")).anyMatch(s -> s.contains("待审核"));

		clock.set(LocalDateTime.of(2043, 7, 11, 8, 0));
		reminders.run();
		assertThat(subjects("r-reporter@example.org")).anyMatch(s -> s.contains("2043") && s.contains("逾期"));
		assertThat(subjects("r-office@example.org")).anyMatch(s -> s.contains("2043") && s.contains("汇总"));
		int after = smtp.getReceivedMessages().length;
		reminders.run();
		assertThat(smtp.getReceivedMessages()).hasSize(after);
		assertThat(jdbc.sql("select count(*) from progress_reminder where recipient like 'r-%'").query(Long.class).single())
			.as("due, waiting, overdue and digest, each once; the seed year 2022 adds its own")
			.isGreaterThanOrEqualTo(4);
	}

	private List<String> subjects(String recipient) throws Exception {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(recipient);
			}
			catch (Exception ex) {
				return false;
			}
		}).map(ReminderTests::subject).toList();
	}

	private static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
