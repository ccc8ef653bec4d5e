package com.pledgeboard.catalogue;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.i18n.Forbidden;
import com.pledgeboard.i18n.Message;
import com.pledgeboard.i18n.NotFound;
import com.pledgeboard.i18n.Refused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes people make to the catalogue in the back office, each authorised here on the server by
 * role, department and the plan year's state, and each audited. While a year is in {@code DRAFT} a
 * department's reporter, or the assessment office, may edit its commitments and targets; after that
 * they are read-only except through the later workflows. Only the assessment office moves a year on.
 */
@Service
public class CatalogueEditing {

	public static final int MAX_TITLE = 200;

	public static final int MAX_DESCRIPTION = 4000;

	public static final int MAX_REASON = 500;

	private final CatalogueStore store;

	private final Catalogue catalogue;

	private final ApplicationEventPublisher events;

	private final YearChecklist checklist;

	CatalogueEditing(CatalogueStore store, Catalogue catalogue, ApplicationEventPublisher events,
			YearChecklist checklist) {
		this.store = store;
		this.catalogue = catalogue;
		this.events = events;
		this.checklist = checklist;
	}

	/** Where a commitment lives, for deciding who may touch it. */
	record Place(long commitmentId, long entryId, Long departmentId, long planYearId, PlanYearState state) {
	}

	/** Moves a plan year one step on, with a reason, refused while its checklist shows a gap. */
	@Transactional
	public PlanYearState transition(long planYearId, PlanYearState to, String reason) {
		return transition(planYearId, to, reason, false, null);
	}

