package com.pledgeboard.scoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.account.SignedInUser;
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
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scoring module's API: the scheme of a plan year and its versions, scores computed now for the
 * back office, what-if scores under an unsaved scheme, and the frozen scores the portal publishes once
 * the year is closed. Every read and write is authorised here; every change is audited.
 */
@Service
public class Scoring {

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final Evaluations evaluations;

	/** Every source of final readings, in order: a later source's reading of a target wins. */
	private final List<FinalReadings> readings;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	Scoring(JdbcClient jdbc, Catalogue catalogue, Evaluations evaluations, List<FinalReadings> readings, JsonMapper json,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.evaluations = evaluations;
		this.readings = List.copyOf(readings);
		this.json = json;
		this.events = events;
	}

	/** A scheme with its version; version 0 is the defaults, never stored. */
	public record VersionedScheme(int version, Scheme scheme) {
	}

	/** The scheme a plan year is scored by: its newest stored version, else the defaults. Public. */
	@Transactional(readOnly = true)
	public VersionedScheme scheme(long planYearId) {
		return jdbc.sql("select version, scheme_json from scoring_scheme where plan_year_id = ? order by version desc limit 1")
			.param(planYearId)
			.query((rs, n) -> new VersionedScheme(rs.getInt(1), json.readValue(rs.getString(2), Scheme.class)))
			.optional()
			.orElseGet(() -> new VersionedScheme(0, Scheme.defaults()));
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
		VersionedScheme saved = store(planYearId, scheme);
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
				&& jdbc.sql("select count(*) from frozen_score where plan_year_id = ?").param(planYearId).query(Long.class)
					.single() > 0;
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
		Scheme scheme = jdbc.sql("select scheme_json from scoring_scheme where plan_year_id = ? and version = ?")
			.params(planYearId, frozen.schemeVersion())
			.query(String.class)
			.optional()
			.map(s -> json.readValue(s, Scheme.class))
			.orElseThrow();
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
			scheme = store(year.id(), scheme.scheme());
		}
		YearResult result = compute(year, scheme.scheme());
		Timestamp now = Timestamp.from(Instant.now());
		Map<String, Object> summary = new LinkedHashMap<>();
		for (DepartmentResult d : result.departments()) {
			jdbc.sql("""
					insert into frozen_score (plan_year_id, entry_id, scheme_version, commitment_part, public_part,
					  leadership_part, total, rank_in_category, grade, result_json, frozen_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(year.id(), d.entryId(), scheme.version(), d.commitmentPart().score(), d.publicPart().score(),
						d.leadershipPart().score(), d.total(), d.rank(), d.grade().name(), json.writeValueAsString(d), now)
				.update();
			summary.put(d.name(), Map.of("total", d.total(), "rank", d.rank(), "grade", d.grade().label()));
		}
		events.publishEvent(AuditEvent.of("SCORES_FROZEN", "plan_year", year.id(), null,
				Map.of("schemeVersion", scheme.version(), "departments", summary)));
	}

	private Optional<ScoreBoard> frozen(PlanYear year) {
		List<DepartmentResult> rows = new ArrayList<>();
		List<Integer> versions = new ArrayList<>();
		jdbc.sql("select scheme_version, result_json from frozen_score where plan_year_id = ? order by id")
			.param(year.id())
			.query(rs -> {
				versions.add(rs.getInt(1));
				rows.add(json.readValue(rs.getString(2), DepartmentResult.class));
			});
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ScoreBoard(year, versions.get(0), true, new YearResult(rows)));
	}

	private VersionedScheme store(long planYearId, Scheme scheme) {
		int version = jdbc.sql("select coalesce(max(version), 0) from scoring_scheme where plan_year_id = ?")
			.param(planYearId)
			.query(Integer.class)
			.single() + 1;
		String actor = Accounts.current().map(SignedInUser::getUsername).orElse("system");
		jdbc.sql("insert into scoring_scheme (plan_year_id, version, scheme_json, created_by) values (?, ?, ?, ?)")
			.params(planYearId, version, json.writeValueAsString(scheme), actor)
			.update();
		return new VersionedScheme(version, scheme);
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
