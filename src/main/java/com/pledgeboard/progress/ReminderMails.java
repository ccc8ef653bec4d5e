package com.pledgeboard.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.pledgeboard.i18n.Dates;
import com.pledgeboard.i18n.Message;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The reminder mails, each rendered from its text template {@code templates/mail/reminder-*.txt} by the
 * application's Thymeleaf engine, which words it from the message bundles ({@code progress.mail.*}) in
 * the language given. A template's first line is the subject; after a blank line, the rest is the body.
 * Numbers pass as written and days as {@link Dates} writes them in that language.
 */
@Component
class ReminderMails {

	private final ITemplateEngine templates;

	private final Dates dates;

	ReminderMails(ITemplateEngine templates, Dates dates) {
		this.templates = templates;
		this.dates = dates;
	}

	record Mail(String subject, String body) {
	}

	/** The kinds of reminder to a department's reporters, each a template of its own. */
	enum PeriodKind {

		DUE, OVERDUE;

		String template() {
			return "reminder-" + name().toLowerCase(Locale.ROOT);
		}

	}

	/** The name of a plan year in a mail: its region and year. */
	static Message yearName(String region, int year) {
		return Message.of("progress.mail.year", region, year);
	}

	/** To a department's reporters, before a period is due or once it is overdue. */
	Mail period(PeriodKind kind, Message year, String department, int period, LocalDate start, LocalDate end,
			LocalDate due, Locale locale) {
		return render(kind.template(), locale, Map.of("year", year, "department", text(department), "period", written(period),
				"start", dates.day(start, locale), "end", dates.day(end, locale), "due", dates.day(due, locale)));
	}

	/** To the office once a period is overdue: the departments without every report approved. */
	Mail digest(Message year, int period, LocalDate due, List<String> late, Locale locale) {
		return render("reminder-digest", locale, Map.of("year", year, "period", written(period), "due",
				dates.day(due, locale), "late", List.copyOf(late)));
	}

	/** To a department's approvers while a report waits. */
	Mail waiting(Message year, String department, int no, String title, int period, int version, Locale locale) {
		return render("reminder-waiting", locale, Map.of("year", year, "department", department, "no", written(no),
				"title", text(title), "period", written(period), "version", written(version)));
	}

	private Mail render(String template, Locale locale, Map<String, Object> variables) {
		String text = templates.process("mail/" + template, new Context(locale, variables)).strip();
		int blank = text.indexOf("\n\n");
		if (blank < 0) {
			throw new IllegalStateException("Mail template " + template + " has no blank line after its subject");
		}
		return new Mail(text.substring(0, blank).strip(), text.substring(blank).strip());
	}

	private static String text(String text) {
		return text == null ? "" : text;
	}

	/** A number as written (2043, not 2,043): the bundles' formats would group it. */
	private static String written(int number) {
		return Integer.toString(number);
	}

}
