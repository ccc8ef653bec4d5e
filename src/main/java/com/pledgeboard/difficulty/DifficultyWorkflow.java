package com.pledgeboard.difficulty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.PlanYearStateChanged;
import com.pledgeboard.difficulty.rules.Aggregation;
import com.pledgeboard.difficulty.rules.Bounds;
import com.pledgeboard.i18n.Message;
import com.pledgeboard.i18n.NotFound;
import com.pledgeboard.i18n.Refused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to difficulty coefficients, each authorised here on the server by role, department and
 * the plan year's state, and each audited. Each change locks the plan year's row first, so that it
 * cannot interleave with the year's moves or with the closing of the rating. Who may do what:
 * <ul>
 * <li>the assessment office sets the bounds and the level while the year is in {@code DRAFT};</li>
 * <li>a department's reporter proposes its coefficient in {@code DRAFT}, its approver submits it;</li>
 * <li>in {@code RATING}, each rater rates every subject, the office may override an aggregate with a
 * reason, and the office closes the rating, which fixes the assessed coefficients;</li>
 * <li>after close nothing changes; coefficients that came with an imported table are never touched.</li>
 * </ul>
 */
@Service
class DifficultyWorkflow {

	static final int MAX_TEXT = 500;

	private final Catalogue catalogue;

	private final DifficultyRows rows;

	private final ApplicationEventPublisher events;

	DifficultyWorkflow(Catalogue catalogue, DifficultyRows rows, ApplicationEventPublisher events) {
		this.catalogue = catalogue;
		this.rows = rows;
		this.events = events;
	}

	@Transactional
	void setSettings(long planYearId, String min, String max, String step, RatingLevel level) {
		DifficultyPolicy.requireManager();
		PlanYear year = catalogue.lockPlanYear(planYearId);
		if (year.state() != PlanYearState.DRAFT) {
			throw new Refused("difficulty.refused.settingsNotDraft");
		}
		BigDecimal lo = number(min, "difficulty.settings.min");
		BigDecimal hi = number(max, "difficulty.settings.max");
		BigDecimal by = number(step, "difficulty.settings.step");
		Bounds.problems(lo, hi, by).ifPresent(DifficultyWorkflow::refuse);
		if (level == null) {
			throw new Refused("difficulty.refused.level");
		}
		DifficultySettings before = rows.settings(planYearId);
		Bounds bounds = new Bounds(lo, hi, by);
		rows.saveSettings(planYearId, bounds, level);
		events.publishEvent(AuditEvent.of("DIFFICULTY_SETTINGS", "plan_year", planYearId, view(before),
				view(rows.settings(planYearId))));
	}

	@Transactional
	void propose(long entryId, String value, String justification) {
		Catalogue.EntryInYear found = entry(entryId);
		SignedInUser user = DifficultyPolicy.requireProposer(found.entry().departmentId());
		DifficultySettings settings = draftOf(found, "difficulty.refused.proposeNotDraft");
		Optional<DifficultyRows.SelfRow> before = rows.self(entryId);
		if (before.map(DifficultyRows.SelfRow::submitted).orElse(false)) {
			throw new Refused("difficulty.refused.proposeSubmitted");
		}
		BigDecimal coefficient = coefficient(value, settings.bounds());
		String why = text(justification, true, "difficulty.justification");
		rows.propose(entryId, coefficient, why, user.id());
		events.publishEvent(AuditEvent.of("DIFFICULTY_SELF_PROPOSED", "department_entry", entryId,
				before.map(DifficultyWorkflow::view).orElse(null), view(rows.self(entryId).orElseThrow())));
	}

	@Transactional
	void submit(long entryId) {
		Catalogue.EntryInYear found = entry(entryId);
		SignedInUser user = DifficultyPolicy.requireSubmitter(found.entry().departmentId());
		DifficultySettings settings = draftOf(found, "difficulty.refused.submitNotDraft");
		DifficultyRows.SelfRow self = rows.self(entryId)
			.orElseThrow(() -> new Refused("difficulty.refused.nothingToSubmit"));
		if (self.submitted()) {
			throw new Refused("difficulty.refused.submitted");
		}
		settings.bounds().refusal(self.value()).ifPresent(DifficultyWorkflow::refuse);
		rows.submit(entryId, user.id());
		catalogue.setSelfCoefficient(entryId, self.value());
		events.publishEvent(AuditEvent.of("DIFFICULTY_SELF_SUBMITTED", "department_entry", entryId, view(self),
				view(rows.self(entryId).orElseThrow())));
	}

