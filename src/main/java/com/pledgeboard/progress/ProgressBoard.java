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

import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.extraction.Direction;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.progress.rules.Forecast;
import com.pledgeboard.progress.rules.Light;
import com.pledgeboard.progress.rules.LightRules;
import com.pledgeboard.progress.rules.Measure;
import com.pledgeboard.progress.rules.Observation;
import com.pledgeboard.progress.rules.Period;
import com.pledgeboard.progress.rules.ReportingCalendar;
import com.pledgeboard.progress.rules.TargetFacts;
import com.pledgeboard.progress.rules.Verdict;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress as approved reports show it: the light of every target and commitment of a plan year, with
 * the reason, and the approved readings through the year. Only approved reports count, here and on the
 * portal; drafts, submissions and returned versions never reach a light.
 */
@Service
public class ProgressBoard {

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final Schedules schedules;

	private final LightRules rules;

	ProgressBoard(JdbcClient jdbc, Catalogue catalogue, Schedules schedules, LightRules rules) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.schedules = schedules;
		this.rules = rules;
	}

	/** The progress of every commitment of a plan year, by commitment id. */
	@Transactional(readOnly = true)
	public Map<Long, CommitmentProgress> ofYear(PlanYear year) {
		return ofYear(year, Integer.MAX_VALUE, schedules.today());
	}

	/**
	 * The lights that changed between the two latest periods whose reports are overdue: each commitment's
	 * light as the approved reports up to a period showed it the day after that period's reports were
	 * due, the earlier period against the later. Empty before two periods are overdue.
	 */
	@Transactional(readOnly = true)
	public Optional<LightChanges> lightChanges(PlanYear year) {
		LocalDate today = schedules.today();
		List<Period> due = schedules.calendar(year).periods().stream().filter(p -> p.isOverdueOn(today)).toList();
		if (due.size() < 2) {
			return Optional.empty();
		}
		Period previous = due.get(due.size() - 2);
		Period latest = due.get(due.size() - 1);
		Map<Long, CommitmentProgress> before = ofYear(year, previous.seq(), previous.due().plusDays(1));
		Map<Long, CommitmentProgress> after = ofYear(year, latest.seq(), latest.due().plusDays(1));
		List<LightChange> changes = new ArrayList<>();
		after.forEach((id, now) -> {
			Verdict then = before.get(id).light();
			if (then.light() != now.light().light()) {
				changes.add(new LightChange(id, then, now.light()));
			}
		});
		return Optional.of(new LightChanges(previous.seq(), latest.seq(), changes));
	}

	/** The lights that changed from one period to the next, in the order of the year's table. */
	public record LightChanges(int previousPeriod, int latestPeriod, List<LightChange> changes) {

		public LightChanges {
			changes = List.copyOf(changes);
		}

	}

	/** A commitment whose light changed: what it was and what it became, each with its reason. */
	public record LightChange(long commitmentId, Verdict before, Verdict after) {
	}

	/** Progress counting the approved reports of periods up to {@code throughPeriod}, as judged on {@code today}. */
	private Map<Long, CommitmentProgress> ofYear(PlanYear year, int throughPeriod, LocalDate today) {
		List<DepartmentEntry> entries = catalogue.entries(year.id());
		ReportingCalendar calendar = schedules.calendar(year);
		Map<Long, Map<Integer, Approved>> approved = approved(year.id());
		if (throughPeriod < Integer.MAX_VALUE) {
			approved.values().forEach(reports -> reports.keySet().removeIf(seq -> seq > throughPeriod));
		}
		Map<Long, Verdict> reviewer = reviewerLights(year.id());
		Map<Long, Measure> overrides = measureOverrides(year.id());
		Map<Long, CommitmentProgress> result = new LinkedHashMap<>();
		for (DepartmentEntry entry : entries) {
			for (Commitment c : entry.commitments()) {
				Map<Integer, Approved> reports = approved.getOrDefault(c.id(), Map.of());
				int missed = LightRules.missedPeriods(calendar.periods(), reports.keySet(), today);
				List<TargetProgress> targets = new ArrayList<>();
				for (Target t : CommitmentPlace.promises(c)) {
					targets.add(target(t, overrides.get(t.id()), reports, calendar, missed, year.year(), today,
							year.state() != PlanYearState.CLOSED));
				}
				Verdict light = rules.commitment(targets.stream().map(TargetProgress::light).toList(),
						reviewer.get(c.id()), missed);
				Approved last = reports.values().stream().reduce((a, b) -> b).orElse(null);
				result.put(c.id(), new CommitmentProgress(c.id(), light, targets, last == null ? null : last.narrative(),
						last == null ? null : last.period()));
			}
		}
		return result;
	}

	/**
	 * The light each target of a commitment would show with these readings approved for the period, as
	 * the department reports it now: what the report form previews before saving.
	 */
	Map<Long, Verdict> preview(CommitmentPlace.Place place, Period period, Map<Long, Reading> readings) {
		PlanYear year = place.year();
		Map<Long, Measure> overrides = measureOverrides(year.id());
		Map<Integer, Approved> reports = Map.of(period.seq(), new Approved(period.seq(), "", readings));
		Map<Long, Verdict> lights = new LinkedHashMap<>();
		for (Target t : place.targets()) {
			lights.put(t.id(), target(t, overrides.get(t.id()), reports, schedules.calendar(year), 0, year.year(),
					schedules.today(), false).light());
		}
		return lights;
	}

	/** The periods of a plan year and the one the office watches today. */
	public ReportingCalendar calendar(PlanYear year) {
		return schedules.calendar(year);
	}

	public LocalDate today() {
		return schedules.today();
	}

	private TargetProgress target(Target target, Measure override, Map<Integer, Approved> reports,
			ReportingCalendar calendar, int missed, int year, LocalDate today, boolean forecast) {
		ExtractedTarget t = target.definition();
		Measure measure = override != null ? override : automatic(t);
		List<TargetProgress.Point> series = new ArrayList<>();
		List<Forecast.Point> points = new ArrayList<>();
		Observation latest = null;
		Reading latestReading = null;
		for (Approved report : reports.values()) {
			Reading r = report.readings().get(target.id());
			if (r == null) {
				continue;
			}
			Period period = calendar.period(report.period()).orElseThrow();
			latest = new Observation(r.actual(), r.doneOn(), period);
			latestReading = r;
			if (r.actual() != null) {
				series.add(new TargetProgress.Point(period.seq(), period.end(), r.actual()));
				points.add(new Forecast.Point(period.elapsedFraction(), r.actual().doubleValue()));
			}
		}
		var facts = new TargetFacts(t.kind(), t.op(), t.value(), t.floor(), t.unit(), t.date(), measure, t.direction());
		String change = t.kind() != TargetKind.CHANGE ? null : t.direction() == Direction.DOWN ? "down" : "up";
		TargetProgress.YearEnd yearEnd = !forecast ? null
				: Forecast.project(measure, t.kind(), points).map(p -> TargetProgress.YearEnd.of(p, facts.goal())).orElse(null);
		return new TargetProgress(target.id(), target.position(), t.describe(), t.unit(), measure, change,
				rules.target(facts, latest, missed, year, today), latestReading == null ? null : latestReading.actual(),
				latestReading == null ? null : latestReading.doneOn(), series, yearEnd);
	}

	record Reading(BigDecimal actual, LocalDate doneOn) {
	}

	/** An approved report of a period with its readings by target id. */
	record Approved(int period, String narrative, Map<Long, Reading> readings) {
	}

	/** Approved reports by commitment, then by period in order. */
	private Map<Long, Map<Integer, Approved>> approved(long planYearId) {
		Map<Long, Map<Integer, Approved>> byCommitment = new HashMap<>();
		Map<Long, Approved> byReport = new HashMap<>();
		jdbc.sql("""
				select r.id, r.commitment_id, r.period_seq, r.narrative from progress_report r
				join v_commitment_scope s on s.commitment_id = r.commitment_id
				where s.plan_year_id = ? and r.state = 'APPROVED' order by r.commitment_id, r.period_seq, r.version""")
			.param(planYearId)
			.query(rs -> {
				var a = new Approved(rs.getInt(3), rs.getString(4), new HashMap<>());
				byReport.put(rs.getLong(1), a);
				byCommitment.computeIfAbsent(rs.getLong(2), k -> new TreeMap<>()).put(a.period(), a);
			});
		jdbc.sql("""
				select d.report_id, d.target_id, d.actual_value, d.done_on from progress_reading d
				join progress_report r on r.id = d.report_id join v_commitment_scope s on s.commitment_id = r.commitment_id
				where s.plan_year_id = ? and r.state = 'APPROVED'""")
			.param(planYearId)
			.query(rs -> {
				Approved a = byReport.get(rs.getLong(1));
				Date done = rs.getDate(4);
				a.readings().put(rs.getLong(2), new Reading(rs.getBigDecimal(3), done == null ? null : done.toLocalDate()));
			});
		return byCommitment;
	}

	private Map<Long, Verdict> reviewerLights(long planYearId) {
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

	private static Measure automatic(ExtractedTarget t) {
		return Measure.of(t.kind(), t.metric(), t.unit());
	}

	/**
	 * How a quantity target is measured: as the rule by kind, metric and unit decides, and as the office
	 * chose instead, or {@code null} where it chose nothing.
	 */
	record MeasureChoice(long targetId, String description, Measure automatic, Measure chosen) {
	}

	/** The promise targets of a commitment that are quantities, with their measures, in order. */
	@Transactional(readOnly = true)
	List<MeasureChoice> measureChoices(Commitment commitment) {
		Map<Long, Measure> chosen = new HashMap<>();
		jdbc.sql("""
				select m.target_id, m.measure from progress_target_measure m join v_target_scope t on t.target_id = m.target_id
				where t.commitment_id = ?""")
			.param(commitment.id())
			.query(rs -> {
				chosen.put(rs.getLong(1), Measure.valueOf(rs.getString(2)));
			});
		return CommitmentPlace.promises(commitment).stream()
			.filter(t -> t.definition().kind() == TargetKind.QUANTITY)
			.map(t -> new MeasureChoice(t.id(), t.definition().describe(), automatic(t.definition()), chosen.get(t.id())))
			.toList();
	}

	private Map<Long, Measure> measureOverrides(long planYearId) {
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

	/**
	 * An approved report as the public sees it: the period it covers, when it was approved, what it
	 * says, and the reading of each target it reported.
	 */
	public record ApprovedReport(int period, LocalDate periodEnd, OffsetDateTime approvedAt, String narrative,
			List<ReportedValue> values) {

		public ApprovedReport {
			values = List.copyOf(values);
		}

	}

	/** A target's reading in an approved report: a number, or the day it was done. */
	public record ReportedValue(long targetId, String target, BigDecimal actual, LocalDate doneOn) {
	}

	/** The approved reports of one commitment, oldest period first. */
	@Transactional(readOnly = true)
	public List<ApprovedReport> approvedReports(PlanYear year, Commitment commitment) {
		ReportingCalendar calendar = schedules.calendar(year);
		Map<Long, String> targets = new HashMap<>();
		commitment.targets().forEach(t -> targets.put(t.id(), t.definition().describe()));
		Map<Long, List<ReportedValue>> values = new HashMap<>();
		jdbc.sql("""
				select d.report_id, d.target_id, d.actual_value, d.done_on from progress_reading d
				join progress_report r on r.id = d.report_id
				where r.commitment_id = ? and r.state = 'APPROVED' order by d.report_id, d.target_id""")
			.param(commitment.id())
			.query(rs -> {
				Date done = rs.getDate(4);
				values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new ReportedValue(rs.getLong(2), targets.getOrDefault(rs.getLong(2), ""), rs.getBigDecimal(3),
							done == null ? null : done.toLocalDate()));
			});
		// A period approved again later counts with its newest version, as it does for the lights.
		Map<Integer, ApprovedReport> byPeriod = new TreeMap<>();
		jdbc.sql("""
				select id, period_seq, decided_at, narrative from progress_report
				where commitment_id = ? and state = 'APPROVED' order by period_seq, version""")
			.param(commitment.id())
			.query(rs -> {
				int period = rs.getInt(2);
				byPeriod.put(period, new ApprovedReport(period, calendar.period(period).map(Period::end).orElse(null),
						rs.getObject(3, OffsetDateTime.class), rs.getString(4), values.getOrDefault(rs.getLong(1), List.of())));
			});
		return List.copyOf(byPeriod.values());
	}

	/** A file marked public on an approved report. */
	public record PublicFile(long id, String fileName, String mediaType, long size, String sha256) {
	}

	/** Files marked public on approved reports of a plan year, by commitment. */
	@Transactional(readOnly = true)
	public Map<Long, List<PublicFile>> publicFiles(PlanYear year) {
		Map<Long, List<PublicFile>> files = new HashMap<>();
		jdbc.sql("""
				select distinct r.commitment_id, f.id, f.file_name, f.media_type, f.size_bytes, f.sha256
				from progress_report_evidence l join progress_evidence f on f.id = l.evidence_id
				join progress_report r on r.id = l.report_id join v_commitment_scope s on s.commitment_id = r.commitment_id
				where s.plan_year_id = ? and l.public_file = true and r.state = 'APPROVED' order by f.id""")
			.param(year.id())
			.query(rs -> {
				files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new PublicFile(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6)));
			});
		return files;
	}

	static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	/** Commitments with an approved report for a period, for the office's overview. */
	Set<Long> approvedFor(long planYearId, int period) {
		return new HashSet<>(jdbc.sql("""
				select r.commitment_id from progress_report r join v_commitment_scope s on s.commitment_id = r.commitment_id
				where s.plan_year_id = ? and r.period_seq = ? and r.state = 'APPROVED'""")
			.params(planYearId, period)
			.query(Long.class)
			.list());
	}

	Optional<PlanYear> planYear(long planYearId) {
		return catalogue.planYear(planYearId);
	}

}