	/**
	 * Moves a plan year one step on, with a reason; the assessment office only. While the checklist of
	 * the move ({@link YearGates}) shows something missing, the move is refused unless the office
	 * overrides with a reason of its own; then every kind of gap is kept with its count (public) and
	 * named in the audit entry of the move. The checklist is taken with the year's row locked, so that
	 * what was overridden is what was missing at the move.
	 */
	@Transactional
	public PlanYearState transition(long planYearId, PlanYearState to, String reason, boolean override,
			String overrideReason) {
		SignedInUser user = Accounts.requireOffice();
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > MAX_REASON) {
			throw new Refused("catalogue.refused.reason", MAX_REASON);
		}
		String overrideWhy = overrideReason == null ? "" : overrideReason.strip();
		if (override && (overrideWhy.isEmpty() || overrideWhy.length() > MAX_REASON)) {
			throw new Refused("catalogue.refused.overrideReason", MAX_REASON);
		}
		PlanYear year = catalogue.lockPlanYear(planYearId);
		PlanYearState from = year.state();
		if (from.ordinal() + 1 != to.ordinal()) {
			throw new Refused("catalogue.refused.transition", Message.of("year.state." + from),
					Message.of("year.state." + to));
		}
		List<YearGates.Gap> gaps = checklist.gapsBefore(year, to);
		if (!gaps.isEmpty() && !override) {
			throw new Refused("catalogue.refused.gaps", Message.of("year.state." + to),
					Message.joined(gaps.stream().map(g -> Message.of(g.text().key(), g.count())).toList()));
		}
		store.setState(planYearId, to);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("state", to.name());
		after.put("reason", why);
		if (!gaps.isEmpty()) {
			OffsetDateTime now = OffsetDateTime.now();
			for (YearGates.Gap gap : gaps) {
				store.insertGapOverride(planYearId, from, to, gap.kind(), gap.count(), overrideWhy, user.getUsername(),
						now);
			}
			Map<String, Object> overridden = new LinkedHashMap<>();
			gaps.forEach(g -> overridden.put(g.kind(), g.count()));
			after.put("gapsOverridden", overridden);
			after.put("overrideReason", overrideWhy);
		}
		events.publishEvent(AuditEvent.of("PLAN_YEAR_STATE", "plan_year", planYearId, Map.of("state", from.name()), after));
		events.publishEvent(new PlanYearStateChanged(planYearId, year.regionCode(), year.year(), from, to, why));
		return to;
	}

	@Transactional
	public void editCommitment(long commitmentId, String title, String description) {
		Place place = requireEditable(commitmentId);
		String t = title == null ? "" : title.strip();
		String d = description == null ? "" : description.strip();
		if (t.isEmpty() || t.length() > MAX_TITLE) {
			throw new Refused("catalogue.refused.title", MAX_TITLE);
		}
		if (d.isEmpty() || d.length() > MAX_DESCRIPTION) {
			throw new Refused("catalogue.refused.description", MAX_DESCRIPTION);
		}
		Map<String, Object> before = store.commitmentText(commitmentId);
		store.updateCommitmentText(commitmentId, t, d);
		events.publishEvent(AuditEvent.of("COMMITMENT_EDITED", "commitment", place.commitmentId(), before,
				Map.of("title", t, "description", d)));
	}

	@Transactional
	public void confirmTarget(long targetId) {
		Target before = target(targetId);
		requireEditable(store.commitmentOfTarget(targetId));
		if (before.status() == TargetStatus.PROPOSED) {
			store.setTargetStatus(targetId, TargetStatus.CONFIRMED);
		}
		events.publishEvent(AuditEvent.of("TARGET_CONFIRMED", "target", targetId, view(before), view(target(targetId))));
	}

	@Transactional
	public void editTarget(long targetId, TargetInput input) {
		Target before = target(targetId);
		requireEditable(store.commitmentOfTarget(targetId));
		ExtractedTarget edited = valid(input);
		ExtractedTarget kept = new ExtractedTarget(edited.kind(), edited.metric(), edited.op(), edited.value(),
				edited.unit(), edited.stretch(), edited.floor(), edited.scope(), edited.direction(), edited.basis(),
				edited.date(), before.definition().span(), before.definition().spanStart(),
				before.definition().spanEnd(), edited.role());
		store.updateTarget(targetId, kept, TargetStatus.EDITED);
		events.publishEvent(AuditEvent.of("TARGET_EDITED", "target", targetId, view(before), view(target(targetId))));
	}

	@Transactional
	public long addTarget(long commitmentId, TargetInput input) {
		requireEditable(commitmentId);
		ExtractedTarget added = valid(input);
		long id = store.insertTarget(commitmentId, store.nextTargetPosition(commitmentId), added, TargetStatus.EDITED);
		events.publishEvent(AuditEvent.of("TARGET_ADDED", "target", id, null, view(target(id))));
		return id;
	}

	@Transactional
	public void deleteTarget(long targetId) {
		Target before = target(targetId);
		requireEditable(store.commitmentOfTarget(targetId));
		store.deleteTarget(targetId);
		events.publishEvent(AuditEvent.of("TARGET_DELETED", "target", targetId, view(before), null));
	}

	/** Whether the signed-in user may read a department's entry that is not public yet. */
	public boolean mayRead(Long departmentId) {
		return Accounts.current()
			.map(u -> CataloguePolicy.canRead(u, departmentId))
			.orElse(false);
	}

	/** Whether the signed-in user may edit a department's commitments, the year's state aside. */
	public boolean mayEdit(Long departmentId) {
		return Accounts.current()
			.map(u -> CataloguePolicy.canEdit(u, departmentId))
			.orElse(false);
	}

	long commitmentOfTarget(long targetId) {
		target(targetId);
		return store.commitmentOfTarget(targetId);
	}

	Place place(long commitmentId) {
		return store.place(commitmentId).orElseThrow(() -> NotFound.of("commitment " + commitmentId));
	}

	private Place requireEditable(long commitmentId) {
		Place place = place(commitmentId);
		if (!mayEdit(place.departmentId())) {
			throw new Forbidden("account.forbidden.department");
		}
		if (place.state() != PlanYearState.DRAFT) {
			throw new Refused("catalogue.refused.notDraft");
		}
		return place;
	}

	private Target target(long id) {
		return store.target(id).orElseThrow(() -> NotFound.of("target " + id));
	}

	private static ExtractedTarget valid(TargetInput input) {
		List<Message> problems = input.problems();
		if (!problems.isEmpty()) {
			throw new Refused(Message.joined(problems));
		}
		return input.toTarget();
	}

	private static Map<String, Object> view(Target t) {
		Map<String, Object> map = new LinkedHashMap<>(t.definition().toContractMap());
		map.put("status", t.status().name());
		return map;
	}

}
