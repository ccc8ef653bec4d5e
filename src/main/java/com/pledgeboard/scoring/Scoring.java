package com.pledgeboard.scoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.PlanYearStateChanged;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.evaluation.Evaluations;
import com.pledgeboard.evaluation.PublicTally;
import com.pledgeboard.i18n.Message;
import com.pledgeboard.i18n.NotFound;
import com.pledgeboard.i18n.Refused;
import com.pledgeboard.scoring.engine.DepartmentInput.CommitmentInput;
import com.pledgeboard.scoring.engine.DepartmentInput.TargetInput;
import com.pledgeboard.scoring.engine.DepartmentInput;
import com.pledgeboard.scoring.engine.DepartmentResult;
import com.pledgeboard.scoring.engine.Scheme;
import com.pledgeboard.scoring.engine.ScoringEngine;
import com.pledgeboard.scoring.engine.TargetSpec;
import com.pledgeboard.scoring.engine.YearResult;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scoring module's API: the scheme of a plan year and its versions, scores computed now for the
 * back office, what-if scores under an unsaved scheme, and the frozen scores the portal publishes once
 * the year is closed. Every read and write is authorised here; every change is audited.
 */
@Service
public class Scoring {

	private final ScoringStore store;

	private final Catalogue catalogue;

	private final Evaluations evaluations;

	/** Every source of final readings, in order: a later source's reading of a target wins. */
	private final List<FinalReadings> readings;

	private final ApplicationEventPublisher events;

	Scoring(ScoringStore store, Catalogue catalogue, Evaluations evaluations, List<FinalReadings> readings,
			ApplicationEventPublisher events) {
		this.store = store;
		this.catalogue = catalogue;
		this.evaluations = evaluations;
		this.readings = List.copyOf(readings);
		this.events = events;
	}

	/** A scheme with its version; version 0 is the defaults, never stored. */
	public record VersionedScheme(int version, Scheme scheme) {
	}

	/** The scheme a plan year is scored by: its newest stored version, else the defaults. Public. */
	@Transactional(readOnly = true)
	public VersionedScheme scheme(long planYearId) {
		return store.newestScheme(planYearId).orElseGet(() -> new VersionedScheme(0, Scheme.defaults()));
	}

	/** Stores a new version of the scheme; the assessment office only, and only before the year closes. */
	@Transactional
	public VersionedScheme saveScheme(long planYearId, Scheme scheme) {
		ScoringPolicy.requireManager();
		PlanYear year = planYearForUpdate(planYearId);
		if (year.state() == PlanYearState.CLOSED) {
			throw new Refused("scoring.refused.closed");
		}
		refuseBroken(scheme);
		VersionedScheme before = scheme(planYearId);
		VersionedScheme saved = store.addScheme(planYearId, scheme);
		events.publishEvent(AuditEvent.of("SCORING_SCHEME_SAVED", "plan_year", planYearId,
				Map.of("version", before.version(), "scheme", before.scheme()),
				Map.of("version", saved.version(), "scheme", saved.scheme())));
		return saved;
	}

	/**
	 * The scores as they stand: frozen once the year is closed, computed now before. For the assessment
	 * office and committee members.
	 */
	@Transactional(readOnly = true)
	public ScoreBoard current(long planYearId) {
		ScoringPolicy.requireAssessor();
		PlanYear year = planYear(planYearId);
		if (year.state() == PlanYearState.CLOSED) {
			return frozen(year).orElseThrow();
		}
		VersionedScheme scheme = scheme(planYearId);
		return new ScoreBoard(year, scheme.version(), false, compute(year, scheme.scheme()));
	}

	/** The scores the year would have under another scheme, saving nothing; the assessment office only. */
	@Transactional(readOnly = true)
	public YearResult whatIf(long planYearId, Scheme scheme) {
		ScoringPolicy.requireManager();
		refuseBroken(scheme);
		return compute(planYear(planYearId), scheme);
	}

	/** What the engine finds wrong with a scheme, as messages in the reader's language. */
	static List<Message> ruleProblems(Scheme scheme) {
		return scheme.problems().stream().map(p -> Message.of(p.code(), p.arguments().toArray())).toList();
	}

	private static void refuseBroken(Scheme scheme) {
		List<Message> problems = ruleProblems(scheme);
		if (!problems.isEmpty()) {
			throw new Refused(Message.joined(problems));
		}
	}

	/**
	 * The scores for the assessment office's exports: frozen once the year is closed, computed now before.
	 * Not authorised here: the exports are the back office's ADMIN pages and the command line, which check.
	 */
	@Transactional(readOnly = true)
	ScoreBoard forExport(long planYearId) {
		PlanYear year = planYear(planYearId);
		if (year.state() == PlanYearState.CLOSED) {
			Optional<ScoreBoard> frozen = frozen(year);
			if (frozen.isPresent()) {
				return frozen.get();
			}
		}
		VersionedScheme scheme = scheme(planYearId);
		return new ScoreBoard(year, scheme.version(), false, compute(year, scheme.scheme()));
	}

	/** Whether {@link #forExport} gives frozen scores: the year is closed and its scores were frozen. */
	@Transactional(readOnly = true)
	boolean frozenForExport(long planYearId) {
		return planYear(planYearId).state() == PlanYearState.CLOSED
				&& store.hasFrozenScores(planYearId);
	}

