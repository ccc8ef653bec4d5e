package com.pledgeboard.progress;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.i18n.Message;
import com.pledgeboard.progress.ReminderMails.Mail;
import com.pledgeboard.progress.ReminderMails.PeriodKind;
import com.pledgeboard.progress.rules.Period;
import com.pledgeboard.progress.rules.ReportingCalendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail reminders: to a department's reporters some days before a period is due and again once it is
 * overdue, to its approvers while a report waits, and a digest to the assessment office once a period
 * is due, each rendered from its text template by {@link ReminderMails} and worded by the message
 * bundles ({@code progress.mail.*}); the recipients come from the account module. Without
 * {@code spring.mail.host} nothing is sent.
 * <p>
 * Every node runs the schedule. A reminder is claimed by inserting its row into
 * {@code progress_reminder} in the transaction that sends it: under READ COMMITTED a second node's
 * insert of the same key waits for the first node's transaction and fails once that commits (the count
 * before the insert only spares it for reminders sent on an earlier day). The claim becomes durable
 * only after the SMTP server has accepted the message, so a failed send rolls it back to be tried on the
 * next run and no reminder is lost; the price is at-least-once: should the commit fail after the server
 * accepted the message, the reminder goes out again. A cluster lock around the job would add nothing
 * that the claim does not give, and the claim is needed anyway across restarts and the days a reminder
 * stays due.
 */
@Component
class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final ProgressStore store;

	private final Catalogue catalogue;

	private final Schedules schedules;

	private final ProgressOffice office;

	private final ObjectProvider<JavaMailSender> mail;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final UserAccounts accounts;

	private final ReminderMails mails;

	private final int daysBefore;

	private final String from;

	Reminders(ProgressStore store, Catalogue catalogue, Schedules schedules, ProgressOffice office,
			ObjectProvider<JavaMailSender> mail, TransactionTemplate transactions, ApplicationEventPublisher events,
			UserAccounts accounts, ReminderMails mails, @Value("${pledgeboard.progress.reminders.days-before:3}") int daysBefore,
			@Value("${pledgeboard.progress.reminders.from:pledgeboard@localhost}") String from) {
		this.store = store;
		this.catalogue = catalogue;
		this.schedules = schedules;
		this.office = office;
		this.mail = mail;
		this.transactions = transactions;
		this.events = events;
		this.accounts = accounts;
		this.mails = mails;
		this.daysBefore = daysBefore;
		this.from = from;
	}

	record Reminder(String key, String recipient, String subject, String body) {

		Reminder(String key, String recipient, Mail mail) {
			this(key, recipient, mail.subject(), mail.body());
		}

	}

	/**
	 * The language of every mail, Chinese: the recipients are the city's officials, and an account has
	 * no language of its own.
	 */
	private static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	@Scheduled(cron = "${pledgeboard.progress.reminders.cron:0 0 8 * * *}", zone = "${pledgeboard.progress.zone:Asia/Shanghai}")
	void scheduled() {
		run();
	}

	/** Sends what is due today and not sent before; returns how many were sent. */
	int run() {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		for (Reminder r : due()) {
			try {
				Boolean done = transactions.execute(status -> send(sender, r));
				sent += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (DuplicateKeyException ex) {
				// Another node claimed it first.
			}
			catch (RuntimeException ex) {
				log.warn("Reminder {} to {} not sent, tried again next run: {}", r.key(), r.recipient(), ex.getMessage());
			}
		}
		return sent;
	}

	private boolean send(JavaMailSender sender, Reminder r) {
		boolean claimed = !store.reminderSent(r.key(), r.recipient());
		if (!claimed) {
			return false;
		}
		store.claimReminder(r.key(), r.recipient(), OffsetDateTime.now(schedules.clock()));
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(r.recipient());
		message.setSubject(r.subject());
		message.setText(r.body());
		sender.send(message);
		// Audited after the send: the audit entry locks the trail's head row until commit, and every
		// audited change of every node would otherwise wait for the SMTP server.
		events.publishEvent(AuditEvent.of("PROGRESS_REMINDER_SENT", "progress_reminder", r.key(), null,
				Map.of("recipient", r.recipient(), "subject", r.subject())));
		return true;
	}

	/** Every reminder that today calls for, sent or not. */
	List<Reminder> due() {
		LocalDate today = schedules.today();
		List<Reminder> reminders = new ArrayList<>();
		for (PlanYear year : catalogue.allPlanYears()) {
			if (!Set.of(PlanYearState.PUBLISHED, PlanYearState.ASSESSING).contains(year.state())) {
				continue;
			}
			ReportingCalendar calendar = schedules.calendar(year);
			Message name = ReminderMails.yearName(year.regionName(), year.year());
			for (Period p : calendar.periods()) {
				boolean soon = !today.isAfter(p.due()) && !today.isBefore(p.due().minusDays(daysBefore));
				boolean overdue = p.isOverdueOn(today) && p.seq() == calendar.current(today).seq();
				if (!soon && !overdue) {
					continue;
				}
				Set<Long> filed = filed(year.id(), p.seq(), overdue);
				List<String> late = new ArrayList<>();
				PeriodKind kind = overdue ? PeriodKind.OVERDUE : PeriodKind.DUE;
				for (DepartmentEntry e : catalogue.entries(year.id())) {
					if (e.departmentId() == null || e.commitments().stream().allMatch(c -> filed.contains(c.id()))) {
						continue;
					}
					late.add(e.displayName());
					Mail mail = mails.period(kind, name, e.displayName(), p.seq(), p.start(), p.end(), p.due(), LANGUAGE);
					String key = kind.name().toLowerCase(Locale.ROOT) + ":" + year.id() + ":" + p.seq() + ":" + e.departmentId();
					for (String email : accounts.emails(Role.REPORTER, e.departmentId())) {
						reminders.add(new Reminder(key, email, mail));
					}
				}
				if (overdue) {
					Mail mail = mails.digest(name, p.seq(), p.due(), late, LANGUAGE);
					for (String email : accounts.emails(Role.ADMIN, null)) {
						reminders.add(new Reminder("digest:" + year.id() + ":" + p.seq(), email, mail));
					}
				}
			}
			for (ProgressOffice.Waiting w : office.waiting(year.id())) {
				if (w.departmentId() == null) {
					// An entry not resolved to a department has no approvers to remind.
					continue;
				}
				Mail mail = mails.waiting(name, w.department(), w.no(), w.title(), w.period(), w.version(), LANGUAGE);
				for (String email : accounts.emails(Role.APPROVER, w.departmentId())) {
					reminders.add(new Reminder("waiting:" + w.reportId(), email, mail));
				}
			}
		}
		return reminders;
	}

	/** Commitments of a period with a report that stops the reminder: submitted or approved, or approved only. */
	private Set<Long> filed(long planYearId, int period, boolean approvedOnly) {
		return Set.copyOf(store.reportedFor(planYearId, period, ReportState.APPROVED,
				approvedOnly ? ReportState.APPROVED : ReportState.SUBMITTED));
	}

}
