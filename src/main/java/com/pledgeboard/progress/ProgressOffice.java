package com.pledgeboard.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.i18n.Forbidden;
import com.pledgeboard.progress.rules.NarrativeReadings;
import com.pledgeboard.progress.rules.Period;
import com.pledgeboard.progress.rules.ReportingCalendar;
import com.pledgeboard.rules.Measurement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the back office reads of progress: every version of a commitment's reports, the overview of a
 * plan year for the current period (who has not reported, what waits for approval, what is overdue),
 * and evidence files for those who may download them.
 */
@Component
class ProgressOffice {

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final ProgressBoard board;

	private final NarrativeReadings narratives;

	ProgressOffice(JdbcClient jdbc, Catalogue catalogue, ProgressBoard board, NarrativeReadings narratives) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.board = board;
		this.narratives = narratives;
	}

	/**
	 * A version of a report. {@code said} is its narrative with the readings it states highlighted, and
	 * {@code disagreements} where those contradict the typed readings: worked out when shown, not stored.
	 */
	record Version(long id, int period, int version, ReportState state, String narrative, String filedBy,
			OffsetDateTime filedAt, String decidedBy, OffsetDateTime decidedAt, String comment,
			Map<Long, String> readings, List<Evidence> evidence, NarrativeReadings.Narrative said,
			List<NarrativeReadings.Disagreement> disagreements) {
	}

	record Evidence(long id, String fileName, String mediaType, long size, String sha256, boolean publicFile) {
	}

	record EvidenceFile(String fileName, String mediaType, String sha256, byte[] content) {
	}

	/** A commitment's row in the overview: the state of its report for the current period. */
	record Row(DepartmentEntry entry, Commitment commitment, ReportState state, CommitmentProgress progress) {
	}

	record Overdue(String department, int no, String title, long commitmentId, int missed, LocalDate since, long days,
			String deadlineOverdue) {
	}

	record Overview(PlanYear year, Period current, List<Period> periods, List<Row> rows, List<String> notReported,
			List<Waiting> waiting, List<Overdue> overdue) {
	}

	record Waiting(long reportId, long commitmentId, Long departmentId, String department, int no, String title,
			int period, int version, OffsetDateTime submittedAt) {
	}

	/** A report its approver returned and nobody has filed again since: the reporter's to correct. */
	record Returned(long reportId, long commitmentId, Long departmentId, int no, String title, int period, int version,
			String comment, String decidedBy, OffsetDateTime decidedAt) {
	}

	/**
	 * Every version of every period's report of a commitment, newest first, each reading as it is typed
	 * into the form (a change in its promised direction).
	 */
	@Transactional(readOnly = true)
	List<Version> versions(CommitmentPlace.Place place) {
		long commitmentId = place.commitment().id();
		Map<Long, ExtractedTarget> targets = new HashMap<>();
		place.commitment().targets().forEach(t -> targets.put(t.id(), t.definition()));
		Map<Long, Map<Long, String>> readings = new HashMap<>();
		Map<Long, Map<Long, Measurement>> typed = new HashMap<>();
		jdbc.sql("""
				select d.report_id, d.target_id, d.actual_value, d.done_on from progress_reading d
				join progress_report r on r.id = d.report_id where r.commitment_id = ?""")
			.param(commitmentId)
			.query(rs -> {
				BigDecimal v = rs.getBigDecimal(3);
				String done = rs.getString(4);
				ExtractedTarget t = targets.get(rs.getLong(2));
				if (t != null) {
					Measurement m = Measurement.stored(t, v, rs.getObject(4, LocalDate.class));
					typed.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getLong(2), m);
					v = m.entered();
				}
				readings.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
					.put(rs.getLong(2), v != null ? ProgressBoard.plain(v) : done);
			});
		Map<Long, List<Evidence>> evidence = new HashMap<>();
		jdbc.sql("""
				select l.report_id, f.id, f.file_name, f.media_type, f.size_bytes, f.sha256, l.public_file
				from progress_report_evidence l join progress_evidence f on f.id = l.evidence_id
				join progress_report r on r.id = l.report_id where r.commitment_id = ? order by f.id""")
			.param(commitmentId)
			.query(rs -> {
				evidence.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new Evidence(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
							rs.getBoolean(7)));
			});
		return jdbc.sql("""
				select r.id, r.period_seq, r.version, r.state, r.narrative, f.display_name, r.filed_at, d.display_name,
				  r.decided_at, r.decision_comment
				from progress_report r join app_user f on f.id = r.filed_by left join app_user d on d.id = r.decided_by
				where r.commitment_id = ? order by r.period_seq desc, r.version desc""")
			.param(commitmentId)
			.query((rs, n) -> {
				long id = rs.getLong(1);
				int period = rs.getInt(2);
				String narrative = rs.getString(5);
				NarrativeReadings.Narrative said = said(place, period, narrative);
				return new Version(id, period, rs.getInt(3), ReportState.valueOf(rs.getString(4)), narrative,
						rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8),
						rs.getObject(9, OffsetDateTime.class), rs.getString(10), readings.getOrDefault(id, Map.of()),
						evidence.getOrDefault(id, List.of()), said,
						narratives.disagreements(said, typed.getOrDefault(id, Map.of())));
			})
			.list();
	}

	/** What a narrative of the commitment says of its targets, as of the end of the period reported. */
	NarrativeReadings.Narrative said(CommitmentPlace.Place place, int periodSeq, String narrative) {
		ReportingCalendar calendar = board.calendar(place.year());
		LocalDate asOf = calendar.period(periodSeq).map(Period::end).orElse(LocalDate.of(place.year().year(), 12, 31));
		return narratives.read(formTargets(place), narrative, asOf, board.today());
	}

	private static List<NarrativeReadings.FormTarget> formTargets(CommitmentPlace.Place place) {
		return place.targets().stream().map(t -> new NarrativeReadings.FormTarget(t.id(), t.definition())).toList();
	}

	/** The overview of a plan year, of the entries the signed-in user may read. */
	@Transactional(readOnly = true)
	Overview overview(PlanYear year, Predicate<DepartmentEntry> visible) {
		ReportingCalendar calendar = board.calendar(year);
		LocalDate today = board.today();
		Period current = calendar.current(today);
		Map<Long, CommitmentProgress> progress = board.ofYear(year);
		Map<Long, Map<Integer, ReportState>> states = latestStates(year.id());
		Map<Long, List<Integer>> approvedPeriods = approvedPeriods(year.id());
		List<Row> rows = new ArrayList<>();
		List<String> notReported = new ArrayList<>();
		List<Overdue> overdue = new ArrayList<>();
		for (DepartmentEntry entry : catalogue.entries(year.id())) {
			if (!visible.test(entry)) {
				continue;
			}
			boolean missing = false;
			for (Commitment c : entry.commitments()) {
				ReportState state = states.getOrDefault(c.id(), Map.of()).get(current.seq());
				rows.add(new Row(entry, c, state, progress.get(c.id())));
				missing |= ReportState.owed(state);
				List<Integer> approved = approvedPeriods.getOrDefault(c.id(), List.of());
				Optional<Period> firstMissed = calendar.periods().stream()
					.filter(p -> p.isOverdueOn(today) && !approved.contains(p.seq()))
					.findFirst();
				int missed = (int) calendar.periods().stream()
					.filter(p -> p.isOverdueOn(today) && !approved.contains(p.seq()))
					.count();
				String deadline = progress.get(c.id()).targets().stream()
					.filter(t -> "deadline.overdue".equals(t.light().reason()))
					.map(TargetProgress::description)
					.findFirst()
					.orElse(null);
				if (firstMissed.isPresent() || deadline != null) {
					LocalDate since = firstMissed.map(Period::due).orElse(null);
					overdue.add(new Overdue(entry.displayName(), c.no(), c.title(), c.id(), missed, since,
							since == null ? 0 : ChronoUnit.DAYS.between(since, today), deadline));
				}
			}
			if (missing && !entry.commitments().isEmpty()) {
				notReported.add(entry.displayName());
			}
		}
		List<Waiting> waiting = waiting(year.id()).stream()
			.filter(w -> rows.stream().anyMatch(r -> r.commitment().id() == w.commitmentId()))
			.toList();
		return new Overview(year, current, calendar.periods(), rows, notReported, waiting, overdue);
	}

	/** Submitted reports of a plan year waiting for their approver, oldest first. */
	List<Waiting> waiting(long planYearId) {
		return jdbc.sql("""
				select r.id, c.id, e.department_id, coalesce(d.canonical_name, e.name_in_text), c.no, c.title,
				  r.period_seq, r.version, r.submitted_at
				from progress_report r join commitment c on c.id = r.commitment_id
				join department_entry e on e.id = c.entry_id left join department d on d.id = e.department_id
				where e.plan_year_id = ? and r.state = 'SUBMITTED' order by r.submitted_at, r.id""")
			.param(planYearId)
			.query((rs, n) -> new Waiting(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getString(4),
					rs.getInt(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getObject(9, OffsetDateTime.class)))
			.list();
	}

	/** Returned reports of a plan year not yet followed by a new version, most recently returned first. */
	List<Returned> returned(long planYearId) {
		return jdbc.sql("""
				select r.id, c.id, e.department_id, c.no, c.title, r.period_seq, r.version, r.decision_comment,
				  u.display_name, r.decided_at
				from progress_report r join commitment c on c.id = r.commitment_id
				join department_entry e on e.id = c.entry_id left join app_user u on u.id = r.decided_by
				where e.plan_year_id = ? and r.state = 'RETURNED' and not exists (
				  select 1 from progress_report n where n.commitment_id = r.commitment_id
				  and n.period_seq = r.period_seq and n.version > r.version)
				order by r.decided_at desc, r.id desc""")
			.param(planYearId)
			.query((rs, n) -> new Returned(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getInt(4),
					rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getString(9),
					rs.getObject(10, OffsetDateTime.class)))
			.list();
	}

	/** The state of the latest version of every report of a plan year, by commitment, then period. */
	Map<Long, Map<Integer, ReportState>> latestStates(long planYearId) {
		Map<Long, Map<Integer, ReportState>> states = new HashMap<>();
		jdbc.sql("""
				select r.commitment_id, r.period_seq, r.state from progress_report r
				join commitment c on c.id = r.commitment_id join department_entry e on e.id = c.entry_id
				where e.plan_year_id = ? order by r.version""")
			.param(planYearId)
			.query(rs -> {
				states.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
					.put(rs.getInt(2), ReportState.valueOf(rs.getString(3)));
			});
		return states;
	}

	private Map<Long, List<Integer>> approvedPeriods(long planYearId) {
		Map<Long, List<Integer>> periods = new HashMap<>();
		jdbc.sql("""
				select r.commitment_id, r.period_seq from progress_report r join commitment c on c.id = r.commitment_id
				join department_entry e on e.id = c.entry_id where e.plan_year_id = ? and r.state = 'APPROVED'""")
			.param(planYearId)
			.query(rs -> {
				periods.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
			});
		return periods;
	}

	/**
	 * A file for the back office: the department whose reports it supports, the office and raters.
	 */
	@Transactional(readOnly = true)
	Optional<EvidenceFile> evidenceForStaff(long evidenceId) {
		var user = Accounts.require();
		List<Long> departments = jdbc.sql("""
				select distinct e.department_id from progress_report_evidence l join progress_report r on r.id = l.report_id
				join commitment c on c.id = r.commitment_id join department_entry e on e.id = c.entry_id
				where l.evidence_id = ?""")
			.param(evidenceId)
			.query((rs, n) -> {
				long d = rs.getLong(1);
				return rs.wasNull() ? null : d;
			})
			.list();
		if (!departments.isEmpty() && !ProgressPolicy.canReadEvidenceOf(user, departments)) {
			throw new Forbidden("account.forbidden.department");
		}
		return departments.isEmpty() ? Optional.empty() : file(evidenceId);
	}

	/** A file for anyone: only where marked public on an approved report of a public plan year. */
	@Transactional(readOnly = true)
	Optional<EvidenceFile> publicEvidence(int year, long evidenceId) {
		boolean shown = jdbc.sql("""
				select count(*) from progress_report_evidence l join progress_report r on r.id = l.report_id
				join commitment c on c.id = r.commitment_id join department_entry e on e.id = c.entry_id
				join plan_year p on p.id = e.plan_year_id
				where l.evidence_id = ? and l.public_file = true and r.state = 'APPROVED' and p.year_number = ?
				  and p.state in ('PUBLISHED', 'ASSESSING', 'CLOSED')""")
			.params(evidenceId, year)
			.query(Long.class)
			.single() > 0;
		return shown ? file(evidenceId) : Optional.empty();
	}

	private Optional<EvidenceFile> file(long evidenceId) {
		return jdbc.sql("select file_name, media_type, sha256, content from progress_evidence where id = ?")
			.param(evidenceId)
			.query((rs, n) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
			.optional();
	}

}