	/** The frozen scores of a closed year, for everyone; empty before it closes. */
	@Transactional(readOnly = true)
	public Optional<ScoreBoard> published(long planYearId) {
		PlanYear year = planYear(planYearId);
		return year.state() == PlanYearState.CLOSED ? frozen(year) : Optional.empty();
	}

	/**
	 * Scores a closed year again from its stored inputs under the frozen scheme version, to check that
	 * the frozen result is what the inputs give.
	 */
	@Transactional(readOnly = true)
	public YearResult recompute(long planYearId) {
		ScoringPolicy.requireAssessor();
		PlanYear year = planYear(planYearId);
		ScoreBoard frozen = frozen(year).orElseThrow(() -> new Refused("scoring.refused.notFrozen"));
		Scheme scheme = store.scheme(planYearId, frozen.schemeVersion()).orElseThrow();
		return compute(year, scheme);
	}

	/**
	 * Freezes scores, ranks and grades when the year moves to {@code CLOSED}, in the transaction of the
	 * move: either the year closes with its scores stored and audited, or neither happens. A year scored
	 * by the defaults gets them stored as version 1, so the frozen version can always be read back.
	 */
	@EventListener
	void freezeOnClose(PlanYearStateChanged changed) {
		if (changed.to() != PlanYearState.CLOSED) {
			return;
		}
		PlanYear year = planYear(changed.planYearId());
		VersionedScheme scheme = scheme(year.id());
		if (scheme.version() == 0) {
			scheme = store.addScheme(year.id(), scheme.scheme());
		}
		YearResult result = compute(year, scheme.scheme());
		Timestamp now = Timestamp.from(Instant.now());
		Map<String, Object> summary = new LinkedHashMap<>();
		for (DepartmentResult d : result.departments()) {
			store.freeze(year.id(), scheme.version(), d, now);
			summary.put(d.name(), Map.of("total", d.total(), "rank", d.rank(), "grade", d.grade().label()));
		}
		events.publishEvent(AuditEvent.of("SCORES_FROZEN", "plan_year", year.id(), null,
				Map.of("schemeVersion", scheme.version(), "departments", summary)));
	}

	private Optional<ScoreBoard> frozen(PlanYear year) {
		return store.frozenScores(year.id())
			.map(f -> new ScoreBoard(year, f.schemeVersion(), true, f.result()));
	}

	private YearResult compute(PlanYear year, Scheme scheme) {
		return new ScoringEngine(scheme, year.year()).score(inputs(year.id()));
	}

	/**
	 * The final readings of a plan year as scoring uses them, by target and by commitment, each from the
	 * last source that has one; {@code replaced} is, per target, the reading that one took the place of
	 * (the approved report's beneath a hand entry), which counts again when the later is removed.
	 */
	record Finals(Map<Long, Reading> targets, Map<Long, Reading> replaced, Map<Long, Reading> judgements) {
	}

	/**
	 * The final reading of each target of a plan year as scoring takes it, by target id, from the last source
	 * that has one; not authorised here, the callers are.
	 */
	public Map<Long, Reading> finalReadings(long planYearId) {
		return finals(planYearId).targets();
	}

	/** The final readings from every source; not authorised here, the callers are. */
	Finals finals(long planYearId) {
		Map<Long, Reading> byTarget = new HashMap<>();
		Map<Long, Reading> replaced = new HashMap<>();
		Map<Long, Reading> byCommitment = new HashMap<>();
		for (FinalReadings source : readings) {
			source.finalReadings(planYearId).forEach((target, reading) -> {
				Reading before = byTarget.put(target, reading);
				if (before != null) {
					replaced.put(target, before);
				}
			});
			byCommitment.putAll(source.judgements(planYearId));
		}
		return new Finals(byTarget, replaced, byCommitment);
	}

	/** The engine's view of a plan year: entries, non-baseline targets with their readings, evaluations. */
	List<DepartmentInput> inputs(long planYearId) {
		Finals finals = finals(planYearId);
		Map<Long, Reading> byTarget = finals.targets();
		Map<Long, Reading> byCommitment = finals.judgements();
		Map<Long, PublicTally> tallies = evaluations.publicTallies(planYearId);
		Map<Long, List<Integer>> leadership = evaluations.leadershipRatings(planYearId);
		List<DepartmentInput> inputs = new ArrayList<>();
		for (DepartmentEntry e : catalogue.entries(planYearId)) {
			List<CommitmentInput> commitments = new ArrayList<>(e.commitments().size());
			for (Commitment c : e.commitments()) {
				List<TargetInput> targets = new ArrayList<>();
				for (Target t : c.targets()) {
					if (!t.definition().isBaseline()) {
						targets.add(new TargetInput(TargetSpec.of(t.id(), t.definition()), byTarget.get(t.id())));
					}
				}
				commitments.add(new CommitmentInput(c.id(), c.no(), c.title(), targets, byCommitment.get(c.id())));
			}
			inputs.add(new DepartmentInput(e.id(), e.displayName(), e.category(), e.position(), e.assessedCoefficient(),
					commitments, tallies.get(e.id()), leadership.get(e.id())));
		}
		return inputs;
	}

	private PlanYear planYear(long planYearId) {
		return catalogue.planYear(planYearId).orElseThrow(() -> NotFound.of("plan year " + planYearId));
	}

	/** The plan year, its row locked so that a change and a close of the same year take turns. */
	PlanYear planYearForUpdate(long planYearId) {
		return catalogue.lockPlanYear(planYearId);
	}

}
