package com.pledgeboard.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.pledgeboard.scoring.engine.Worded;
import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.CatalogueEditing;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.extraction.Direction;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.i18n.Refused;
import com.pledgeboard.scoring.engine.DepartmentResult;
import com.pledgeboard.scoring.engine.Grade;
import com.pledgeboard.scoring.engine.Scheme;
import com.pledgeboard.scoring.engine.YearResult;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seed year scored end to end: generated final readings for every target, reviewers' grades for
 * commitments without targets, public and leadership ratings; the year is moved to CLOSED through the
 * catalogue, and the frozen scores, ranks and grades are checked against a calculation of its own
 * written here from the documented default scheme. Its own context, since it closes the seed year.
 */
@SpringBootTest(properties = "pledgeboard.test.context=full-year")
@AutoConfigureMockMvc
class FullYearScoringTests extends WholeApplication {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Autowired
	CatalogueEditing editing;

	@Autowired
	Scoring scoring;

	@Autowired
	ScoringStore readings;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private void signIn(UserDetails user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	@Test
	void shouldScoreRankAndFreezeTheSeedYearAsAnIndependentCalculationDoes() throws Exception {
		UserDetails office = users.user("office", Role.ADMIN, null);
		List<Long> raters = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			raters.add(((com.pledgeboard.account.SignedInUser) users.user("rater" + i, Role.RATER, null)).id());
		}
		PlanYear year = catalogue.findPlanYear("330500", 2022).orElseThrow();
		assertThat(year.state()).isEqualTo(PlanYearState.PUBLISHED);
		List<DepartmentEntry> entries = catalogue.entries(year.id());
		assertThat(entries).hasSize(16);
		assertThat(entries.stream().map(DepartmentEntry::category).distinct()).hasSize(2);

		Random random = new Random(7);
		Map<Long, Reading> targetReadings = new HashMap<>();
		Map<Long, String> judgements = new HashMap<>();
		Map<Long, int[]> tallies = new HashMap<>();
		Map<Long, List<Integer>> leadership = new HashMap<>();
		int position = 0;
		for (DepartmentEntry e : entries) {
			// A spread of how well departments did, so that the ranking has something to rank.
			double form = 0.55 + 0.06 * (position++ % 9);
			for (Commitment c : e.commitments()) {
				List<Target> measurable = c.targets().stream().filter(t -> !t.definition().isBaseline()).toList();
				if (measurable.isEmpty()) {
					String grade = List.of(Reading.DONE, Reading.MOSTLY_DONE, Reading.NOT_DONE).get(random.nextInt(3));
					readings.recordJudgement(year.id(), c.id(), grade, null);
					judgements.put(c.id(), grade);
					continue;
				}
				for (Target t : measurable) {
					if (random.nextInt(12) == 0) {
						continue;
					}
					Reading r = generated(t.definition(), random, form);
					readings.recordTarget(year.id(), t.id(), r.value(), r.doneDate(), null, null);
					targetReadings.put(t.id(), r);
				}
			}
			int[] tally = { random.nextInt(30) + 1, random.nextInt(15), random.nextInt(8) };
			tallies.put(e.id(), tally);
			String[] choices = { "SATISFIED", "FAIRLY_SATISFIED", "UNSATISFIED" };
			for (int k = 0; k < 3; k++) {
				for (int n = 0; n < tally[k]; n++) {
					jdbc.sql("""
							insert into public_rating (plan_year_id, entry_id, phone_hash, choice, moderation, created_at)
							values (?, ?, ?, ?, 'NONE', ?)""")
						.params(year.id(), e.id(), String.format("%064x", random.nextLong() & Long.MAX_VALUE), choices[k],
								Timestamp.from(Instant.now()))
						.update();
				}
			}
			List<Integer> known = new ArrayList<>();
			for (long rater : raters) {
				Integer score = random.nextInt(7) == 0 ? null : 1 + random.nextInt(5);
				jdbc.sql("insert into leadership_rating (plan_year_id, entry_id, rater_id, score, rated_at) values (?, ?, ?, ?, ?)")
					.params(year.id(), e.id(), rater, score, Timestamp.from(Instant.now()))
					.update();
				if (score != null) {
					known.add(score);
				}
			}
			leadership.put(e.id(), known);
		}

		signIn(office);
		editing.transition(year.id(), PlanYearState.ASSESSING, "年终考评开始", true, "测试年度：越过未补齐的事项");
		YearResult live = scoring.current(year.id()).result();
		editing.transition(year.id(), PlanYearState.CLOSED, "考评结束", true, "测试年度：越过未补齐的事项");

		ScoreBoard frozen = scoring.published(year.id()).orElseThrow();
		assertThat(frozen.frozen()).isTrue();
		assertThat(frozen.schemeVersion()).isEqualTo(1);
		assertThat(frozen.result()).isEqualTo(live);
		assertThat(scoring.recompute(year.id())).isEqualTo(frozen.result());
		assertThat(jdbc.sql("select count(*) from frozen_score where plan_year_id = ?").param(year.id()).query(Long.class).single())
			.isEqualTo(16L);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SCORES_FROZEN' and entity_id = ?")
			.param(String.valueOf(year.id())).query(Long.class).single()).isEqualTo(1L);
		assertThatThrownBy(() -> scoring.saveScheme(year.id(), Scheme.defaults())).isInstanceOf(Refused.class);

