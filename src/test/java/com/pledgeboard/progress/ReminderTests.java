package com.pledgeboard.progress;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.i18n.Dates;
import com.pledgeboard.i18n.Message;
import com.pledgeboard.support.WholeApplication;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
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

	@Autowired
	ReminderMails mails;

	@Autowired
	Dates dates;

	@Autowired
	MessageSource messages;

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

	/**
	 * Each mail template renders through the application's template engine in both languages, with
	 * every argument in its place and no code the bundles lack.
	 */
	@Test
	void shouldRenderEveryMailTemplateWithItsArgumentsInBothLanguages() {
		LocalDate start = LocalDate.of(2047, 4, 1);
		LocalDate end = LocalDate.of(2047, 6, 30);
		LocalDate due = LocalDate.of(2047, 7, 10);
		Message year = ReminderMails.yearName("Qingtian 青田", 2047);
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			String name = messages.getMessage(year, locale);
			assertThat(name).contains("Qingtian 青田", "2047").doesNotContain("2,047");
			String[] days = { dates.day(start, locale), dates.day(end, locale), dates.day(due, locale) };
			for (ReminderMails.PeriodKind kind : ReminderMails.PeriodKind.values()) {
				var mail = mails.period(kind, year, "Dept-甲", 17, start, end, due, locale);
				String code = "progress.mail." + kind.name().toLowerCase(Locale.ROOT);
				assertWorded(mail, locale, code, List.of(name, "17", days[2]),
						List.of("Dept-甲", name, "17", days[0], days[1], days[2]));
			}
			var digest = mails.digest(year, 18, due, List.of("Dept-甲", "Dept-乙"), locale);
			String separator = messages.getMessage("format.listSeparator", null, locale);
			assertWorded(digest, locale, "progress.mail.digest", List.of(name, "18"),
					List.of("18", days[2], "Dept-甲" + separator + "Dept-乙"));
			var none = mails.digest(year, 18, due, List.of(), locale);
			assertThat(none.body()).contains(messages.getMessage("progress.mail.digest.none", null, locale));
			var waiting = mails.waiting(year, "Dept-丙", 12345, "Title-丁", 19, 23, locale);
			assertWorded(waiting, locale, "progress.mail.waiting", List.of(name),
					List.of("Dept-丙", "12345", "Title-丁", "19", "23"));
		}
	}

	/**
	 * The mail is the bundles' subject and body of {@code code} with these arguments, in that language
	 * (a subject need not show every argument the template gives it, a body does).
	 */
	private void assertWorded(ReminderMails.Mail mail, Locale locale, String code, List<String> subject, List<String> body) {
		assertThat(mail.subject()).doesNotContain("??", "{", "\n").contains(subject.get(0))
			.isEqualTo(messages.getMessage(code + ".subject", subject.toArray(), locale));
		assertThat(mail.body()).doesNotContain("??", "{").contains(body)
			.isEqualTo(messages.getMessage(code + ".body", body.toArray(), locale));
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
