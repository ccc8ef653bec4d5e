package com.pledgeboard.progress;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.i18n.Message;
import com.pledgeboard.i18n.Refused;
import com.pledgeboard.progress.files.EvidenceSniffer;
import com.pledgeboard.progress.rules.Cadence;
import com.pledgeboard.progress.rules.Light;
import com.pledgeboard.progress.rules.Measure;
import com.pledgeboard.progress.rules.NarrativeReadings;
import com.pledgeboard.progress.rules.Period;
import com.pledgeboard.progress.rules.Verdict;
import com.pledgeboard.rules.Measurement;
import com.pledgeboard.rules.ReadingRefused;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The changes people make to progress, each authorised here on the server by role, department and the
 * plan year's state, and each audited. A department's reporter files a report for a commitment and a
 * period, attaches evidence and submits it; its approver approves or returns it; a returned report is
 * corrected by filing again, which starts the next version and keeps the returned one as it was.
 */
@Service
public class ProgressReporting {

	public static final int MAX_NARRATIVE = 4000;

	public static final int MAX_COMMENT = 1000;

	private static final Set<PlanYearState> REPORTING = Set.of(PlanYearState.PUBLISHED, PlanYearState.ASSESSING);

	/** A target's measure left to the rule by kind, metric and unit, as the form and the audit trail name it. */
	static final String AUTOMATIC = "AUTO";

	private final ProgressStore store;

	private final CommitmentPlace places;

	private final Catalogue catalogue;

	private final Schedules schedules;

	private final ApplicationEventPublisher events;

	private final long maxFileBytes;

	private final ProgressBoard board;

	private final ProgressOffice office;

	ProgressReporting(ProgressStore store, CommitmentPlace places, Catalogue catalogue, Schedules schedules,
			ProgressBoard board, ProgressOffice office, ApplicationEventPublisher events,
			@Value("${pledgeboard.progress.evidence.max-size:20MB}") DataSize maxFileSize) {
		this.store = store;
		this.board = board;
		this.office = office;
		this.places = places;
		this.catalogue = catalogue;
		this.schedules = schedules;
		this.events = events;
		this.maxFileBytes = maxFileSize.toBytes();
	}

	/**
	 * The lights the typed readings would give the commitment's targets once approved for the period,
	 * read by the same rule as filing, so that the reporter sees before saving how each reading is taken.
	 * Changes nothing; a reporter of the department only.
	 *
	 * @return each target's light by its id, in the order of the targets
	 */
	@Transactional(readOnly = true)
	public Map<Long, Verdict> preview(long commitmentId, int periodSeq, Map<Long, String> values) {
		CommitmentPlace.Place place = places.of(commitmentId);
		requireReporter(place);
		Period period = schedules.calendar(place.year()).period(periodSeq)
			.orElseThrow(() -> new Refused("progress.refused.period", periodSeq));
		Map<Long, Reading> readings = readings(place, values);
		Map<Long, ProgressBoard.Reading> typed = new LinkedHashMap<>();
		readings.forEach((id, r) -> typed.put(id, new ProgressBoard.Reading(r.actual(), r.doneOn())));
		return board.preview(place, period, typed);
	}

	/**
	 * The readings the narrative states of the commitment's targets, as the form's fields take them, with
	 * the words they came from, for the reporter to confirm or change before filing. Changes nothing; a
	 * reporter of the department only, for a period of the year and a narrative filing would take.
	 */
	@Transactional(readOnly = true)
	public NarrativeReadings.Narrative propose(long commitmentId, int periodSeq, String narrative) {
		CommitmentPlace.Place place = places.of(commitmentId);
		requireReporter(place);
		schedules.calendar(place.year()).period(periodSeq)
			.orElseThrow(() -> new Refused("progress.refused.period", periodSeq));
		String text = narrative == null ? "" : narrative.strip();
		if (text.isEmpty() || text.length() > MAX_NARRATIVE) {
			throw new Refused("progress.refused.narrative", MAX_NARRATIVE);
		}
		return office.said(place, periodSeq, text);
	}