		// The small-sample rule of the defaults moves each department towards its category's pooled means.
		Map<String, BigDecimal[]> categoryMeans = new HashMap<>();
		for (String category : entries.stream().map(DepartmentEntry::category).distinct().toList()) {
			BigDecimal points = BigDecimal.ZERO;
			BigDecimal leadershipSum = BigDecimal.ZERO;
			long people = 0;
			long ratings = 0;
			for (DepartmentEntry e : entries.stream().filter(o -> o.category().equals(category)).toList()) {
				int[] tally = tallies.get(e.id());
				points = points.add(BigDecimal.valueOf(tally[0] * 100L + tally[1] * 60L));
				people += tally[0] + tally[1] + tally[2];
				List<Integer> known = leadership.get(e.id());
				leadershipSum = leadershipSum.add(ownLeadership(known).multiply(BigDecimal.valueOf(known.size())));
				ratings += known.size();
			}
			categoryMeans.put(category, new BigDecimal[] { div4(points, BigDecimal.valueOf(people)),
					div4(leadershipSum, BigDecimal.valueOf(ratings)) });
		}
		Map<Long, BigDecimal> totals = new HashMap<>();
		for (DepartmentEntry e : entries) {
			totals.put(e.id(), expectedTotal(e, targetReadings, judgements, tallies.get(e.id()), leadership.get(e.id()),
					categoryMeans.get(e.category())));
		}
		for (DepartmentEntry e : entries) {
			DepartmentResult d = frozen.result().department(e.id()).orElseThrow();
			assertThat(d.total()).as(e.displayName()).isEqualTo(totals.get(e.id()));
			List<DepartmentEntry> category = entries.stream().filter(o -> o.category().equals(e.category())).toList();
			int rank = 1 + (int) category.stream().filter(o -> totals.get(o.id()).compareTo(totals.get(e.id())) > 0).count();
			int tied = (int) category.stream().filter(o -> totals.get(o.id()).compareTo(totals.get(e.id())) == 0).count();
			assertThat(d.rank()).as(e.displayName()).isEqualTo(rank);
			int places = category.size() * 30 / 100;
			Grade grade = totals.get(e.id()).compareTo(BigDecimal.valueOf(90)) >= 0 && rank + tied - 1 <= places
					? Grade.EXCELLENT : totals.get(e.id()).compareTo(BigDecimal.valueOf(80)) >= 0 ? Grade.GOOD
							: totals.get(e.id()).compareTo(BigDecimal.valueOf(60)) >= 0 ? Grade.PASS : Grade.FAIL;
			assertThat(d.grade()).as(e.displayName()).isEqualTo(grade);
		}
		assertThat(frozen.result().departments()).extracting(DepartmentResult::grade).contains(Grade.EXCELLENT);

