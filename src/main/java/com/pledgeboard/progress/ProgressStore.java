package com.pledgeboard.progress;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.pledgeboard.progress.rules.Cadence;
import com.pledgeboard.progress.rules.Light;
import com.pledgeboard.progress.rules.Measure;
import com.pledgeboard.progress.rules.Verdict;
import com.pledgeboard.scoring.Reading;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Progress's one persistence home: every SQL statement of the module, on its own tables, and on the
 * read models other modules publish ({@code v_commitment_scope}, {@code v_target_scope} of the catalogue,
 * {@code v_user_display_name} of account). The services hold the rules and checks and call these
 * methods in their transactions; nothing here decides who may do what.
 */
@Component
class ProgressStore {

	private final JdbcClient jdbc;

	ProgressStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Where a commitment, target or report sits.

	Optional<Long> entryOfCommitment(long commitmentId) {
		return jdbc.sql("select entry_id from v_commitment_scope where commitment_id = ?")
			.param(commitmentId)
			.query(Long.class)
			.optional();
	}

	Optional<Long> commitmentOfTarget(long targetId) {
		return jdbc.sql("select commitment_id from v_target_scope where target_id = ?")
			.param(targetId)
			.query(Long.class)
			.optional();
	}

	Optional<Long> commitmentOfReport(long reportId) {
		return jdbc.sql("select commitment_id from progress_report where id = ?")
			.param(reportId)
			.query(Long.class)
			.optional();
	}

	// Schedules.

	/** The schedule the office set for a plan year. */
	record Schedule(Cadence cadence, int dueDays) {
	}

	Optional<Schedule> schedule(long planYearId) {
		return jdbc.sql("select cadence, due_days from progress_schedule where plan_year_id = ?")
			.param(planYearId)
			.query((rs, n) -> new Schedule(Cadence.valueOf(rs.getString(1)), rs.getInt(2)))
			.optional();
	}

	void replaceSchedule(long planYearId, Cadence cadence, int dueDays) {
		jdbc.sql("delete from progress_schedule where plan_year_id = ?").param(planYearId).update();
		jdbc.sql("insert into progress_schedule (plan_year_id, cadence, due_days) values (?, ?, ?)")
			.params(planYearId, cadence.name(), dueDays)
			.update();
	}

	long reportsOfYear(long planYearId) {
		return jdbc.sql("""
				select count(*) from progress_report r join v_commitment_scope s on s.commitment_id = r.commitment_id
				where s.plan_year_id = ?""")
			.param(planYearId)
			.query(Long.class)
			.single();
	}

	// Filing, evidence and decisions.

	/** The latest version of a commitment's report for a period. */
	record VersionRow(long id, int version, ReportState state) {
	}

	Optional<VersionRow> latest(long commitmentId, int periodSeq) {
		return jdbc.sql("""
				select id, version, state from progress_report where commitment_id = ? and period_seq = ?
				order by version desc fetch first 1 rows only""")
			.params(commitmentId, periodSeq)
			.query((rs, n) -> new VersionRow(rs.getLong(1), rs.getInt(2), ReportState.valueOf(rs.getString(3))))
			.optional();
	}

	/** The report's state, its row locked until the transaction ends. */
	ReportState lockState(long reportId) {
		return ReportState.valueOf(jdbc.sql("select state from progress_report where id = ? for update")
			.param(reportId)
			.query(String.class)
			.single());
	}

	/** A draft filed again: its narrative and filer replaced, its readings removed to be written anew. */
	void refile(long reportId, String narrative, long filedBy, OffsetDateTime filedAt) {
		jdbc.sql("update progress_report set narrative = ?, filed_by = ?, filed_at = ? where id = ?")
			.params(narrative, filedBy, filedAt, reportId)
			.update();
		jdbc.sql("delete from progress_reading where report_id = ?").param(reportId).update();
	}

