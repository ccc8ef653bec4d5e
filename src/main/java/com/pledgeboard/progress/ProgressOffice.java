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
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the back office reads of progress: every version of a commitment's reports, the overview of a
 * plan year for the current period (who has not reported, what waits for approval, what is overdue),
 * and evidence files for those who may download them.
 */
@Component
class ProgressOffice {

	private final ProgressStore store;

	private final Catalogue catalogue;

	private final ProgressBoard board;

	private final NarrativeReadings narratives;

	ProgressOffice(ProgressStore store, Catalogue catalogue, ProgressBoard board, NarrativeReadings narratives) {
		this.store = store;
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
		for (ProgressStore.ReadingRow r : store.readingsOfCommitment(commitmentId)) {
			BigDecimal v = r.actual();
			String done = r.doneOn() == null ? null : r.doneOn().toString();
			ExtractedTarget t = targets.get(r.targetId());
			if (t != null) {
				Measurement m = Measurement.stored(t, v, r.doneOn());
				typed.computeIfAbsent(r.reportId(), k -> new LinkedHashMap<>()).put(r.targetId(), m);
				v = m.entered();
			}
			readings.computeIfAbsent(r.reportId(), k -> new HashMap<>())
				.put(r.targetId(), v != null ? ProgressBoard.plain(v) : done);
		}
		Map<Long, List<Evidence>> evidence = store.evidenceOfCommitment(commitmentId);
		return store.versions(commitmentId).stream().map(r -> {
			NarrativeReadings.Narrative said = said(place, r.period(), r.narrative());
			return new Version(r.id(), r.period(), r.version(), r.state(), r.narrative(), r.filedBy(), r.filedAt(),
					r.decidedBy(), r.decidedAt(), r.comment(), readings.getOrDefault(r.id(), Map.of()),
					evidence.getOrDefault(r.id(), List.of()), said,
					narratives.disagreements(said, typed.getOrDefault(r.id(), Map.of())));
		}).toList();
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
		Map<Long, List<Integer>> approvedPeriods = store.approvedPeriods(year.id());
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
		return store.waiting(planYearId);
	}

	/** Returned reports of a plan year not yet followed by a new version, most recently returned first. */
	List<Returned> returned(long planYearId) {
		return store.returned(planYearId);
	}

	/** The state of the latest version of every report of a plan year, by commitment, then period. */
	Map<Long, Map<Integer, ReportState>> latestStates(long planYearId) {
		return store.latestStates(planYearId);
	}

	/**
	 * A file for the back office: the department whose reports it supports, the office and raters.
	 */
	@Transactional(readOnly = true)
	Optional<EvidenceFile> evidenceForStaff(long evidenceId) {
		var user = Accounts.require();
		List<Long> departments = store.departmentsOfEvidence(evidenceId);
		if (!departments.isEmpty() && !ProgressPolicy.canReadEvidenceOf(user, departments)) {
			throw new Forbidden("account.forbidden.department");
		}
		return departments.isEmpty() ? Optional.empty() : store.evidenceFile(evidenceId);
	}

	/** A file for anyone: only where marked public on an approved report of a public plan year. */
	@Transactional(readOnly = true)
	Optional<EvidenceFile> publicEvidence(int year, long evidenceId) {
		boolean shown = store.isPublicEvidence(evidenceId, year);
		return shown ? store.evidenceFile(evidenceId) : Optional.empty();
	}

}
