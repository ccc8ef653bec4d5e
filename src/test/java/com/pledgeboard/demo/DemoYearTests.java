package com.pledgeboard.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.evaluation.Evaluations;
import com.pledgeboard.evaluation.PublicTally;
import com.pledgeboard.progress.LightCounts;
import com.pledgeboard.progress.ProgressBoard;
import com.pledgeboard.scoring.ScoreBoard;
import com.pledgeboard.scoring.Scoring;
import com.pledgeboard.scoring.engine.DepartmentResult;
import com.pledgeboard.support.Beside;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code pledgeboard.demo=true}: the seed copied as the demonstration year, carried through
 * reports, approvals, ratings and a close by the services, and every page of it marked. Its own
 * context, since it makes a year no other test expects; a server's, as {@code DemoJourneyTests}' is (the
 * same annotations), so that the demonstration is made once for both.
 */
@Beside
@ResourceLock(value = Resources.SYSTEM_PROPERTIES, mode = ResourceAccessMode.READ)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "pledgeboard.demo=true")
@AutoConfigureMockMvc
class DemoYearTests extends WholeApplication {

	@Autowired
	Scoring scoring;

	@Autowired
	ProgressBoard board;

	@Autowired
	DemoYear demo;

	@Autowired
	DemoYears years;

	@Autowired
	Evaluations evaluations;

