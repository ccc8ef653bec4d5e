package com.pledgeboard.difficulty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.account.Role;
import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.CatalogueNotFoundException;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.PlanYearStateChanged;
import com.pledgeboard.difficulty.rules.Aggregation;
import com.pledgeboard.difficulty.rules.Bounds;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
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
		requireRole(Role.ADMIN, "only the assessment office sets the bounds");
		PlanYear year = catalogue.lockPlanYear(planYearId);
		if (year.state() != PlanYearState.DRAFT) {
			throw new DifficultyRefusedException("难度系数的范围和评定对象只能在草稿阶段设置");
		}
		BigDecimal lo = number(min, "最小值");
		BigDecimal hi = number(max, "最大值");
		BigDecimal by = number(step, "步长");
		Bounds.problems(lo, hi, by).ifPresent(problem -> {
			throw new DifficultyRefusedException(problem);
		});
		if (level == null) {
			throw new DifficultyRefusedException("请选择评定对象：按部门或按承诺事项");
		}
		DifficultySettings before = rows.settings(planYearId);
		Bounds bounds = new Bounds(lo, hi, by);
		rows.saveSettings(planYearId, bounds, level);
		events.publishEvent(AuditEvent.of("DIFFICULTY_SETTINGS", "plan_year", planYearId, view(before),
				view(rows.settings(planYearId))));
	}

	@Transactional
	void propose(long entryId, String value, String justification) {
		SignedInUser user = Accounts.require();
		Catalogue.EntryInYear found = entry(entryId);
		if (user.role() != Role.REPORTER || !user.belongsTo(found.entry().departmentId())) {
			throw new AccessDeniedException("not a reporter of this department");
		}
		DifficultySettings settings = draftOf(found, "自评只能在草稿阶段填写");
		Optional<DifficultyRows.SelfRow> before = rows.self(entryId);
		if (before.map(DifficultyRows.SelfRow::submitted).orElse(false)) {
			throw new DifficultyRefusedException("自评已由部门负责人提交，不能再修改");
		}
		BigDecimal coefficient = coefficient(value, settings.bounds());
		String why = text(justification, true, "自评理由");
		rows.propose(entryId, coefficient, why, user.id());
		events.publishEvent(AuditEvent.of("DIFFICULTY_SELF_PROPOSED", "department_entry", entryId,
				before.map(DifficultyWorkflow::view).orElse(null), view(rows.self(entryId).orElseThrow())));
	}

	@Transactional
	void submit(long entryId) {
		SignedInUser user = Accounts.require();
		Catalogue.EntryInYear found = entry(entryId);
		if (user.role() != Role.APPROVER || !user.belongsTo(found.entry().departmentId())) {
			throw new AccessDeniedException("not the approver of this department");
		}
		DifficultySettings settings = draftOf(found, "自评只能在草稿阶段提交");
		DifficultyRows.SelfRow self = rows.self(entryId)
			.orElseThrow(() -> new DifficultyRefusedException("填报员尚未填写自评系数，无可提交"));
		if (self.submitted()) {
			throw new DifficultyRefusedException("自评已提交");
		}
		settings.bounds().refusal(self.value()).ifPresent(problem -> {
			throw new DifficultyRefusedException(problem);
		});
		rows.submit(entryId, user.id());
		catalogue.setSelfCoefficient(entryId, self.value());
		events.publishEvent(AuditEvent.of("DIFFICULTY_SELF_SUBMITTED", "department_entry", entryId, view(self),
				view(rows.self(entryId).orElseThrow())));
	}

	@Transactional
	void rate(long entryId, Long commitmentId, String value, String comment) {
		SignedInUser user = requireRole(Role.RATER, "only committee members rate");
		Catalogue.EntryInYear found = entry(entryId);
		DifficultySettings settings = openRatingOf(found);
		Subject subject = subject(found.entry(), settings.level(), commitmentId);
		BigDecimal coefficient = coefficient(value, settings.bounds());
		String note = text(comment, false, "评语");
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
		SignedInUser user = requireRole(Role.ADMIN, "only the assessment office overrides");
		Catalogue.EntryInYear found = entry(entryId);
		DifficultySettings settings = openRatingOf(found);
		Subject subject = subject(found.entry(), settings.level(), commitmentId);
		BigDecimal coefficient = coefficient(value, settings.bounds());
		String why = text(reason, true, "调整理由");
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
		requireRole(Role.ADMIN, "only the assessment office closes the rating");
		PlanYear year = catalogue.lockPlanYear(planYearId);
		if (year.state() != PlanYearState.RATING) {
			throw new DifficultyRefusedException("只有处于评定阶段的考评年度才能结束难度评定");
		}
		DifficultySettings settings = rows.settings(planYearId);
		if (settings.closed()) {
			throw new DifficultyRefusedException("难度评定已结束");
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
				throw new DifficultyRefusedException("本年度按部门评定难度系数，不按承诺事项");
			}
			return subjects.get(0);
		}
		return subjects.stream()
			.filter(s -> commitmentId != null && s.id() == commitmentId)
			.findFirst()
			.orElseThrow(() -> new DifficultyRefusedException("本年度按承诺事项评定难度系数：请选择该部门的一项承诺事项"));
	}

	private Catalogue.EntryInYear entry(long entryId) {
		return catalogue.entryById(entryId).orElseThrow(() -> new CatalogueNotFoundException("entry " + entryId));
	}

	private DifficultySettings draftOf(Catalogue.EntryInYear found, String notDraft) {
		PlanYear year = catalogue.lockPlanYear(found.planYear().id());
		if (year.state() != PlanYearState.DRAFT) {
			throw new DifficultyRefusedException(notDraft);
		}
		refuseImported(found);
		return rows.settings(year.id());
	}

	private DifficultySettings openRatingOf(Catalogue.EntryInYear found) {
		PlanYear year = catalogue.lockPlanYear(found.planYear().id());
		DifficultySettings settings = rows.settings(year.id());
		if (settings.closed() || year.state().compareTo(PlanYearState.RATING) > 0) {
			throw new DifficultyRefusedException("难度评定已结束，评定结果不能再修改");
		}
		if (year.state() != PlanYearState.RATING) {
			throw new DifficultyRefusedException("考评年度尚未进入评定阶段");
		}
		refuseImported(found);
		return settings;
	}

	private void refuseImported(Catalogue.EntryInYear found) {
		if (catalogue.entriesWithImportedCoefficients(found.planYear().id()).contains(found.entry().id())) {
			throw new DifficultyRefusedException("该部门的难度系数随承诺事项表导入，保持导入时的数值，不再自评或评定");
		}
	}

	private static SignedInUser requireRole(Role role, String refusal) {
		SignedInUser user = Accounts.require();
		if (user.role() != role) {
			throw new AccessDeniedException(refusal);
		}
		return user;
	}

	private static BigDecimal coefficient(String value, Bounds bounds) {
		BigDecimal parsed;
		try {
			parsed = value == null || value.isBlank() ? null : new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new DifficultyRefusedException("“" + value.strip() + "”不是数字：系数须在" + bounds.describe() + "之内");
		}
		bounds.refusal(parsed).ifPresent(problem -> {
			throw new DifficultyRefusedException(problem);
		});
		return parsed;
	}

	private static BigDecimal number(String value, String field) {
		try {
			return new BigDecimal(value == null ? "" : value.strip());
		}
		catch (NumberFormatException ex) {
			throw new DifficultyRefusedException(field + "须为数字");
		}
	}

	private static String text(String value, boolean required, String field) {
		String t = value == null ? "" : value.strip();
		if (t.length() > MAX_TEXT || (required && t.isEmpty())) {
			throw new DifficultyRefusedException(field + (required ? "：不能为空，且" : "：") + "不超过" + MAX_TEXT + "个字符");
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