	@Transactional
	void rate(long entryId, Long commitmentId, String value, String comment) {
		SignedInUser user = DifficultyPolicy.requireRater();
		Catalogue.EntryInYear found = entry(entryId);
		DifficultySettings settings = openRatingOf(found);
		Subject subject = subject(found.entry(), settings.level(), commitmentId);
		BigDecimal coefficient = coefficient(value, settings.bounds());
		String note = text(comment, false, "difficulty.refused.field.comment");
		Optional<DifficultyRows.RatingRow> before = rows.ratings(found.planYear().id())
			.stream()
			.filter(r -> r.subject().equals(subject.key()) && r.raterId() == user.id())
			.findFirst();
		rows.rate(found.planYear().id(), subject, user.id(), coefficient, note);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("subject", subject.kind() + " " + subject.id());
		after.put("value", coefficient.toPlainString());
		after.put("comment", note);
		events.publishEvent(AuditEvent.of("DIFFICULTY_RATED", "department_entry", entryId,
				before.map(r -> Map.of("value", r.value().toPlainString())).orElse(null), after));
	}

	@Transactional
	void override(long entryId, Long commitmentId, String value, String reason) {
		SignedInUser user = DifficultyPolicy.requireManager();
		Catalogue.EntryInYear found = entry(entryId);
		DifficultySettings settings = openRatingOf(found);
		Subject subject = subject(found.entry(), settings.level(), commitmentId);
		BigDecimal coefficient = coefficient(value, settings.bounds());
		String why = text(reason, true, "difficulty.override.reason");
		Optional<DifficultyRows.OverrideRow> before = rows.overrides(found.planYear().id())
			.stream()
			.filter(o -> o.subject().equals(subject.key()))
			.findFirst();
		rows.override(found.planYear().id(), subject, coefficient, why, user.id());
		events.publishEvent(AuditEvent.of("DIFFICULTY_OVERRIDE", "department_entry", entryId,
				before.map(o -> Map.of("value", o.value().toPlainString(), "reason", o.reason())).orElse(null),
				Map.of("subject", subject.kind() + " " + subject.id(), "value", coefficient.toPlainString(), "reason",
						why)));
	}

	/** Closes the rating of a year in {@code RATING}: the assessed coefficients are fixed from then on. */
	@Transactional
	void close(long planYearId) {
		DifficultyPolicy.requireManager();
		PlanYear year = catalogue.lockPlanYear(planYearId);
		if (year.state() != PlanYearState.RATING) {
			throw new Refused("difficulty.refused.closeNotRating");
		}
		DifficultySettings settings = rows.settings(planYearId);
		if (settings.closed()) {
			throw new Refused("difficulty.refused.closed");
		}
		fix(year, settings, "closed");
	}

	/**
	 * A year published while its rating is still open has its rating closed in the same transaction,
	 * so that a public year never shows coefficients that could still move. The move itself was
	 * authorised by the catalogue: only the assessment office moves a year on.
	 */
	@EventListener
	void on(PlanYearStateChanged changed) {
		if (changed.from() == PlanYearState.RATING && changed.to() == PlanYearState.PUBLISHED) {
			DifficultySettings settings = rows.settings(changed.planYearId());
			if (!settings.closed()) {
				fix(catalogue.lockPlanYear(changed.planYearId()), settings, "closed on publication");
			}
		}
	}