	long insertDraft(long commitmentId, int periodSeq, int version, String narrative, long filedBy,
			OffsetDateTime filedAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into progress_report (commitment_id, period_seq, version, state, narrative, filed_by, filed_at)
				values (?, ?, ?, 'DRAFT', ?, ?, ?)""")
			.params(commitmentId, periodSeq, version, narrative, filedBy, filedAt)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** The evidence of one report linked to another as well, public or not as it was. */
	void copyEvidence(long fromReportId, long toReportId) {
		jdbc.sql("""
				insert into progress_report_evidence (report_id, evidence_id, public_file)
				select ?, evidence_id, public_file from progress_report_evidence where report_id = ?""")
			.params(toReportId, fromReportId)
			.update();
	}

	void insertReading(long reportId, long targetId, BigDecimal actual, LocalDate doneOn) {
		jdbc.sql("insert into progress_reading (report_id, target_id, actual_value, done_on) values (?, ?, ?, ?)")
			.params(reportId, targetId, actual, doneOn)
			.update();
	}

	/** Stores an evidence file and links it to a report; returns the file's id. */
	long insertEvidence(long reportId, String fileName, String mediaType, String sha256, byte[] content,
			boolean publicFile, long uploadedBy, OffsetDateTime uploadedAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into progress_evidence (file_name, media_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(fileName, mediaType, content.length, sha256, content, uploadedBy, uploadedAt)
			.update(keys, "id");
		long evidenceId = keys.getKeyAs(Long.class);
		jdbc.sql("insert into progress_report_evidence (report_id, evidence_id, public_file) values (?, ?, ?)")
			.params(reportId, evidenceId, publicFile)
			.update();
		return evidenceId;
	}

	void submit(long reportId, ReportState from, ReportState to, OffsetDateTime at) {
		jdbc.sql("update progress_report set state = ?, submitted_at = ? where id = ? and state = ?")
			.params(to.name(), at, reportId, from.name())
			.update();
	}

	void decide(long reportId, ReportState from, ReportState to, long decidedBy, OffsetDateTime at, String comment) {
		jdbc.sql("""
				update progress_report set state = ?, decided_by = ?, decided_at = ?, decision_comment = ?
				where id = ? and state = ?""")
			.params(to.name(), decidedBy, at, comment, reportId, from.name())
			.update();
	}

	void insertReviewerLight(long commitmentId, Light light, String reason, long givenBy, OffsetDateTime givenAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into progress_reviewer_light (commitment_id, light, reason, given_by, given_at) values (?, ?, ?, ?, ?)")
			.params(commitmentId, light.name(), reason, givenBy, givenAt)
			.update(keys, "id");
	}

	Optional<Measure> measure(long targetId) {
		return jdbc.sql("select measure from progress_target_measure where target_id = ?")
			.param(targetId)
			.query((rs, n) -> Measure.valueOf(rs.getString(1)))
			.optional();
	}

	/** The office's choice of measure for a target; {@code null} leaves it to the rule. */
	void replaceMeasure(long targetId, Measure measure) {
		jdbc.sql("delete from progress_target_measure where target_id = ?").param(targetId).update();
		if (measure != null) {
			jdbc.sql("insert into progress_target_measure (target_id, measure) values (?, ?)")
				.params(targetId, measure.name())
				.update();
		}
	}

	/** A report as the audit trail records it before and after a change, its readings as typed. */
	Map<String, Object> auditView(long reportId) {
		Map<String, Object> view = jdbc.sql("""
				select commitment_id, period_seq, version, state, narrative, decision_comment from progress_report where id = ?""")
			.param(reportId)
			.query((rs, n) -> {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("commitmentId", rs.getLong(1));
				m.put("period", rs.getInt(2));
				m.put("version", rs.getInt(3));
				m.put("state", rs.getString(4));
				m.put("narrative", rs.getString(5));
				m.put("comment", rs.getString(6));
				return m;
			})
			.single();
		Map<String, Object> readings = new LinkedHashMap<>();
		jdbc.sql("select target_id, actual_value, done_on from progress_reading where report_id = ? order by target_id")
			.param(reportId)
			.query(rs -> {
				BigDecimal v = rs.getBigDecimal(2);
				String done = rs.getString(3);
				readings.put(String.valueOf(rs.getLong(1)), v != null ? v.stripTrailingZeros().toPlainString() : done);
			});
		view.put("readings", readings);
		return view;
	}

	// The board: approved reports, reviewers' lights, measures, public files.

	/** Approved reports of a plan year by commitment, then by period in order, each with its readings. */
	Map<Long, Map<Integer, ProgressBoard.Approved>> approved(long planYearId) {
		Map<Long, Map<Integer, ProgressBoard.Approved>> byCommitment = new HashMap<>();
		Map<Long, ProgressBoard.Approved> byReport = new HashMap<>();
		jdbc.sql("""
				select r.id, r.commitment_id, r.period_seq, r.narrative from progress_report r
				join v_commitment_scope s on s.commitment_id = r.commitment_id
				where s.plan_year_id = ? and r.state = 'APPROVED' order by r.commitment_id, r.period_seq, r.version""")
			.param(planYearId)
			.query(rs -> {
				var a = new ProgressBoard.Approved(rs.getInt(3), rs.getString(4), new HashMap<>());
				byReport.put(rs.getLong(1), a);
				byCommitment.computeIfAbsent(rs.getLong(2), k -> new TreeMap<>()).put(a.period(), a);
			});
		jdbc.sql("""
				select d.report_id, d.target_id, d.actual_value, d.done_on from progress_reading d
				join progress_report r on r.id = d.report_id join v_commitment_scope s on s.commitment_id = r.commitment_id
				where s.plan_year_id = ? and r.state = 'APPROVED'""")
			.param(planYearId)
			.query(rs -> {
				ProgressBoard.Approved a = byReport.get(rs.getLong(1));
				Date done = rs.getDate(4);
				a.readings().put(rs.getLong(2),
						new ProgressBoard.Reading(rs.getBigDecimal(3), done == null ? null : done.toLocalDate()));
			});
		return byCommitment;
	}

	/** The light the office or a rater gave each commitment of a plan year without targets, the latest. */
	Map<Long, Verdict> reviewerLights(long planYearId) {
		Map<Long, Verdict> lights = new HashMap<>();
		jdbc.sql("""
				select l.commitment_id, l.light, l.reason from progress_reviewer_light l
				join v_commitment_scope s on s.commitment_id = l.commitment_id
				where s.plan_year_id = ? order by l.id""")
			.param(planYearId)
			.query(rs -> {
				lights.put(rs.getLong(1), new Verdict(Light.valueOf(rs.getString(2)), "reviewer", List.of(rs.getString(3))));
			});
		return lights;
	}

	/** The measures the office chose for a commitment's targets, by target id. */
	Map<Long, Measure> measuresOfCommitment(long commitmentId) {
		Map<Long, Measure> chosen = new HashMap<>();
		jdbc.sql("""
				select m.target_id, m.measure from progress_target_measure m join v_target_scope t on t.target_id = m.target_id
				where t.commitment_id = ?""")
			.param(commitmentId)
			.query(rs -> {
				chosen.put(rs.getLong(1), Measure.valueOf(rs.getString(2)));
			});
		return chosen;
	}

	/** The measures the office chose for a plan year's targets, by target id. */
	Map<Long, Measure> measuresOfYear(long planYearId) {
		Map<Long, Measure> measures = new HashMap<>();
		jdbc.sql("""
				select m.target_id, m.measure from progress_target_measure m join v_target_scope t on t.target_id = m.target_id
				where t.plan_year_id = ?""")
			.param(planYearId)
			.query(rs -> {
				measures.put(rs.getLong(1), Measure.valueOf(rs.getString(2)));
			});
		return measures;
	}

	/** A reading of a report as stored. */
	record ReadingRow(long reportId, long targetId, BigDecimal actual, LocalDate doneOn) {
	}

	/** The readings of a commitment's approved reports, by report, then target. */
	List<ReadingRow> approvedReadings(long commitmentId) {
		return jdbc.sql("""
				select d.report_id, d.target_id, d.actual_value, d.done_on from progress_reading d
				join progress_report r on r.id = d.report_id
				where r.commitment_id = ? and r.state = 'APPROVED' order by d.report_id, d.target_id""")
			.param(commitmentId)
			.query((rs, n) -> {
				Date done = rs.getDate(4);
				return new ReadingRow(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3),
						done == null ? null : done.toLocalDate());
			})
			.list();
	}

	/** An approved report of a commitment. */
	record ApprovedRow(long id, int period, OffsetDateTime decidedAt, String narrative) {
	}

	/** A commitment's approved reports in order of period and version. */
	List<ApprovedRow> approvedReports(long commitmentId) {
		return jdbc.sql("""
				select id, period_seq, decided_at, narrative from progress_report
				where commitment_id = ? and state = 'APPROVED' order by period_seq, version""")
			.param(commitmentId)
			.query((rs, n) -> new ApprovedRow(rs.getLong(1), rs.getInt(2), rs.getObject(3, OffsetDateTime.class),
					rs.getString(4)))
			.list();
	}

	/** Files marked public on approved reports of a plan year, by commitment. */
	Map<Long, List<ProgressBoard.PublicFile>> publicFiles(long planYearId) {
		Map<Long, List<ProgressBoard.PublicFile>> files = new HashMap<>();
		jdbc.sql("""
				select distinct r.commitment_id, f.id, f.file_name, f.media_type, f.size_bytes, f.sha256
				from progress_report_evidence l join progress_evidence f on f.id = l.evidence_id
				join progress_report r on r.id = l.report_id join v_commitment_scope s on s.commitment_id = r.commitment_id
				where s.plan_year_id = ? and l.public_file = true and r.state = 'APPROVED' order by f.id""")
			.param(planYearId)
			.query(rs -> {
				files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new ProgressBoard.PublicFile(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
							rs.getString(6)));
			});
		return files;
	}

	/** Commitments of a plan year with a report of the period in one of the states. */
	Set<Long> reportedFor(long planYearId, int period, ReportState state, ReportState orState) {
		return new HashSet<>(jdbc.sql("""
				select r.commitment_id from progress_report r join v_commitment_scope s on s.commitment_id = r.commitment_id
				where s.plan_year_id = ? and r.period_seq = ? and r.state in (?, ?)""")
			.params(planYearId, period, state.name(), orState.name())
			.query(Long.class)
			.list());
	}

	/**
	 * The readings of a year's approved reports as the year ends with them, by target: in order of
	 * period and version, so that the latest approved reading of a target is put last.
	 */
	Map<Long, Reading> finalReadings(long planYearId) {
		Map<Long, Reading> readings = new HashMap<>();
		jdbc.sql("""
				select r.target_id, r.actual_value, r.done_on, p.period_seq from progress_reading r
				join progress_report p on p.id = r.report_id
				join v_commitment_scope s on s.commitment_id = p.commitment_id
				where s.plan_year_id = ? and p.state = 'APPROVED'
				  and (r.actual_value is not null or r.done_on is not null)
				order by p.period_seq, p.version""").param(planYearId).query(rs -> {
			Date done = rs.getDate(3);
			readings.put(rs.getLong(1), new Reading(rs.getBigDecimal(2), done == null ? null : done.toLocalDate(), null,
					new Reading.FromReport(rs.getInt(4))));
		});
		return readings;
	}

	// The office: versions, overview, waiting and returned reports, evidence files.

	/** The readings of every report of a commitment, each as stored. */
	List<ReadingRow> readingsOfCommitment(long commitmentId) {
		return jdbc.sql("""
				select d.report_id, d.target_id, d.actual_value, d.done_on from progress_reading d
				join progress_report r on r.id = d.report_id where r.commitment_id = ?""")
			.param(commitmentId)
			.query((rs, n) -> new ReadingRow(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3),
					rs.getObject(4, LocalDate.class)))
			.list();
	}

	/** The evidence of every report of a commitment, by report id. */
	Map<Long, List<ProgressOffice.Evidence>> evidenceOfCommitment(long commitmentId) {
		Map<Long, List<ProgressOffice.Evidence>> evidence = new HashMap<>();
		jdbc.sql("""
				select l.report_id, f.id, f.file_name, f.media_type, f.size_bytes, f.sha256, l.public_file
				from progress_report_evidence l join progress_evidence f on f.id = l.evidence_id
				join progress_report r on r.id = l.report_id where r.commitment_id = ? order by f.id""")
			.param(commitmentId)
			.query(rs -> {
				evidence.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new ProgressOffice.Evidence(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
							rs.getString(6), rs.getBoolean(7)));
			});
		return evidence;
	}

	/** A version of a report as stored, with the names of who filed and who decided it. */
	record VersionDetail(long id, int period, int version, ReportState state, String narrative, String filedBy,
			OffsetDateTime filedAt, String decidedBy, OffsetDateTime decidedAt, String comment) {
	}

	/** Every version of every period's report of a commitment, newest first. */
	List<VersionDetail> versions(long commitmentId) {
		return jdbc.sql("""
				select r.id, r.period_seq, r.version, r.state, r.narrative, f.display_name, r.filed_at, d.display_name,
				  r.decided_at, r.decision_comment
				from progress_report r join v_user_display_name f on f.user_id = r.filed_by
				left join v_user_display_name d on d.user_id = r.decided_by
				where r.commitment_id = ? order by r.period_seq desc, r.version desc""")
			.param(commitmentId)
			.query((rs, n) -> new VersionDetail(rs.getLong(1), rs.getInt(2), rs.getInt(3),
					ReportState.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
					rs.getObject(7, OffsetDateTime.class), rs.getString(8), rs.getObject(9, OffsetDateTime.class),
					rs.getString(10)))
			.list();
	}

	/** Submitted reports of a plan year waiting for their approver, oldest first. */
	List<ProgressOffice.Waiting> waiting(long planYearId) {
		return jdbc.sql("""
				select r.id, s.commitment_id, s.department_id, s.department_name, s.commitment_no, s.commitment_title,
				  r.period_seq, r.version, r.submitted_at
				from progress_report r join v_commitment_scope s on s.commitment_id = r.commitment_id
				where s.plan_year_id = ? and r.state = 'SUBMITTED' order by r.submitted_at, r.id""")
			.param(planYearId)
			.query((rs, n) -> new ProgressOffice.Waiting(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
					rs.getString(4), rs.getInt(5), rs.getString(6), rs.getInt(7), rs.getInt(8),
					rs.getObject(9, OffsetDateTime.class)))
			.list();
	}

	/** Returned reports of a plan year not yet followed by a new version, most recently returned first. */
	List<ProgressOffice.Returned> returned(long planYearId) {
		return jdbc.sql("""
				select r.id, s.commitment_id, s.department_id, s.commitment_no, s.commitment_title, r.period_seq, r.version,
				  r.decision_comment, u.display_name, r.decided_at
				from progress_report r join v_commitment_scope s on s.commitment_id = r.commitment_id
				left join v_user_display_name u on u.user_id = r.decided_by
				where s.plan_year_id = ? and r.state = 'RETURNED' and not exists (
				  select 1 from progress_report n where n.commitment_id = r.commitment_id
				  and n.period_seq = r.period_seq and n.version > r.version)
				order by r.decided_at desc, r.id desc""")
			.param(planYearId)
			.query((rs, n) -> new ProgressOffice.Returned(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
					rs.getInt(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getString(9),
					rs.getObject(10, OffsetDateTime.class)))
			.list();
	}

	/** The state of the latest version of every report of a plan year, by commitment, then period. */
	Map<Long, Map<Integer, ReportState>> latestStates(long planYearId) {
		Map<Long, Map<Integer, ReportState>> states = new HashMap<>();
		jdbc.sql("""
				select r.commitment_id, r.period_seq, r.state from progress_report r
				join v_commitment_scope s on s.commitment_id = r.commitment_id
				where s.plan_year_id = ? order by r.version""")
			.param(planYearId)
			.query(rs -> {
				states.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
					.put(rs.getInt(2), ReportState.valueOf(rs.getString(3)));
			});
		return states;
	}

	/** The periods with an approved report, by commitment, of a plan year. */
	Map<Long, List<Integer>> approvedPeriods(long planYearId) {
		Map<Long, List<Integer>> periods = new HashMap<>();
		jdbc.sql("""
				select r.commitment_id, r.period_seq from progress_report r
				join v_commitment_scope s on s.commitment_id = r.commitment_id where s.plan_year_id = ? and r.state = 'APPROVED'""")
			.param(planYearId)
			.query(rs -> {
				periods.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
			});
		return periods;
	}

	/** The departments whose reports an evidence file supports; {@code null} for an unresolved entry. */
	List<Long> departmentsOfEvidence(long evidenceId) {
		return jdbc.sql("""
				select distinct s.department_id from progress_report_evidence l join progress_report r on r.id = l.report_id
				join v_commitment_scope s on s.commitment_id = r.commitment_id
				where l.evidence_id = ?""")
			.param(evidenceId)
			.query((rs, n) -> {
				long d = rs.getLong(1);
				return rs.wasNull() ? null : d;
			})
			.list();
	}

	/** Whether a file is marked public on an approved report of a public plan year of that year number. */
	boolean isPublicEvidence(long evidenceId, int year) {
		return jdbc.sql("""
				select count(*) from progress_report_evidence l join progress_report r on r.id = l.report_id
				join v_commitment_scope s on s.commitment_id = r.commitment_id
				where l.evidence_id = ? and l.public_file = true and r.state = 'APPROVED' and s.year_number = ?
				  and s.year_state in ('PUBLISHED', 'ASSESSING', 'CLOSED')""")
			.params(evidenceId, year)
			.query(Long.class)
			.single() > 0;
	}

	Optional<ProgressOffice.EvidenceFile> evidenceFile(long evidenceId) {
		return jdbc.sql("select file_name, media_type, sha256, content from progress_evidence where id = ?")
			.param(evidenceId)
			.query((rs, n) -> new ProgressOffice.EvidenceFile(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getBytes(4)))
			.optional();
	}

	// Reminders.

	boolean reminderSent(String key, String recipient) {
		return jdbc.sql("select count(*) from progress_reminder where reminder_key = ? and recipient = ?")
			.params(key, recipient).query(Long.class).single() > 0;
	}

	/** Claims a reminder; a second claim of the same key and recipient fails with a duplicate key. */
	void claimReminder(String key, String recipient, OffsetDateTime at) {
		jdbc.sql("insert into progress_reminder (reminder_key, recipient, sent_at) values (?, ?, ?)")
			.params(key, recipient, at)
			.update();
	}

}