	/**
	 * Files a report: the department's current draft for the period is updated, a returned report is
	 * followed by a new version that carries its evidence along, and otherwise version 1 is started.
	 *
	 * @param values the reading of each target by its id, as typed: a number, a place, or a done date
	 * @return the id of the draft
	 */
	@Transactional
	public long file(long commitmentId, int periodSeq, Map<Long, String> values, String narrative) {
		CommitmentPlace.Place place = places.of(commitmentId);
		requireReporter(place);
		Period period = schedules.calendar(place.year()).period(periodSeq)
			.filter(p -> p.hasStartedOn(schedules.today()))
			.orElseThrow(() -> new Refused("progress.refused.period", periodSeq));
		String text = narrative == null ? "" : narrative.strip();
		if (text.isEmpty() || text.length() > MAX_NARRATIVE) {
			throw new Refused("progress.refused.narrative", MAX_NARRATIVE);
		}
		Map<Long, Reading> readings = readings(place, values);
		Optional<ProgressStore.VersionRow> latest = store.latest(commitmentId, period.seq());
		SignedInUser user = Accounts.require();
		OffsetDateTime now = OffsetDateTime.now(schedules.clock());
		long reportId;
		Object before = null;
		if (latest.isPresent() && latest.get().state() == ReportState.DRAFT) {
			reportId = latest.get().id();
			before = store.auditView(reportId);
			store.refile(reportId, text, user.id(), now);
		}
		else if (latest.isPresent() && latest.get().state() != ReportState.RETURNED) {
			throw new Refused(latest.get().state() == ReportState.APPROVED ? "progress.refused.approved"
					: "progress.refused.submitted");
		}
		else {
			int version = latest.map(v -> v.version() + 1).orElse(1);
			reportId = store.insertDraft(commitmentId, period.seq(), version, text, user.id(), now);
			long newReport = reportId;
			latest.ifPresent(returned -> store.copyEvidence(returned.id(), newReport));
		}
		for (Reading r : readings.values()) {
			store.insertReading(reportId, r.targetId(), r.actual(), r.doneOn());
		}
		events.publishEvent(AuditEvent.of("PROGRESS_REPORT_FILED", "progress_report", reportId, before,
				store.auditView(reportId)));
		return reportId;
	}

	/** Adds an evidence file to a draft, once its content shows it is a type we accept. */
	@Transactional
	public long upload(long reportId, String fileName, String claimedType, byte[] content, boolean publicFile) {
		CommitmentPlace.Place place = places.ofReport(reportId);
		requireReporter(place);
		requireState(reportId, ReportState.DRAFT, "progress.refused.evidenceNotDraft");
		String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
		if (name.isEmpty() || name.length() > 255) {
			throw new Refused("progress.refused.fileName");
		}
		if (content.length > maxFileBytes) {
			throw new Refused("progress.refused.fileTooLarge", name,
					DataSize.ofBytes(maxFileBytes).toMegabytes());
		}
		EvidenceSniffer.Sniffed sniffed = EvidenceSniffer.sniff(content, name, claimedType);
		if (!sniffed.accepted()) {
			throw new Refused("progress.refused.fileRefused", name, refusal(sniffed.refusal()));
		}
		String sha256 = sha256(content);
		long evidenceId = store.insertEvidence(reportId, name, sniffed.mediaType(), sha256, content, publicFile,
				Accounts.require().id(), OffsetDateTime.now(schedules.clock()));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("reportId", reportId);
		after.put("fileName", name);
		after.put("mediaType", sniffed.mediaType());
		after.put("size", content.length);
		after.put("sha256", sha256);
		after.put("public", publicFile);
		events.publishEvent(AuditEvent.of("PROGRESS_EVIDENCE_UPLOADED", "progress_evidence", evidenceId, null, after));
		return evidenceId;
	}

