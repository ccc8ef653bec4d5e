package com.pledgeboard.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.CatalogueEditing;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.i18n.Refused;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.evaluation.Choice;
import com.pledgeboard.evaluation.LeadershipRatings;
import com.pledgeboard.evaluation.PublicRatings;
import com.pledgeboard.evaluation.SmsGateway;
import com.pledgeboard.evaluation.SmsOutbox;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.i18n.Refused;
import com.pledgeboard.ingest.TableImporter;
import com.pledgeboard.progress.ProgressReporting;
import com.pledgeboard.progress.rules.Cadence;
import com.pledgeboard.scoring.HandReadings;
import com.pledgeboard.scoring.HandReadings.Completion;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demonstration year: the bundled seed table imported once more as another plan year of the seed's
 * region, then carried through a year by the application's own services, acting as demonstration users
 * of each role: a quarterly schedule, four quarters of progress reports with readings drawn from a seeded
 * {@link Random} (some departments doing well, some not, so that every light shows), each submitted and
 * approved (a few returned once and filed again); the move to {@code ASSESSING}; the reviewers' grades of
 * the commitments without a measurable target, the public evaluation (群众评议) and the committee's
 * leadership ratings; and the move to {@code CLOSED}, which freezes the scores. Both moves pass their
 * checklists without an override (on a database with committee members of its own, who do not rate the
 * demonstration, the close is refused and the year is left assessing, for the office to close as any
 * year). Runs once the application is ready (after the first administrator is
 * made, so that the demonstration users do not stand in for one), and does nothing when the year exists.
 * The demonstration users are disabled at the end: no one signs in as them.
 * <p>
 * The public ratings come in as a citizen's do, with nothing waived: each of {@value #VOTERS} synthetic
 * voters, anonymous, asks {@link PublicRatings#requestCode} for a code to a demonstration number
 * ({@link SmsOutbox}), reads the code from the outbox of the gateway that "sent" it, and submits it with
 * its ratings to {@link PublicRatings#rate}, the methods the public form's controller calls, so that the
 * code is checked, its tries counted, and every limit taken. A gateway that sends has no outbox: the
 * demonstration runs only on the embedded default's logging gateway (which serves H2 only) and refuses to
 * start otherwise. The voters rate most departments each (a citizen rates those they know), so that every
 * department has about twice the 20 ratings of the default scheme's small-sample rule and its own
 * ratings, rather than its category's, make most of its public score.
 */
@Component
@ConditionalOnProperty(name = "pledgeboard.demo", havingValue = "true")
class DemoYear {

	private static final Logger log = LoggerFactory.getLogger(DemoYear.class);

	/** How many synthetic citizens rate. */
	static final int VOTERS = 40;

	private static final Pattern CODE = Pattern.compile("\\d{6}");

	private final Catalogue catalogue;

	private final CatalogueEditing editing;

	private final TableImporter importer;

	private final UserAccounts accounts;

	private final UserDetailsService users;

	private final ProgressReporting reporting;

	private final LeadershipRatings leadership;

	private final PublicRatings publicRatings;

	private final SmsOutbox outbox;

	private final HandReadings grades;

	private final DemoYears years;

	private final Resource seed;

	DemoYear(Catalogue catalogue, CatalogueEditing editing, TableImporter importer, UserAccounts accounts,
			UserDetailsService users, ProgressReporting reporting, LeadershipRatings leadership,
			PublicRatings publicRatings, SmsGateway gateway, HandReadings grades, DemoYears years,
			@Value("${pledgeboard.seed.resource}") Resource seed) {
		if (!(gateway instanceof SmsOutbox kept)) {
			throw new IllegalStateException("--demo runs on the embedded default only: its public ratings come in "
					+ "with codes read from the logging SMS gateway (pledgeboard.evaluation.sms-gateway=log), and "
					+ "the gateway in use, " + gateway.getClass().getName() + ", sends them");
		}
		this.outbox = kept;
		this.publicRatings = publicRatings;
		this.grades = grades;
		this.catalogue = catalogue;
		this.editing = editing;
		this.importer = importer;
		this.accounts = accounts;
		this.users = users;
		this.reporting = reporting;
		this.leadership = leadership;
		this.years = years;
		this.seed = seed;
	}

	@EventListener(ApplicationReadyEvent.class)
	void create() {
		if (catalogue.findPlanYear(years.region(), years.year()).isPresent()) {
			return;
		}
		importer.importPublished(seed, years.region(), years.year());
		PlanYear year = catalogue.findPlanYear(years.region(), years.year()).orElseThrow();
		List<String> made = new ArrayList<>();
		UserDetails office = user("demo-office", "演示考评办", Role.ADMIN, null, made);
		act(office, () -> reporting.changeSchedule(year.id(), Cadence.QUARTERLY, 10));
		Random random = new Random(2021);
		List<DepartmentEntry> entries = catalogue.entries(year.id());
		// A spread of how departments did, so that the lights, the ratings and the ranking have something to show.
		Map<Long, Double> forms = new LinkedHashMap<>();
		for (DepartmentEntry e : entries) {
			forms.put(e.id(), 0.55 + 0.06 * (forms.size() % 9));
		}
		int filed = 0;
		for (DepartmentEntry e : entries) {
			double form = forms.get(e.id());
			if (e.departmentId() == null) {
				continue;
			}
			UserDetails reporter = user("demo-reporter-" + e.departmentId(), "演示填报员", Role.REPORTER, e.departmentId(), made);
			UserDetails approver = user("demo-approver-" + e.departmentId(), "演示部门负责人", Role.APPROVER, e.departmentId(), made);
			for (Commitment c : e.commitments()) {
				double spread = form + random.nextDouble() * 0.6;
				for (int quarter = 1; quarter <= 4; quarter++) {
					Map<Long, String> values = new LinkedHashMap<>();
					for (Target t : c.targets()) {
						values.put(t.id(), typed(t.definition(), years.year(), quarter, spread, random));
					}
					String narrative = "第" + quarter + "季度：" + c.title() + "按计划推进，本季度完成情况见各项指标读数。";
					// A count of a unit such as 个 is refused with decimals even where the target has some (a
					// rate per thousand people): then the reporter types it as a whole number.
					if (report(reporter, approver, c.id(), quarter, values, narrative, random)
							|| report(reporter, approver, c.id(), quarter, wholeNumbers(values), narrative, random)) {
						filed++;
					}
					else {
						log.info("Demonstration report of commitment {} for quarter {} left out", c.id(), quarter);
					}
				}
			}
		}
		act(office, () -> editing.transition(year.id(), PlanYearState.ASSESSING, "演示年度：年终考评开始"));
		Map<Long, Double> commitmentForms = new LinkedHashMap<>();
		entries.forEach(e -> e.commitments().forEach(c -> commitmentForms.put(c.id(), forms.get(e.id()))));
		act(office, () -> grades.awaitingGrade(year.id()).forEach(id -> grades.grade(year.id(), id,
				completion(commitmentForms.get(id) + random.nextDouble() * 0.6), "演示：考评办评定")));
		int votes = publicRatings(year, forms, random);
		for (int n = 1; n <= 5; n++) {
			UserDetails rater = user("demo-rater-" + n, "演示评审专家" + n, Role.RATER, null, made);
			Map<Long, Integer> scores = new LinkedHashMap<>();
			for (DepartmentEntry e : entries) {
				scores.put(e.id(), 2 + random.nextInt(4));
			}
			act(rater, () -> leadership.rate(year.id(), scores));
		}
		try {
			act(office, () -> editing.transition(year.id(), PlanYearState.CLOSED, "演示年度：考评结束"));
		}
		catch (Refused ex) {
			// Only what the installation brought can be missing, such as its own committee members, who have not
			// rated the demonstration; the office sees the checklist and decides, as for any year.
			log.warn("The demonstration year {} stays ASSESSING, its checklist before closing not clear: {}. "
					+ "The office can close it at /admin/years/{}", years.year(), ex.getMessage(), year.id());
		}
		for (String username : made) {
			accounts.find(username).ifPresent(u -> {
				try {
					accounts.disable(u.id());
				}
				catch (Refused ex) {
					log.warn("Demonstration user {} left enabled: {}", username, ex.getMessage());
				}
			});
		}
		log.info("Made the demonstration year {} of {} from the seed table: {} of {} quarterly reports approved, "
				+ "{} public ratings, year closed; see /years/{}", years.year(), years.region(), filed,
				4 * entries.stream().mapToInt(e -> e.commitments().size()).sum(), votes, years.year());
	}

	/**
	 * The public evaluation as {@value #VOTERS} citizens give it, anonymous, each from a number of its own and
	 * from an address of its own, so that the limits per number and per address are taken as one person's:
	 * the addresses are 192.0.2.x, kept for documentation (RFC 5737) and never a real client's. Each rates
	 * about nine departments in ten, the better a department did the more often 满意.
	 * @return how many ratings were stored
	 */
	private int publicRatings(PlanYear year, Map<Long, Double> forms, Random random) {
		int stored = 0;
		for (int n = 1; n <= VOTERS; n++) {
			String mobile = SmsOutbox.demonstrationNumber(n);
			String address = "192.0.2." + n;
			String phoneHash = publicRatings.requestCode(year.regionCode(), year.year(), mobile, address);
			String message = outbox.take(mobile).orElseThrow(() -> new IllegalStateException("no code to " + mobile));
			Matcher code = CODE.matcher(message);
			if (!code.find()) {
				throw new IllegalStateException("no code in the message to " + mobile);
			}
			Map<Long, Choice> choices = new LinkedHashMap<>();
			forms.forEach((entryId, form) -> {
				if (random.nextInt(10) > 0) {
					choices.put(entryId, choice(form, random));
				}
			});
			stored += publicRatings.rate(year.regionCode(), year.year(), phoneHash, code.group(), choices, Map.of(),
					address);
		}
		return stored;
	}

	/** A citizen's answer for a department of the form: 满意 from about 35% (the weakest) to 80% (the best). */
	private static Choice choice(double form, Random random) {
		double better = (form - 0.55) / 0.48;
		double draw = random.nextDouble();
		if (draw < 0.35 + 0.45 * better) {
			return Choice.SATISFIED;
		}
		return draw < 0.8 + 0.1 * better ? Choice.FAIRLY_SATISFIED : Choice.UNSATISFIED;
	}

	/** A reviewer's grade of a commitment without a measurable target, by how the commitment went. */
	private static Completion completion(double spread) {
		return spread >= 1.0 ? Completion.DONE : spread >= 0.8 ? Completion.MOSTLY_DONE : Completion.NOT_DONE;
	}

	/** Files, submits and approves a commitment's report for a quarter; about one in twelve is returned once first. */
	private boolean report(UserDetails reporter, UserDetails approver, long commitmentId, int quarter,
			Map<Long, String> values, String narrative, Random random) {
		try {
			long id = as(reporter, () -> {
				long report = reporting.file(commitmentId, quarter, values, narrative);
				reporting.submit(report);
				return report;
			});
			if (random.nextInt(12) == 0) {
				act(approver, () -> reporting.sendBack(id, "请补充本季度的佐证说明"));
				long again = as(reporter, () -> {
					long report = reporting.file(commitmentId, quarter, values, narrative + "已补充佐证说明。");
					reporting.submit(report);
					return report;
				});
				act(approver, () -> reporting.approve(again, "同意"));
			}
			else {
				act(approver, () -> reporting.approve(id, "同意"));
			}
			return true;
		}
		catch (Refused ex) {
			log.debug("Demonstration report of commitment {} for quarter {} refused: {}", commitmentId, quarter,
					ex.getMessage());
			return false;
		}
	}

	/**
	 * A reading as a reporter types it for the quarter: a cumulative amount growing towards (or past, or
	 * short of) the target by the commitment's form, a level for a ceiling, a day for a deadline once done.
	 */
	static String typed(ExtractedTarget t, int year, int quarter, double spread, Random random) {
		double share = quarter / 4.0;
		double noise = 0.9 + random.nextDouble() * 0.2;
		if (t.kind() == TargetKind.DEADLINE) {
			LocalDate due = t.date() == null ? LocalDate.of(year, 12, 31) : t.date().atYear(year);
			LocalDate day = spread >= 1.0 ? due.minusDays(20) : spread >= 0.8 ? due.plusDays(25)
					: spread >= 0.7 ? due.plusDays(90) : null;
			LocalDate quarterEnd = LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
			return day == null || day.isAfter(quarterEnd) ? "" : day.toString();
		}
		BigDecimal value = t.value();
		if (value == null) {
			return "";
		}
		if (t.isBaseline()) {
			return plain(value, t);
		}
		if (t.kind() == TargetKind.RANK) {
			int places = t.floor() == null ? 4 : t.floor().intValue() + 2;
			return String.valueOf(1 + (int) Math.min(places - 1, Math.max(0, (1.6 - spread) * places * noise)));
		}
		double factor;
		if (t.op() == Op.LE || t.op() == Op.LT) {
			factor = (2.1 - spread) * noise;
		}
		else if (t.kind() == TargetKind.PERCENT) {
			factor = Math.min(spread, 1.2) * (0.85 + 0.15 * share) * noise;
		}
		else {
			factor = spread * share * noise;
		}
		BigDecimal reading = value.abs().multiply(BigDecimal.valueOf(factor));
		if (t.kind() == TargetKind.PERCENT) {
			reading = reading.min(BigDecimal.valueOf(100));
		}
		return plain(reading, t);
	}

	private static Map<Long, String> wholeNumbers(Map<Long, String> values) {
		Map<Long, String> whole = new LinkedHashMap<>();
		values.forEach((id, v) -> whole.put(id, v.matches("\\d+\\.\\d+")
				? new BigDecimal(v).setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ONE).toPlainString() : v));
		return whole;
	}

	private static String plain(BigDecimal value, ExtractedTarget t) {
		boolean whole = t.value() != null && t.value().stripTrailingZeros().scale() <= 0;
		return value.abs().setScale(whole ? 0 : 2, RoundingMode.HALF_UP).toPlainString();
	}

	private UserDetails user(String username, String displayName, Role role, Long departmentId, List<String> made) {
		if (accounts.find(username).isEmpty()) {
			accounts.create(new UserAccounts.NewUser(username, displayName, role, departmentId));
			made.add(username);
		}
		return users.loadUserByUsername(username);
	}

	private static void act(UserDetails user, Runnable action) {
		as(user, () -> {
			action.run();
			return null;
		});
	}

	private static <T> T as(UserDetails user, Supplier<T> action) {
		var context = SecurityContextHolder.getContext();
		var previous = context.getAuthentication();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			context.setAuthentication(previous);
		}
	}

}
