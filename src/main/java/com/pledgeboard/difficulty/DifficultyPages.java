package com.pledgeboard.difficulty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.account.Role;
import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.difficulty.rules.Aggregation;
import com.pledgeboard.difficulty.rules.Bounds;
import com.pledgeboard.i18n.Forbidden;
import com.pledgeboard.i18n.Message;
import com.pledgeboard.i18n.NotFound;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the back-office pages of the difficulty show, decided here per user: a rater sees no other
 * rater's value before the rating is closed, a department sees only its own entry, and only the
 * assessment office sees who has rated and the running aggregate.
 */
@Component
class DifficultyPages {

	private final Catalogue catalogue;

	private final DifficultyRows rows;

	private final UserAccounts accounts;

	DifficultyPages(Catalogue catalogue, DifficultyRows rows, UserAccounts accounts) {
		this.catalogue = catalogue;
		this.rows = rows;
		this.accounts = accounts;
	}

	record YearPage(PlanYear year, DifficultySettings settings, Message bounds, boolean admin, boolean rater,
			boolean maySetSettings, boolean mayClose, List<EntryLine> entries, List<RaterLine> raters) {
	}

	/**
	 * @param self the submitted, imported or (to the own department and the office) proposed coefficient
	 * @param selfState NONE, PROPOSED, SUBMITTED or IMPORTED
	 * @param provisional the running aggregate, shown to the office only, at the department level
	 */
	record EntryLine(long entryId, String name, String category, BigDecimal self, String selfState, int subjects,
			int ratedByMe, Integer ratings, BigDecimal provisional, BigDecimal assessed) {
	}

	record RaterLine(String name, int rated, int total, List<String> missing) {
	}

	record EntryPage(PlanYear year, DepartmentEntry entry, DifficultySettings settings, Message bounds,
			boolean imported, SelfView self, boolean mayPropose, boolean maySubmit, boolean mayRate,
			boolean mayOverride, boolean showAll, List<SubjectView> subjects) {
	}

	record SelfView(BigDecimal value, String justification, boolean submitted) {
	}

	/** A subject with the signed-in rater's own rating and, where the user may see them, everyone's. */
	record SubjectView(Subject subject, BigDecimal myValue, String myComment, List<RatingView> ratings,
			Aggregation.Aggregate aggregate, BigDecimal overrideValue, String overrideReason,
			DifficultyRows.ResultRow result) {
	}

	/** {@code rater} is {@code null} where the reader may not know who gave the value. */
	record RatingView(String rater, BigDecimal value, String comment) {
	}

	@Transactional(readOnly = true)
	YearPage year(long planYearId) {
		SignedInUser user = Accounts.require();
		PlanYear year = catalogue.planYear(planYearId)
			.orElseThrow(() -> NotFound.of("plan year " + planYearId));
		DifficultySettings settings = rows.settings(planYearId);
		Set<Long> imported = catalogue.entriesWithImportedCoefficients(planYearId);
		List<DifficultyRows.RatingRow> ratings = rows.ratings(planYearId);
		BigDecimal step = settings.bounds().step();
		List<DepartmentEntry> entries = catalogue.entries(planYearId)
			.stream()
			.filter(e -> DifficultyPolicy.canRead(user, e.departmentId()))
			.toList();
		Map<Long, DifficultyRows.SelfRow> selves = rows.selves(entries.stream().map(DepartmentEntry::id).toList())
			.stream()
			.collect(Collectors.toMap(DifficultyRows.SelfRow::entryId, Function.identity()));
		List<EntryLine> lines = new ArrayList<>();
		Map<Long, Integer> subjectsOf = new HashMap<>();
		for (DepartmentEntry e : entries) {
			boolean isImported = imported.contains(e.id());
			int subjects = isImported ? 0 : DifficultyWorkflow.subjects(e, settings.level()).size();
			subjectsOf.put(e.id(), subjects);
			List<DifficultyRows.RatingRow> mine = ratings.stream().filter(r -> r.entryId() == e.id()).toList();
			DifficultyRows.SelfRow self = selves.get(e.id());
			boolean seesProposal = DifficultyPolicy.seesProposal(user, e.departmentId());
			String state = isImported ? "IMPORTED" : self == null ? "NONE" : self.submitted() ? "SUBMITTED" : "PROPOSED";
			BigDecimal selfValue = isImported ? e.selfCoefficient()
					: self != null && (self.submitted() || seesProposal) ? self.value() : null;
			BigDecimal provisional = DifficultyPolicy.canManage(user) && settings.level() == RatingLevel.DEPARTMENT
					? Aggregation.aggregate(mine.stream().map(DifficultyRows.RatingRow::value).toList(), step)
						.map(Aggregation.Aggregate::value)
						.orElse(null)
					: null;
			lines.add(new EntryLine(e.id(), e.displayName(), e.category(), selfValue, state, subjects,
					(int) mine.stream().filter(r -> r.raterId() == user.id()).count(),
					DifficultyPolicy.canManage(user) ? mine.size() : null, provisional,
					settings.closed() || isImported ? e.assessedCoefficient() : null));
		}
		List<RaterLine> raters = DifficultyPolicy.canManage(user) ? raters(entries, subjectsOf, ratings) : List.of();
		return new YearPage(year, settings, range(settings.bounds()), DifficultyPolicy.canManage(user), DifficultyPolicy.canRate(user),
				DifficultyPolicy.canManage(user) && year.state() == PlanYearState.DRAFT,
				DifficultyPolicy.canManage(user) && year.state() == PlanYearState.RATING && !settings.closed(), lines, raters);
	}