	@Transactional
	public void submit(long reportId) {
		CommitmentPlace.Place place = places.ofReport(reportId);
		requireReporter(place);
		move(reportId, ReportState.DRAFT, ReportState.SUBMITTED, null, "progress.refused.submitNotDraft",
				"PROGRESS_REPORT_SUBMITTED");
	}

	@Transactional
	public void approve(long reportId, String comment) {
		requireApprover(places.ofReport(reportId));
		move(reportId, ReportState.SUBMITTED, ReportState.APPROVED, comment, "progress.refused.approveNotSubmitted",
				"PROGRESS_REPORT_APPROVED");
	}

	/** Returns a submitted report to its reporter; the comment says what to correct. */
	@Transactional
	public void sendBack(long reportId, String comment) {
		requireApprover(places.ofReport(reportId));
		if (comment == null || comment.isBlank()) {
			throw new Refused("progress.refused.returnWithoutComment");
		}
		move(reportId, ReportState.SUBMITTED, ReportState.RETURNED, comment, "progress.refused.returnNotSubmitted",
				"PROGRESS_REPORT_RETURNED");
	}

	/** The light of a commitment with no measurable target, given by the office or a rater. */
	@Transactional
	public void giveLight(long commitmentId, Light light, String reason) {
		CommitmentPlace.Place place = places.of(commitmentId);
		SignedInUser user = ProgressPolicy.requireJudge();
		if (!REPORTING.contains(place.year().state())) {
			throw new Refused("progress.refused.judgeNotReporting");
		}
		if (!place.targets().isEmpty()) {
			throw new Refused("progress.refused.judgeHasTargets");
		}
		String why = reason == null ? "" : reason.strip();
		if (light == null || light == Light.NONE || why.isEmpty() || why.length() > MAX_COMMENT) {
			throw new Refused("progress.refused.judgement", MAX_COMMENT);
		}
		store.insertReviewerLight(commitmentId, light, why, user.id(), OffsetDateTime.now(schedules.clock()));
		events.publishEvent(AuditEvent.of("PROGRESS_REVIEWER_LIGHT", "commitment", commitmentId, null,
				Map.of("light", light.name(), "reason", why)));
	}

	/**
	 * Says how the light reads a quantity target: as the total so far against the share of the year gone
	 * ({@link Measure#CUMULATIVE}), as the level reached against the target itself ({@link Measure#LEVEL}),
	 * or, with {@code null}, as the rule by kind, metric and unit decides. The office only, while the year
	 * reports; the year's row is locked so that the choice and a move of the year take turns.
	 */
	@Transactional
	void chooseMeasure(long targetId, Measure measure) {
		ProgressPolicy.requireManager();
		CommitmentPlace.Place place = places.ofTarget(targetId);
		if (!REPORTING.contains(catalogue.lockPlanYear(place.year().id()).state())) {
			throw new Refused("progress.refused.measureNotReporting");
		}
		boolean quantity = place.targets().stream()
			.anyMatch(t -> t.id() == targetId && t.definition().kind() == TargetKind.QUANTITY);
		if (!quantity) {
			throw new Refused("progress.refused.measureKind");
		}
		if (measure == Measure.DEADLINE) {
			throw new Refused("progress.refused.measure");
		}
		Optional<Measure> before = store.measure(targetId);
		if (before.equals(Optional.ofNullable(measure))) {
			return;
		}
		store.replaceMeasure(targetId, measure);
		events.publishEvent(AuditEvent.of("PROGRESS_TARGET_MEASURE", "target", targetId, measureView(place, before),
				measureView(place, Optional.ofNullable(measure))));
	}

	private static Map<String, Object> measureView(CommitmentPlace.Place place, Optional<Measure> chosen) {
		return Map.of("commitmentId", place.commitment().id(), "measure", chosen.map(Measure::name).orElse(AUTOMATIC));
	}

