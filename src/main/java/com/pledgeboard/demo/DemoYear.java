package com.pledgeboard.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.CatalogueEditing;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.evaluation.LeadershipRatings;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.i18n.Refused;
import com.pledgeboard.ingest.TableImporter;
import com.pledgeboard.progress.ProgressReporting;
import com.pledgeboard.progress.rules.Cadence;

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
 * approved (a few returned once and filed again), the committee's leadership ratings, and the moves to
 * {@code ASSESSING} and {@code CLOSED}, which freezes the scores. Runs once the application is ready (after
 * the first administrator is made, so that the demonstration users do not stand in for one), and does
 * nothing when the year exists. The demonstration users are disabled at the end: no one signs in as them.
 * <p>
 * Not filled: public ratings (their only way in is a code sent by SMS to a real number) and the reviewers'
 * grades of commitments without a measurable target; the moves override those gaps with a reason that says so.
 */
@Component
@ConditionalOnProperty(name = "pledgeboard.demo", havingValue = "true")
class DemoYear {

	private static final Logger log = LoggerFactory.getLogger(DemoYear.class);

	static final String OVERRIDE = "演示数据：无群众评议与专家评定";

	private final Catalogue catalogue;

	private final CatalogueEditing editing;

	private final TableImporter importer;

	private final UserAccounts accounts;

	private final UserDetailsService users;

	private final ProgressReporting reporting;

	private final LeadershipRatings leadership;

	private final DemoYears years;

	private final Resource seed;

	DemoYear(Catalogue catalogue, CatalogueEditing editing, TableImporter importer, UserAccounts accounts,
			UserDetailsService users, ProgressReporting reporting, LeadershipRatings leadership, DemoYears years,
			@Value("${pledgeboard.seed.resource}") Resource seed) {
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
		byte[] content;
		try (InputStream in = seed.getInputStream()) {
			content = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the bundled seed table " + seed, ex);
		}
		importer.importTable(content, seed.getFilename(), years.region(), years.year(), PlanYearState.PUBLISHED, false);
		PlanYear year = catalogue.findPlanYear(years.region(), years.year()).orElseThrow();
		List<String> made = new ArrayList<>();
		UserDetails office = user("demo-office", "演示考评办", Role.ADMIN, null, made);
		act(office, () -> reporting.changeSchedule(year.id(), Cadence.QUARTERLY, 10));
		Random random = new Random(2021);
		List<DepartmentEntry> entries = catalogue.entries(year.id());
		int position = 0;
		int filed = 0;
		for (DepartmentEntry e : entries) {
			// A spread of how departments did, so that the lights and the ranking have something to show.
			double form = 0.55 + 0.06 * (position++ % 9);
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
		act(office, () -> editing.transition(year.id(), PlanYearState.ASSESSING, "演示年度：年终考评开始", true, OVERRIDE));
		for (int n = 1; n <= 5; n++) {
			UserDetails rater = user("demo-rater-" + n, "演示评审专家" + n, Role.RATER, null, made);
			Map<Long, Integer> scores = new LinkedHashMap<>();
			for (DepartmentEntry e : entries) {
				scores.put(e.id(), 2 + random.nextInt(4));
			}
			act(rater, () -> leadership.rate(year.id(), scores));
		}
		act(office, () -> editing.transition(year.id(), PlanYearState.CLOSED, "演示年度：考评结束", true, OVERRIDE));
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
				+ "year closed; see /years/{}", years.year(), years.region(), filed,
				4 * entries.stream().mapToInt(e -> e.commitments().size()).sum(), years.year());
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
