package com.pledgeboard.progress;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.office.BackOfficeTasks;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.progress.rules.Light;
import com.pledgeboard.progress.rules.Period;
import com.pledgeboard.progress.rules.ReportingCalendar;
import com.pledgeboard.progress.rules.Verdict;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Progress on the back-office home, for the years open to reporting: a reporter sees the periods their
 * department still owes reports for and the reports returned to them; an approver the reports waiting
 * for them; the office, per year, the departments late with a report (a period past its due day without
 * an approved one, as the overdue list and the reminders count it) and the commitments whose light is red.
 */
@Component
@Order(20)
class ProgressTasks implements BackOfficeTasks {

	private static final Set<PlanYearState> REPORTING = Set.of(PlanYearState.PUBLISHED, PlanYearState.ASSESSING);

	private final Catalogue catalogue;

	private final ProgressOffice office;

	private final Schedules schedules;

	ProgressTasks(Catalogue catalogue, ProgressOffice office, Schedules schedules) {
		this.catalogue = catalogue;
		this.office = office;
		this.schedules = schedules;
	}

	@Override
	public List<Section> sectionsFor(SignedInUser user) {
		return switch (user.role()) {
			case REPORTER -> List.of(due(user), returned(user));
			case APPROVER -> List.of(waiting(user));
			case ADMIN -> officeSections();
			case RATER -> List.of();
		};
	}

	private List<PlanYear> reportingYears() {
		return catalogue.allPlanYears().stream().filter(y -> REPORTING.contains(y.state())).toList();
	}

	/**
	 * Each period that has reached its last day while some of the department's commitments have no
	 * report submitted for it, newest first; overdue once its due day has passed.
	 */
	private Section due(SignedInUser user) {
		LocalDate today = schedules.today();
		List<Item> items = new ArrayList<>();
		PlanYear nextYear = null;
		Period next = null;
		for (PlanYear year : reportingYears()) {
			List<Commitment> own = catalogue.entries(year.id())
				.stream()
				.filter(e -> user.belongsTo(e.departmentId()))
				.flatMap(e -> e.commitments().stream())
				.toList();
			if (own.isEmpty()) {
				continue;
			}
			ReportingCalendar calendar = schedules.calendar(year);
			Map<Long, Map<Integer, ReportState>> states = office.latestStates(year.id());
			List<Period> periods = calendar.periods();
			for (int i = periods.size() - 1; i >= 0; i--) {
				Period p = periods.get(i);
				if (p.end().isAfter(today)) {
					if (next == null || !p.due().isAfter(next.due())) {
						next = p;
						nextYear = year;
					}
					continue;
				}
				List<Commitment> left = own.stream().filter(c -> owed(states, c, p)).toList();
				if (left.isEmpty()) {
					continue;
				}
				Item item = Item.of(Text.of("home.due.item", year.year(), p.seq(), p.start(), p.end()),
						"/admin/progress/commitments/" + left.get(0).id() + "?period=" + p.seq())
					.withDetail(Text.of("home.due.left", own.size(), left.size(),
							left.stream().map(c -> (Object) c.no()).toList()));
				items.add(p.isOverdueOn(today)
						? item.flagged(Tone.RED, Text.of("home.due.overdue", p.due(), ChronoUnit.DAYS.between(p.due(), today)))
						: item.flagged(Tone.YELLOW, Text.of("home.due.by", p.due())));
			}
		}
		return Section.todo(Text.of("home.due"),
				next == null ? null : Text.of("home.due.next", nextYear.year(), next.seq(), next.due()), items, null);
	}

	private Section returned(SignedInUser user) {
		List<Item> items = new ArrayList<>();
		for (PlanYear year : reportingYears()) {
			for (ProgressOffice.Returned r : office.returned(year.id())) {
				if (user.belongsTo(r.departmentId())) {
					items.add(Item.of(Text.of("home.report.item", year.year(), r.period(), r.no(), r.title(), r.version()),
							"/admin/progress/commitments/" + r.commitmentId() + "?period=" + r.period())
						.withDetail(Text.of("home.returned.why", r.comment() == null ? "" : r.comment(),
								r.decidedBy() == null ? "" : r.decidedBy(), day(r.decidedAt())))
						.flagged(Tone.YELLOW, Text.of("progress.state.RETURNED")));
				}
			}
		}
		return Section.todo(Text.of("home.returned"), null, items, null);
	}