	private PlanYear demoYear() {
		return catalogue.findPlanYear(years.region(), years.year()).orElseThrow();
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void shouldCloseTheDemonstrationYearWithFrozenScoresBuiltFromApprovedReportsAndRatings() {
		PlanYear year = demoYear();
		assertThat(year.year()).isNotEqualTo(2022);
		assertThat(year.state()).isEqualTo(PlanYearState.CLOSED);
		int entries = catalogue.entries(year.id()).size();
		assertThat(entries).isEqualTo(catalogue.entries(catalogue.findPlanYear("330500", 2022).orElseThrow().id()).size());

		ScoreBoard scores = scoring.published(year.id()).orElseThrow();
		assertThat(scores.frozen()).isTrue();
		assertThat(count("select count(*) from frozen_score where plan_year_id = ?", year.id())).isEqualTo(entries);
		// A spread of results, not one grade for everyone.
		assertThat(scores.result().departments().stream().map(DepartmentResult::grade).distinct().count())
			.isGreaterThan(1);

		String reportsOfYear = """
				select count(*) from progress_report r join commitment c on c.id = r.commitment_id
				join department_entry e on e.id = c.entry_id where e.plan_year_id = ? and r.state = ?""";
		long approved = count(reportsOfYear, year.id(), "APPROVED");
		assertThat(approved).isGreaterThan(entries * 4L);
		// Every commitment reported every quarter, the returned reports filed again and approved.
		long commitments = catalogue.entries(year.id()).stream().mapToLong(e -> e.commitments().size()).sum();
		assertThat(count("""
				select count(*) from (select distinct r.commitment_id, r.period_seq from progress_report r
				join commitment c on c.id = r.commitment_id join department_entry e on e.id = c.entry_id
				where e.plan_year_id = ? and r.state = 'APPROVED') x""", year.id())).isEqualTo(4 * commitments);
		assertThat(count(reportsOfYear, year.id(), "RETURNED")).isPositive();
		assertThat(count(reportsOfYear, year.id(), "SUBMITTED") + count(reportsOfYear, year.id(), "DRAFT")).isZero();
		assertThat(count("""
				select count(distinct r.period_seq) from progress_report r join commitment c on c.id = r.commitment_id
				join department_entry e on e.id = c.entry_id where e.plan_year_id = ? and r.state = 'APPROVED'""", year.id()))
			.isEqualTo(4L);
		// Lights of every colour, and none left unreported, as the portal reads them.
		LightCounts lights = LightCounts.of(board.ofYear(year).values());
		assertThat(lights.green()).isPositive();
		assertThat(lights.yellow() + lights.red()).isPositive();
		assertThat(lights.unreported()).isZero();
		assertThat(count("select count(*) from leadership_rating where plan_year_id = ?", year.id()))
			.isEqualTo(5L * entries);

		// The seed year is left as published: nothing reported, nothing rated.
		PlanYear seed = catalogue.findPlanYear("330500", 2022).orElseThrow();
		assertThat(seed.state()).isEqualTo(PlanYearState.PUBLISHED);
		assertThat(count(reportsOfYear, seed.id(), "APPROVED")).isZero();
		assertThat(count("select count(*) from public_rating where plan_year_id = ?", seed.id())).isZero();
		assertThat(count("select count(*) from final_reading where plan_year_id = ?", seed.id())).isZero();

		// No one signs in as a demonstration user.
		List<UserAccounts.UserSummary> demoUsers = accounts.list().stream()
			.filter(u -> u.username().startsWith("demo-"))
			.toList();
		assertThat(demoUsers).isNotEmpty().noneMatch(UserAccounts.UserSummary::enabled);
	}

	@Test
	void shouldCountPublicRatingsAndGradesThatCameInThroughTheirOwnPathsAndCloseWithoutAnOverride() {
		PlanYear year = demoYear();
		assertThat(count("select count(*) from plan_year_gap_override where plan_year_id = ?", year.id()))
			.as("moves overridden").isZero();

		// Every rating came with a code of its own, each code used once, from a number of its own.
		assertThat(count("select count(*) from verification_code where plan_year_id = ?", year.id()))
			.isEqualTo(DemoYear.VOTERS);
		assertThat(count("select count(*) from verification_code where plan_year_id = ? and used_at is null", year.id()))
			.isZero();
		assertThat(count("select count(distinct phone_hash) from public_rating where plan_year_id = ?", year.id()))
			.isEqualTo(DemoYear.VOTERS);

		// Each department's public part rests on its own tally, rated by at least the small-sample rule's number.
		Map<Long, PublicTally> tallies = evaluations.publicTallies(year.id());
		int prior = scoring.scheme(year.id()).scheme().smallSamples().publicPrior();
		List<DepartmentResult> results = scoring.published(year.id()).orElseThrow().result().departments();
		assertThat(tallies.keySet()).containsExactlyInAnyOrderElementsOf(results.stream().map(DepartmentResult::entryId).toList());
		for (DepartmentResult d : results) {
			PublicTally tally = tallies.get(d.entryId());
			assertThat(tally.count()).as(d.name()).isGreaterThanOrEqualTo(prior);
			assertThat(d.publicPart().ratings()).as(d.name()).isEqualTo(tally.count());
			assertThat(d.publicPart().missing()).isFalse();
			assertThat(d.publicPart().contribution()).isPositive();
		}
		assertThat(results.stream().map(d -> d.publicPart().score()).distinct().count()).isGreaterThan(1);
		assertThat(tallies.values().stream().mapToInt(PublicTally::unsatisfied).sum()).isPositive();

		// Every commitment without a measurable target graded by a reviewer, and scored by the grade.
		List<Long> ungradeable = catalogue.entries(year.id()).stream().flatMap(e -> e.commitments().stream())
			.filter(c -> c.targets().stream().allMatch(t -> t.definition().isBaseline()))
			.map(c -> c.id())
			.toList();
		assertThat(ungradeable).isNotEmpty();
		for (long commitment : ungradeable) {
			assertThat(count("select count(*) from final_reading where commitment_id = ? and grade is not null", commitment))
				.isEqualTo(1L);
		}
		assertThat(results.stream().flatMap(d -> d.commitments().stream())
			.filter(c -> ungradeable.contains(c.commitmentId()))
			.map(c -> c.attainment())
			.filter(a -> a != null && a.compareTo(BigDecimal.ZERO) > 0)).isNotEmpty();
	}

	@Test
	void shouldMarkTheBackOfficePagesOfTheDemonstrationYearOnly() throws Exception {
		UserDetails office = users.user("office", Role.ADMIN, null);
		PlanYear year = demoYear();
		long seed = catalogue.findPlanYear("330500", 2022).orElseThrow().id();
		DepartmentEntry entry = catalogue.entries(year.id()).get(0);
		long commitment = entry.commitments().get(0).id();
		for (String page : List.of("/admin/years/" + year.id(), "/admin/progress/years/" + year.id(),
				"/admin/years/" + year.id() + "/scores", "/admin/entries/" + entry.id(),
				"/admin/progress/commitments/" + commitment)) {
			mvc.perform(get(page).with(user(office))).andExpect(status().isOk())
				.andExpect(content().string(containsString("class=\"demo-banner\"")));
		}
		for (String page : List.of("/admin/years/" + seed, "/admin/progress/years/" + seed,
				"/admin/entries/" + catalogue.entries(seed).get(0).id())) {
			mvc.perform(get(page).with(user(office))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("demo-banner"))));
		}
	}

	@Test
	void shouldDoNothingWhenTheDemonstrationYearExists() {
		long years = count("select count(*) from plan_year");
		long reports = count("select count(*) from progress_report");
		demo.create();
		assertThat(count("select count(*) from plan_year")).isEqualTo(years);
		assertThat(count("select count(*) from progress_report")).isEqualTo(reports);
	}

	@Test
	void shouldMarkEveryPageOfTheDemonstrationYearAndNoPageOfTheSeedYear() throws Exception {
		PlanYear year = demoYear();
		DepartmentResult first = scoring.published(year.id()).orElseThrow().result().departments().get(0);
		String base = "/years/" + year.year();
		for (String page : List.of(base, base + "/ranking", base + "/departments/" + first.name(),
				base + "/scores/" + first.name(), base + "/categories/" + first.category())) {
			mvc.perform(get(page)).andExpect(status().isOk())
				.andExpect(content().string(containsString("class=\"demo-banner\"")))
				.andExpect(content().string(containsString("演示数据")));
		}
		mvc.perform(get(base).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Demonstration data")));
		// The front page is still the seed year as published, which leads to the demonstration by its year list.
		mvc.perform(get("/")).andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/years/2022"));
		mvc.perform(get("/years/2022")).andExpect(content().string(containsString("href=\"" + base + "\"")));
		for (String page : List.of("/years/2022", "/years/2022/departments/" + first.name())) {
			mvc.perform(get(page)).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("demo-banner"))))
				.andExpect(content().string(not(containsString("演示数据"))));
		}
	}

}