	/** Sets how often a plan year reports; only before anything is filed, since periods are numbered. */
	@Transactional
	public void changeSchedule(long planYearId, Cadence cadence, int dueDays) {
		ProgressPolicy.requireManager();
		if (cadence == null || dueDays < 0 || dueDays > 60) {
			throw new Refused("progress.refused.schedule");
		}
		long filed = store.reportsOfYear(planYearId);
		if (filed > 0) {
			throw new Refused("progress.refused.scheduleInUse");
		}
		var before = store.schedule(planYearId)
			.map(s -> Map.of("cadence", s.cadence().name(), "dueDays", s.dueDays()));
		store.replaceSchedule(planYearId, cadence, dueDays);
		events.publishEvent(AuditEvent.of("PROGRESS_SCHEDULE", "plan_year", planYearId, before.orElse(null),
				Map.of("cadence", cadence.name(), "dueDays", dueDays)));
	}

	private void move(long reportId, ReportState from, ReportState to, String comment, String refusalCode,
			String action) {
		requireState(reportId, from, refusalCode);
		String text = comment == null ? null : comment.strip();
		if (text != null && text.length() > MAX_COMMENT) {
			throw new Refused("progress.refused.comment", MAX_COMMENT);
		}
		Object before = store.auditView(reportId);
		OffsetDateTime now = OffsetDateTime.now(schedules.clock());
		if (to == ReportState.SUBMITTED) {
			store.submit(reportId, from, to, now);
		}
		else {
			store.decide(reportId, from, to, Accounts.require().id(), now,
					text == null || text.isEmpty() ? null : text);
		}
		events.publishEvent(AuditEvent.of(action, "progress_report", reportId, before, store.auditView(reportId)));
	}

	private void requireState(long reportId, ReportState state, String refusalCode) {
		ReportState now = store.lockState(reportId);
		if (now != state) {
			throw new Refused(refusalCode);
		}
	}

	private void requireReporter(CommitmentPlace.Place place) {
		ProgressPolicy.requireReporter(place.departmentId());
		requireReporting(place);
	}

	private void requireApprover(CommitmentPlace.Place place) {
		ProgressPolicy.requireApprover(place.departmentId());
		requireReporting(place);
	}

	private static void requireReporting(CommitmentPlace.Place place) {
		if (!REPORTING.contains(place.year().state())) {
			throw new Refused("progress.refused.notReporting");
		}
	}

	record Reading(long targetId, BigDecimal actual, LocalDate doneOn) {
	}

	/** Each promise target's reading, checked against its kind and unit; every problem named at once. */
	private Map<Long, Reading> readings(CommitmentPlace.Place place, Map<Long, String> values) {
		Map<Long, Reading> readings = new LinkedHashMap<>();
		List<Message> problems = new ArrayList<>();
		int n = 0;
		for (Target target : place.targets()) {
			n++;
			ExtractedTarget t = target.definition();
			String typed = values.getOrDefault(target.id(), "").strip();
			Object what = t.metric() == null ? Message.of("target.kind." + t.kind().code()) : t.metric();
			try {
				readings.put(target.id(), reading(target.id(), t, typed, place.year().year()));
			}
			catch (Refused ex) {
				problems.add(Message.of("progress.refused.target", n, what, ex.reason()));
			}
		}
		if (!problems.isEmpty()) {
			throw new Refused(Message.joined(problems));
		}
		return readings;
	}

	private Reading reading(long targetId, ExtractedTarget t, String typed, int year) {
		try {
			Measurement m = Measurement.parse(t, typed, year, schedules.today());
			return new Reading(targetId, m.value(), m.doneOn());
		}
		catch (ReadingRefused ex) {
			throw new Refused(Message.of(ex.code(), ex.arguments()));
		}
	}

	private static Message refusal(String code) {
		return Message.of(switch (code) {
			case "empty" -> "progress.refused.file.empty";
			case "executable" -> "progress.refused.file.executable";
			case "mismatch" -> "progress.refused.file.mismatch";
			default -> "progress.refused.file.type";
		});
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