		SecurityContextHolder.clearContext();
		DepartmentResult first = frozen.result().departments().get(0);
		mvc.perform(get("/years/2022/ranking")).andExpect(status().isOk())
			.andExpect(content().string(containsString(first.name())))
			.andExpect(content().string(containsString(first.total().toPlainString())));
		mvc.perform(get("/years/2022/scores/{n}", first.name())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"score-chart\"")))
			.andExpect(content().string(containsString("/webjars/echarts/5.3.1/dist/echarts.min.js")))
			.andExpect(content().string(containsString(Worded.zh(first.commitmentPart().explanation()))));

		// Once closed, the year's home, its categories and their JSON twin carry the ranking.
		DepartmentResult top = frozen.result().byCategory().values().iterator().next().get(0);
		mvc.perform(get("/years/2022")).andExpect(status().isOk())
			.andExpect(content().string(containsString("各类别按最终名次排列")))
			.andExpect(content().string(containsString(top.total().toPlainString())));
		String grade = switch (top.grade()) {
			case EXCELLENT -> "优秀";
			case GOOD -> "良好";
			case PASS -> "合格";
			case FAIL -> "不合格";
		};
		mvc.perform(get("/years/2022/categories/{c}", top.category())).andExpect(status().isOk())
			.andExpect(content().string(containsString("按最终名次排列")))
			.andExpect(content().string(containsString(top.name())))
			// Each department's card carries its place, score and grade once the year is closed.
			.andExpect(content().string(containsString("类别内第" + (top.tied() > 1 ? top.rank() + "（并列）" : top.rank())
					+ "名（共" + top.categorySize() + "个）· " + top.total().setScale(2).toPlainString() + "分 · " + grade)));
		mvc.perform(get("/api/v1/years/2022/categories/{c}", top.category())).andExpect(status().isOk())
			.andExpect(jsonPath("$.departments[0].name").value(top.name()))
			.andExpect(jsonPath("$.departments[0].standing.rank").value(1))
			.andExpect(jsonPath("$.departments[0].standing.total").value(top.total().doubleValue()));
		mvc.perform(get("/years/2022/departments/{n}", first.name())).andExpect(status().isOk())
			.andExpect(content().string(containsString("年终得分")))
			.andExpect(content().string(containsString("总分" + first.total().toPlainString())));
		mvc.perform(get("/api/v1/years/2022/scores/{n}", first.name())).andExpect(status().isOk())
			.andExpect(jsonPath("$.rank").value(first.rank()))
			.andExpect(jsonPath("$.commitments").isArray());
	}

	private static Reading generated(ExtractedTarget t, Random random, double form) {
		double spread = form + random.nextDouble() * 0.6;
		return switch (t.kind()) {
			case DEADLINE -> random.nextInt(10) == 0 ? new Reading(null, null, null)
					: Reading.doneOn(t.date().atYear(2022).plusDays(random.nextInt(130) - 40));
			case RANK -> Reading.of(BigDecimal.valueOf(1 + random.nextInt(t.floor() == null ? 4 : t.floor().intValue() + 2)));
			case CHANGE -> Reading.of(scaled(t.value(), spread).multiply(t.direction() == Direction.DOWN
					? BigDecimal.ONE.negate() : BigDecimal.ONE));
			default -> Reading.of(scaled(t.value(), t.op() == Op.LE || t.op() == Op.LT ? 2.1 - spread : spread));
		};
	}

	private static BigDecimal scaled(BigDecimal value, double factor) {
		return value.multiply(BigDecimal.valueOf(factor)).setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal r4(BigDecimal v) {
		return v.setScale(4, RoundingMode.HALF_UP);
	}

	private static BigDecimal div4(BigDecimal a, BigDecimal b) {
		return a.divide(b, 4, RoundingMode.HALF_UP);
	}

	/** The total by the defaults of {@link Scheme#defaults()}, computed without the engine. */
	private static BigDecimal expectedTotal(DepartmentEntry e, Map<Long, Reading> readings, Map<Long, String> judgements,
			int[] tally, List<Integer> leadership, BigDecimal[] categoryMeans) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Commitment c : e.commitments()) {
			List<Target> measurable = c.targets().stream().filter(t -> !t.definition().isBaseline()).toList();
			if (measurable.isEmpty()) {
				sum = sum.add(gradePoints(judgements.get(c.id())));
				continue;
			}
			BigDecimal attained = BigDecimal.ZERO;
			for (Target t : measurable) {
				attained = attained.add(attainment(t.definition(), readings.get(t.id())));
			}
			sum = sum.add(div4(attained, BigDecimal.valueOf(measurable.size())));
		}
		BigDecimal coefficient = e.assessedCoefficient() == null ? BigDecimal.ONE : e.assessedCoefficient();
		BigDecimal commitmentPart = r4(div4(sum, BigDecimal.valueOf(e.commitments().size())).multiply(HUNDRED).multiply(coefficient));
		int count = tally[0] + tally[1] + tally[2];
		BigDecimal ownPublic = div4(BigDecimal.valueOf(tally[0] * 100L + tally[1] * 60L), BigDecimal.valueOf(count));
		// Bayesian average with 20 ratings' worth of the category mean, and 3 for the leadership part.
		BigDecimal publicPart = div4(ownPublic.multiply(BigDecimal.valueOf(count)).add(categoryMeans[0].multiply(BigDecimal.valueOf(20))),
				BigDecimal.valueOf(count + 20L));
		int n = leadership.size();
		BigDecimal leadershipPart = div4(ownLeadership(leadership).multiply(BigDecimal.valueOf(n))
			.add(categoryMeans[1].multiply(BigDecimal.valueOf(3))), BigDecimal.valueOf(n + 3L));
		return r4(commitmentPart.multiply(new BigDecimal("0.7"))).add(r4(publicPart.multiply(new BigDecimal("0.2"))))
			.add(r4(leadershipPart.multiply(new BigDecimal("0.1"))))
			.setScale(2, RoundingMode.HALF_UP);
	}

	/** A department's own leadership score: the mean × 20, without the highest and lowest from five ratings. */
	private static BigDecimal ownLeadership(List<Integer> leadership) {
		List<Integer> sorted = new ArrayList<>(leadership);
		sorted.sort(null);
		if (sorted.size() >= 5) {
			sorted = sorted.subList(1, sorted.size() - 1);
		}
		BigDecimal mean = div4(BigDecimal.valueOf(sorted.stream().mapToInt(Integer::intValue).sum()), BigDecimal.valueOf(sorted.size()));
		return r4(mean.multiply(BigDecimal.valueOf(20)));
	}

	private static BigDecimal gradePoints(String grade) {
		return switch (grade) {
			case Reading.DONE -> BigDecimal.ONE;
			case Reading.MOSTLY_DONE -> new BigDecimal("0.6");
			default -> BigDecimal.ZERO;
		};
	}

	private static BigDecimal attainment(ExtractedTarget t, Reading r) {
		if (r == null) {
			return BigDecimal.ZERO;
		}
		switch (t.kind()) {
			case DEADLINE -> {
				if (r.doneDate() == null) {
					return BigDecimal.ZERO;
				}
				long late = Math.max(0, ChronoUnit.DAYS.between(t.date().atYear(2022), r.doneDate()));
				return BigDecimal.ONE.subtract(div4(BigDecimal.valueOf(late), BigDecimal.valueOf(90))).max(BigDecimal.ZERO);
			}
			case RANK -> {
				BigDecimal place = r.value();
				if (t.stretch() != null && place.compareTo(t.stretch()) <= 0) {
					return new BigDecimal("1.1");
				}
				if (place.compareTo(t.value()) <= 0) {
					return BigDecimal.ONE;
				}
				return t.floor() != null && place.compareTo(t.floor()) <= 0 ? new BigDecimal("0.8") : BigDecimal.ZERO;
			}
			case CHANGE -> {
				BigDecimal achieved = t.direction() == Direction.DOWN ? r.value().negate() : r.value();
				return measured(t, achieved);
			}
			default -> {
				return measured(t, r.value());
			}
		}
	}

	private static BigDecimal measured(ExtractedTarget t, BigDecimal actual) {
		BigDecimal v = t.value();
		if (t.op() == Op.LE || t.op() == Op.LT) {
			if (actual.compareTo(v) <= 0) {
				return BigDecimal.ONE;
			}
			return v.signum() <= 0 ? BigDecimal.ZERO
					: BigDecimal.ONE.subtract(div4(actual.subtract(v), v)).max(BigDecimal.ZERO);
		}
		if (v.signum() <= 0) {
			return actual.compareTo(v) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
		}
		if (actual.compareTo(v) > 0 && t.stretch() != null && t.stretch().compareTo(v) > 0) {
			BigDecimal way = div4(actual.subtract(v), t.stretch().subtract(v)).min(BigDecimal.ONE);
			return BigDecimal.ONE.add(r4(new BigDecimal("0.1").multiply(way)));
		}
		return div4(actual, v).min(BigDecimal.ONE).max(BigDecimal.ZERO);
	}

}
