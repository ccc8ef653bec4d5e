package com.pledgeboard.progress;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.progress.rules.Period;
import com.pledgeboard.progress.rules.ReportingCalendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail reminders: to a department's reporters some days before a period is due and again once it is
 * overdue, to its approvers while a report waits, and a digest to the assessment office once a period
 * is due. Without {@code spring.mail.host} nothing is sent.
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

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final Schedules schedules;

	private final ProgressOffice office;

	private final ObjectProvider<JavaMailSender> mail;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final int daysBefore;

	private final String from;

	Reminders(JdbcClient jdbc, Catalogue catalogue, Schedules schedules, ProgressOffice office,
			ObjectProvider<JavaMailSender> mail, TransactionTemplate transactions, ApplicationEventPublisher events,
			@Value("${pledgeboard.progress.reminders.days-before:3}") int daysBefore,
			@Value("${pledgeboard.progress.reminders.from:pledgeboard@localhost}") String from) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.schedules = schedules;
		this.office = office;
		this.mail = mail;
		this.transactions = transactions;
		this.events = events;
		this.daysBefore = daysBefore;
		this.from = from;
	}

	record Reminder(String key, String recipient, String subject, String body) {
	}

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
		boolean claimed = jdbc.sql("select count(*) from progress_reminder where reminder_key = ? and recipient = ?")
			.params(r.key(), r.recipient()).query(Long.class).single() == 0;
		if (!claimed) {
			return false;
		}
		jdbc.sql("insert into progress_reminder (reminder_key, recipient, sent_at) values (?, ?, ?)")
			.params(r.key(), r.recipient(), OffsetDateTime.now(schedules.clock()))
			.update();
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
			String name = year.regionName() + year.year() + "年度";
			for (Period p : calendar.periods()) {
				boolean soon = !today.isAfter(p.due()) && !today.isBefore(p.due().minusDays(daysBefore));
				boolean overdue = p.isOverdueOn(today) && p.seq() == calendar.current(today).seq();
				if (!soon && !overdue) {
					continue;
				}
				Set<Long> filed = filed(year.id(), p.seq(), overdue);
				List<String> late = new ArrayList<>();
				for (DepartmentEntry e : catalogue.entries(year.id())) {
					if (e.departmentId() == null || e.commitments().stream().allMatch(c -> filed.contains(c.id()))) {
						continue;
					}
					late.add(e.displayName());
					String kind = overdue ? "overdue" : "due";
					String subject = overdue ? name + "第" + p.seq() + "期进展报告已逾期" : name + "第" + p.seq() + "期进展报告将于" + p.due() + "截止";
					String body = e.displayName() + "：" + name + "第" + p.seq() + "期（" + p.start() + "至" + p.end() + "）的进展报告"
							+ (overdue ? "已于" + p.due() + "截止，尚有承诺事项未获审核通过。" : "应于" + p.due() + "前报送，尚有承诺事项未报送。");
					for (String email : emails("REPORTER", e.departmentId())) {
						reminders.add(new Reminder(kind + ":" + year.id() + ":" + p.seq() + ":" + e.departmentId(), email, subject, body));
					}
				}
				if (overdue) {
					String subject = name + "第" + p.seq() + "期进展汇总";
					String body = "第" + p.seq() + "期已于" + p.due() + "截止。尚未全部获审核通过的部门："
							+ (late.isEmpty() ? "无" : String.join("、", late)) + "。";
					for (String email : emails("ADMIN", null)) {
						reminders.add(new Reminder("digest:" + year.id() + ":" + p.seq(), email, subject, body));
					}
				}
			}
			for (ProgressOffice.Waiting w : office.waiting(year.id())) {
				if (w.departmentId() == null) {
					// An entry not resolved to a department has no approvers to remind.
					continue;
				}
				for (String email : emails("APPROVER", w.departmentId())) {
					reminders.add(new Reminder("waiting:" + w.reportId(), email, name + "有进展报告待审核",
							w.department() + "第" + w.no() + "项“" + w.title() + "”第" + w.period() + "期报告（第" + w.version() + "版）待您审核。"));
				}
			}
		}
		return reminders;
	}

	/** Commitments of a period with a report that stops the reminder: submitted or approved, or approved only. */
	private Set<Long> filed(long planYearId, int period, boolean approvedOnly) {
		return Set.copyOf(jdbc.sql("""
				select r.commitment_id from progress_report r join commitment c on c.id = r.commitment_id
				join department_entry e on e.id = c.entry_id
				where e.plan_year_id = ? and r.period_seq = ? and r.state in (?, ?)""")
			.params(planYearId, period, "APPROVED", approvedOnly ? "APPROVED" : "SUBMITTED")
			.query(Long.class)
			.list());
	}

	private List<String> emails(String role, Long departmentId) {
		// Two statements rather than "? is null", whose untyped parameter PostgreSQL refuses.
		String sql = "select email from app_user where role = ? and enabled = true and email is not null and "
				+ (departmentId == null ? "department_id is null order by id" : "department_id = ? order by id");
		var statement = jdbc.sql(sql).param(role);
		return (departmentId == null ? statement : statement.param(departmentId)).query(String.class).list();
	}

}
