package com.pledgeboard.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
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
import com.pledgeboard.progress.rules.LightRules;
import com.pledgeboard.progress.rules.Measure;
import com.pledgeboard.progress.rules.Observation;
import com.pledgeboard.progress.rules.Period;
import com.pledgeboard.progress.rules.ReportingCalendar;
import com.pledgeboard.progress.rules.TargetFacts;
import com.pledgeboard.progress.rules.Verdict;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress as approved reports show it: the light of every target and commitment of a plan year, with
 * the reason, and the approved readings through the year. Only approved reports count, here and on the
 * portal; drafts, submissions and returned versions never reach a light.
 */
@Service
public class ProgressBoard {

	private final ProgressStore store;

	private final Catalogue catalogue;

	private final Schedules schedules;

	private final LightRules rules;

	ProgressBoard(ProgressStore store, Catalogue catalogue, Schedules schedules, LightRules rules) {
		this.store = store;
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
		Map<Long, Map<Integer, Approved>> approved = store.approved(year.id());
		if (throughPeriod < Integer.MAX_VALUE) {
			approved.values().forEach(reports -> reports.keySet().removeIf(seq -> seq > throughPeriod));
		}
		Map<Long, Verdict> reviewer = store.reviewerLights(year.id());
		Map<Long, Measure> overrides = store.measuresOfYear(year.id());
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
		Map<Long, Measure> overrides = store.measuresOfYear(year.id());
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
		Map<Long, Measure> chosen = store.measuresOfCommitment(commitment.id());
		return CommitmentPlace.promises(commitment).stream()
			.filter(t -> t.definition().kind() == TargetKind.QUANTITY)
			.map(t -> new MeasureChoice(t.id(), t.definition().describe(), automatic(t.definition()), chosen.get(t.id())))
			.toList();
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
		for (ProgressStore.ReadingRow r : store.approvedReadings(commitment.id())) {
			values.computeIfAbsent(r.reportId(), k -> new ArrayList<>())
				.add(new ReportedValue(r.targetId(), targets.getOrDefault(r.targetId(), ""), r.actual(), r.doneOn()));
		}
		// A period approved again later counts with its newest version, as it does for the lights.
		Map<Integer, ApprovedReport> byPeriod = new TreeMap<>();
		for (ProgressStore.ApprovedRow r : store.approvedReports(commitment.id())) {
			byPeriod.put(r.period(), new ApprovedReport(r.period(), calendar.period(r.period()).map(Period::end).orElse(null),
					r.decidedAt(), r.narrative(), values.getOrDefault(r.id(), List.of())));
		}
		return List.copyOf(byPeriod.values());
	}

	/** A file marked public on an approved report. */
	public record PublicFile(long id, String fileName, String mediaType, long size, String sha256) {
	}

	/** Files marked public on approved reports of a plan year, by commitment. */
	@Transactional(readOnly = true)
	public Map<Long, List<PublicFile>> publicFiles(PlanYear year) {
		return store.publicFiles(year.id());
	}

	static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	/** Commitments with an approved report for a period, for the office's overview. */
	Set<Long> approvedFor(long planYearId, int period) {
		return store.reportedFor(planYearId, period, ReportState.APPROVED, ReportState.APPROVED);
	}

	Optional<PlanYear> planYear(long planYearId) {
		return catalogue.planYear(planYearId);
	}

}