	private Section waiting(SignedInUser user) {
		List<Item> items = new ArrayList<>();
		for (PlanYear year : reportingYears()) {
			for (ProgressOffice.Waiting w : office.waiting(year.id())) {
				if (user.belongsTo(w.departmentId())) {
					items.add(Item.of(Text.of("home.report.item", year.year(), w.period(), w.no(), w.title(), w.version()),
							"/admin/progress/commitments/" + w.commitmentId() + "?period=" + w.period())
						.withDetail(Text.of("home.waiting.since", day(w.submittedAt())))
						.flagged(Tone.NONE, Text.of("progress.state.SUBMITTED")));
				}
			}
		}
		return Section.todo(Text.of("home.waiting"), null, items, null);
	}

	/**
	 * Per year open to reporting, who is late with a report and what is red. A department that has yet
	 * to report for the current period is not late before the period's due day, which the summary names.
	 */
	private List<Section> officeSections() {
		List<PlanYear> years = reportingYears();
		if (years.isEmpty()) {
			return List.of(Section.todo(Text.of("home.office.noReporting"), null, List.of(), null));
		}
		LocalDate today = schedules.today();
		List<Section> sections = new ArrayList<>();
		for (PlanYear year : years) {
			ProgressOffice.Overview o = office.overview(year, e -> true);
			String page = "/admin/progress/years/" + year.id();
			Period p = o.current();
			sections.add(Section.todo(Text.of("home.office.overdue", year.regionName(), year.year()),
					Text.of(p.isOverdueOn(today) ? "home.office.period.closed" : "home.office.period", p.seq(), p.start(),
							p.end(), p.due()),
					overdueDepartments(year, today), page));
			sections.add(Section.todo(Text.of("home.office.red", year.regionName(), year.year()), null,
					o.rows().stream()
						.filter(r -> r.progress().light().light() == Light.RED)
						.map(r -> Item.of(Text.of("home.office.redItem", r.entry().displayName(), r.commitment().no(),
								r.commitment().title()), "/admin/progress/commitments/" + r.commitment().id())
							.withDetail(why(r.progress()))
							.flagged(Tone.RED, Text.of("light.RED")))
						.toList(),
					page));
		}
		return sections;
	}

	/**
	 * The departments with a period past its due day for which some of their commitments have no approved
	 * report: each with those periods, flagged with how long the first has been overdue. A report the
	 * reporter submitted still waits for the department's approver, so it is not yet handed in.
	 */
	private List<Item> overdueDepartments(PlanYear year, LocalDate today) {
		List<Period> past = schedules.calendar(year).periods().stream().filter(p -> p.isOverdueOn(today)).toList();
		Map<Long, Map<Integer, ReportState>> states = office.latestStates(year.id());
		List<Item> items = new ArrayList<>();
		for (DepartmentEntry e : catalogue.entries(year.id())) {
			List<Period> late = past.stream()
				.filter(p -> e.commitments().stream()
					.anyMatch(c -> states.getOrDefault(c.id(), Map.of()).get(p.seq()) != ReportState.APPROVED))
				.toList();
			if (late.isEmpty()) {
				continue;
			}
			LocalDate since = late.get(0).due();
			items.add(Item.of(Text.of("home.plain", e.displayName()), null)
				.withDetail(Text.of("home.office.overdueItem", late.stream().map(p -> (Object) p.seq()).toList()))
				.flagged(Tone.RED, Text.of("home.due.overdue", since, ChronoUnit.DAYS.between(since, today))));
		}
		return items;
	}

	/** Whether a commitment's report for a period is still owed: none, or a draft, or a returned one. */
	private static boolean owed(Map<Long, Map<Integer, ReportState>> states, Commitment c, Period p) {
		return ReportState.owed(states.getOrDefault(c.id(), Map.of()).get(p.seq()));
	}

	/** Why a commitment is red; where a target made it so, that target and why. */
	private static Text why(CommitmentProgress progress) {
		for (TargetProgress t : progress.targets()) {
			if (t.light().equals(progress.light())) {
				return Text.of("home.office.redTarget", t.description(), reason(t.light()));
			}
		}
		return reason(progress.light());
	}

	private static Text reason(Verdict verdict) {
		return Text.of("light.reason." + verdict.reason(), verdict.argArray());
	}

	private LocalDate day(OffsetDateTime time) {
		return time.atZoneSameInstant(schedules.clock().getZone()).toLocalDate();
	}

}