	private void fix(PlanYear year, DifficultySettings settings, String how) {
		Set<Long> imported = catalogue.entriesWithImportedCoefficients(year.id());
		Map<Subject.Key, List<BigDecimal>> ratings = new HashMap<>();
		rows.ratings(year.id()).forEach(r -> ratings.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r.value()));
		Map<Subject.Key, DifficultyRows.OverrideRow> overrides = new HashMap<>();
		rows.overrides(year.id()).forEach(o -> overrides.put(o.subject(), o));
		BigDecimal step = settings.bounds().step();
		Map<String, Object> fixed = new LinkedHashMap<>();
		for (DepartmentEntry entry : catalogue.entries(year.id())) {
			if (imported.contains(entry.id())) {
				continue;
			}
			List<BigDecimal> assessed = new ArrayList<>();
			for (Subject subject : subjects(entry, settings.level())) {
				List<BigDecimal> values = ratings.getOrDefault(subject.key(), List.of());
				BigDecimal aggregate = Aggregation.aggregate(values, step).map(Aggregation.Aggregate::value).orElse(null);
				DifficultyRows.OverrideRow override = overrides.get(subject.key());
				BigDecimal value = override != null ? override.value() : aggregate;
				rows.insertResult(year.id(), new DifficultyRows.ResultRow(entry.id(), subject.key(), values.size(),
						aggregate, value, override != null, override != null ? override.reason() : null));
				if (value != null) {
					assessed.add(value);
				}
			}
			if (!assessed.isEmpty()) {
				// At the commitment level the department's coefficient is the mean of its commitments'.
				BigDecimal value = Aggregation.meanToStep(assessed, step);
				catalogue.setAssessedCoefficient(entry.id(), value);
				fixed.put(entry.displayName(), value.toPlainString());
			}
		}
		rows.markClosed(settings);
		events.publishEvent(AuditEvent.of("DIFFICULTY_RATING_CLOSED", "plan_year", year.id(), null,
				Map.of("how", how, "assessed", fixed)));
	}

	/** What is rated of an entry at a level, in the order of the table. */
	static List<Subject> subjects(DepartmentEntry entry, RatingLevel level) {
		if (level == RatingLevel.DEPARTMENT) {
			return List.of(new Subject(Subject.Kind.ENTRY, entry.id(), entry.id(), entry.displayName()));
		}
		return entry.commitments()
			.stream()
			.map(c -> new Subject(Subject.Kind.COMMITMENT, c.id(), entry.id(), c.no() + ". " + c.title()))
			.toList();
	}

	private static Subject subject(DepartmentEntry entry, RatingLevel level, Long commitmentId) {
		List<Subject> subjects = subjects(entry, level);
		if (level == RatingLevel.DEPARTMENT) {
			if (commitmentId != null) {
				throw new Refused("difficulty.refused.byDepartment");
			}
			return subjects.get(0);
		}
		return subjects.stream()
			.filter(s -> commitmentId != null && s.id() == commitmentId)
			.findFirst()
			.orElseThrow(() -> new Refused("difficulty.refused.byCommitment"));
	}

	private Catalogue.EntryInYear entry(long entryId) {
		return catalogue.entryById(entryId).orElseThrow(() -> NotFound.of("entry " + entryId));
	}

	private DifficultySettings draftOf(Catalogue.EntryInYear found, String notDraftCode) {
		PlanYear year = catalogue.lockPlanYear(found.planYear().id());
		if (year.state() != PlanYearState.DRAFT) {
			throw new Refused(notDraftCode);
		}
		refuseImported(found);
		return rows.settings(year.id());
	}

	private DifficultySettings openRatingOf(Catalogue.EntryInYear found) {
		PlanYear year = catalogue.lockPlanYear(found.planYear().id());
		DifficultySettings settings = rows.settings(year.id());
		if (settings.closed() || year.state().compareTo(PlanYearState.RATING) > 0) {
			throw new Refused("difficulty.refused.ratingClosed");
		}
		if (year.state() != PlanYearState.RATING) {
			throw new Refused("difficulty.refused.notRatingYet");
		}
		refuseImported(found);
		return settings;
	}

	private void refuseImported(Catalogue.EntryInYear found) {
		if (catalogue.entriesWithImportedCoefficients(found.planYear().id()).contains(found.entry().id())) {
			throw new Refused("difficulty.refused.imported");
		}
	}

	private static BigDecimal coefficient(String value, Bounds bounds) {
		BigDecimal parsed;
		try {
			parsed = value == null || value.isBlank() ? null : new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			List<String> shown = bounds.shown();
			throw new Refused("difficulty.refused.notANumber", value.strip(), shown.get(0),
					shown.get(1), shown.get(2));
		}
		bounds.refusal(parsed).ifPresent(DifficultyWorkflow::refuse);
		return parsed;
	}

	private static void refuse(Bounds.Problem problem) {
		throw new Refused(problem.code(), problem.arguments().toArray());
	}

	/** A number typed into the field that {@code fieldCode} names. */
	private static BigDecimal number(String value, String fieldCode) {
		try {
			return new BigDecimal(value == null ? "" : value.strip());
		}
		catch (NumberFormatException ex) {
			throw new Refused("difficulty.refused.field.notANumber", Message.of(fieldCode));
		}
	}

	private static String text(String value, boolean required, String fieldCode) {
		String t = value == null ? "" : value.strip();
		if (t.length() > MAX_TEXT || (required && t.isEmpty())) {
			throw new Refused(
					required ? "difficulty.refused.field.required" : "difficulty.refused.field.tooLong", Message.of(fieldCode),
					MAX_TEXT);
		}
		return t.isEmpty() ? null : t;
	}

	private static Map<String, Object> view(DifficultySettings s) {
		return Map.of("min", s.bounds().min().toPlainString(), "max", s.bounds().max().toPlainString(), "step",
				s.bounds().step().toPlainString(), "level", s.level().name());
	}

	private static Map<String, Object> view(DifficultyRows.SelfRow s) {
		return Map.of("value", s.value().toPlainString(), "justification", s.justification(), "submitted",
				s.submitted());
	}

}