	private List<RaterLine> raters(List<DepartmentEntry> entries, Map<Long, Integer> subjectsOf,
			List<DifficultyRows.RatingRow> ratings) {
		int total = subjectsOf.values().stream().mapToInt(Integer::intValue).sum();
		return accounts.list()
			.stream()
			.filter(u -> u.role() == Role.RATER && u.enabled())
			.map(u -> {
				List<DifficultyRows.RatingRow> given = ratings.stream().filter(r -> r.raterId() == u.id()).toList();
				List<String> missing = entries.stream()
					.filter(e -> given.stream().filter(r -> r.entryId() == e.id()).count() < subjectsOf.get(e.id()))
					.map(DepartmentEntry::displayName)
					.toList();
				return new RaterLine(u.displayName(), given.size(), total, missing);
			})
			.toList();
	}

	@Transactional(readOnly = true)
	EntryPage entry(long entryId) {
		SignedInUser user = Accounts.require();
		Catalogue.EntryInYear found = catalogue.entryById(entryId)
			.orElseThrow(() -> NotFound.of("entry " + entryId));
		DepartmentEntry entry = found.entry();
		if (!DifficultyPolicy.canRead(user, entry.departmentId())) {
			throw new Forbidden("account.forbidden.department");
		}
		PlanYear year = found.planYear();
		DifficultySettings settings = rows.settings(year.id());
		boolean imported = catalogue.entriesWithImportedCoefficients(year.id()).contains(entryId);
		Optional<DifficultyRows.SelfRow> selfRow = rows.self(entryId);
		SelfView self = imported && entry.selfCoefficient() != null ? new SelfView(entry.selfCoefficient(), null, true)
				: selfRow.filter(s -> s.submitted() || DifficultyPolicy.seesProposal(user, entry.departmentId()))
					.map(s -> new SelfView(s.value(), s.justification(), s.submitted()))
					.orElse(null);
		boolean draft = year.state() == PlanYearState.DRAFT && !imported;
		boolean submitted = selfRow.map(DifficultyRows.SelfRow::submitted).orElse(false);
		boolean rating = year.state() == PlanYearState.RATING && !settings.closed() && !imported;
		boolean showAll = DifficultyPolicy.canManage(user) || settings.closed();
		Map<Long, String> names = accounts.list()
			.stream()
			.collect(Collectors.toMap(UserAccounts.UserSummary::id, UserAccounts.UserSummary::displayName));
		List<DifficultyRows.RatingRow> ratings = rows.ratings(year.id());
		List<DifficultyRows.OverrideRow> overrides = rows.overrides(year.id());
		List<DifficultyRows.ResultRow> results = rows.results(year.id());
		List<SubjectView> subjects = imported ? List.of()
				: DifficultyWorkflow.subjects(entry, settings.level()).stream().map(s -> {
					List<DifficultyRows.RatingRow> of = ratings.stream().filter(r -> r.subject().equals(s.key())).toList();
					Optional<DifficultyRows.RatingRow> mine = of.stream().filter(r -> r.raterId() == user.id()).findFirst();
					Optional<DifficultyRows.OverrideRow> override = overrides.stream()
						.filter(o -> o.subject().equals(s.key()))
						.findFirst()
						.filter(o -> showAll);
					return new SubjectView(s, mine.map(DifficultyRows.RatingRow::value).orElse(null),
							mine.map(DifficultyRows.RatingRow::comment).orElse(null),
							showAll ? of.stream()
								.map(r -> new RatingView(DifficultyPolicy.canManage(user) ? names.get(r.raterId()) : null, r.value(),
										r.comment()))
								.toList() : List.of(),
							showAll ? Aggregation.aggregate(of.stream().map(DifficultyRows.RatingRow::value).toList(),
									settings.bounds().step()).orElse(null) : null,
							override.map(DifficultyRows.OverrideRow::value).orElse(null),
							override.map(DifficultyRows.OverrideRow::reason).orElse(null),
							results.stream().filter(r -> r.subject().equals(s.key())).findFirst().orElse(null));
				}).toList();
		return new EntryPage(year, entry, settings, range(settings.bounds()), imported, self,
				draft && !submitted && DifficultyPolicy.canPropose(user, entry.departmentId()),
				draft && selfRow.isPresent() && !submitted && DifficultyPolicy.canSubmit(user, entry.departmentId()),
				rating && DifficultyPolicy.canRate(user), rating && DifficultyPolicy.canManage(user), showAll, subjects);
	}

	/** The calibration in the back office: for the office at any time, for raters once the rating is closed. */
	@Transactional(readOnly = true)
	PlanYear calibrationYear(long planYearId) {
		SignedInUser user = Accounts.require();
		PlanYear year = catalogue.planYear(planYearId)
			.orElseThrow(() -> NotFound.of("plan year " + planYearId));
		if (!DifficultyPolicy.canCalibrate(user, rows.settings(planYearId).closed() || year.state().isPublic())) {
			throw new Forbidden("difficulty.forbidden.calibration");
		}
		return year;
	}

	/** The bounds as people read them: 1.00至1.50，步长0.01. */
	private static Message range(Bounds bounds) {
		return Message.of("difficulty.bounds.range", bounds.shown().toArray());
	}

}
