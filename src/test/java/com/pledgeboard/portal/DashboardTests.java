package com.pledgeboard.portal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.progress.CommitmentProgress;
import com.pledgeboard.progress.ProgressBoard;
import com.pledgeboard.progress.TargetProgress;
import com.pledgeboard.progress.rules.Light;
import com.pledgeboard.support.ApprovedReports;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The year at a glance: the share of targets on track, the lights that changed between the two latest
 * overdue periods, lights as stacked bars with their counts, department cards, and a target's bar and
 * chart with the target, pace and axis. Its own context, since it stores reports. The seed year is 2022,
 * so that today every period of it is overdue: the two latest are the 11th and 12th month.
 */
@SpringBootTest(properties = "pledgeboard.test.context=dashboard")
@AutoConfigureMockMvc
class DashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ProgressBoard progress;

	@Test
	void shouldShowTheShareOnTrackWhatChangedSinceTheLastPeriodAndEachTargetAsAPicture() throws Exception {
		PlanYear year = catalogue.findPlanYear("330500", 2022).orElseThrow();
		ApprovedReports reports = new ApprovedReports(jdbc, catalogue, accounts, userDetails);
		List<Commitment> measurable = reports.withQuantityTargets(year);
		Commitment rising = measurable.get(0);
		Commitment steady = measurable.get(1);
		Target risingTarget = ApprovedReports.quantityTarget(rising);
		Target steadyTarget = ApprovedReports.quantityTarget(steady);
		DepartmentEntry risingEntry = entryOf(year, rising);
		DepartmentEntry steadyEntry = entryOf(year, steady);
		// Far behind in the 11th month, then past the target in the 12th; the other the same in both.
		reports.approve(risingEntry, rising, 11, risingTarget, BigDecimal.ONE);
		reports.approve(risingEntry, rising, 12, risingTarget, new BigDecimal("30000000"));
		BigDecimal plenty = steadyTarget.definition().value().multiply(BigDecimal.TEN);
		reports.approve(steadyEntry, steady, 11, steadyTarget, plenty);
		reports.approve(steadyEntry, steady, 12, steadyTarget, plenty);

		var changes = progress.lightChanges(year).orElseThrow();
		assertThat(changes.previousPeriod()).isEqualTo(11);
		assertThat(changes.latestPeriod()).isEqualTo(12);
		assertThat(changes.changes()).singleElement().satisfies(c -> {
			assertThat(c.commitmentId()).isEqualTo(rising.id());
			assertThat(c.before().light()).isEqualTo(Light.RED);
			assertThat(c.after().light()).isEqualTo(Light.GREEN);
		});

		// The share on track counts the targets the lights judge, as the progress board judges them.
		Map<Long, CommitmentProgress> lights = progress.ofYear(year);
		List<TargetProgress> targets = lights.values().stream().flatMap(p -> p.targets().stream()).toList();
		long green = targets.stream().filter(t -> t.light().light() == Light.GREEN).count();
		long judged = targets.stream().filter(t -> t.light().light() != Light.NONE).count();
		assertThat(green).isGreaterThanOrEqualTo(2);
		String share = Math.round(100.0 * green / judged) + "%";

		mvc.perform(get("/years/2022"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p class=\"big\">" + share + "</p>")))
			.andExpect(content().string(containsString("已有进展灯的" + judged + "个指标中" + green + "个为绿灯（共" + targets.size() + "个指标）")))
			.andExpect(content().string(containsString("从第11期到第12期，1项承诺的进展灯发生了变化。")))
			.andExpect(content().string(containsString(risingEntry.displayName() + " 第" + rising.no() + "项：" + rising.title())))
			.andExpect(content().string(not(containsString(steadyEntry.displayName() + " 第" + steady.no() + "项：" + steady.title()))))
			.andExpect(content().string(containsString("class=\"light-bar\"")))
			.andExpect(content().string(containsString("class=\"seg seg-GREEN\"")))
			.andExpect(content().string(containsString("data-label=\"绿灯\"")));
		mvc.perform(get("/api/v1/years/2022"))
			.andExpect(jsonPath("$.onTrack.green").value(green))
			.andExpect(jsonPath("$.onTrack.judged").value(judged))
			.andExpect(jsonPath("$.changes.rows", hasSize(1)))
			.andExpect(jsonPath("$.changes.rows[0].no").value(rising.no()))
			.andExpect(jsonPath("$.changes.rows[0].after.light").value("GREEN"));
		mvc.perform(get("/years/2022/categories/{c}", risingEntry.category()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"dept-card\"")))
			.andExpect(content().string(containsString("评定难度系数 ")));

		// The target's bar and chart: 3000万 against its target, ticks written by the tables' formatter.
		String target = risingTarget.definition().value().stripTrailingZeros().toPlainString();
		mvc.perform(get("/years/2022/departments/{n}/commitments/{no}", risingEntry.displayName(), rising.no()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"target-bar\"")))
			.andExpect(content().string(containsString("最新 3000万")))
			.andExpect(content().string(containsString("data-target=\"" + target + "\"")))
			.andExpect(content().string(containsString("data-labels=\"1,2,3,4,5,6,7,8,9,10,11,12\"")))
			.andExpect(content().string(containsString("data-values=\",,,,,,,,,,1,30000000\"")))
			.andExpect(content().string(containsString("3000万")))
			.andExpect(content().string(containsString("|3000万")))
			.andExpect(content().string(not(containsString("30,000,000"))));
		mvc.perform(get("/years/2022/departments/{n}/commitments/{no}", risingEntry.displayName(), rising.no())
			.param("lang", "en"))
			.andExpect(content().string(containsString("|30,000,000")))
			.andExpect(content().string(containsString("Latest 30,000,000")));
		mvc.perform(get("/years/2022/departments/{n}", risingEntry.displayName()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"dept-card\"")))
			.andExpect(content().string(containsString("class=\"target-bar\"")));
	}

	private DepartmentEntry entryOf(PlanYear year, Commitment c) {
		return catalogue.entries(year.id())
			.stream()
			.filter(e -> e.commitments().stream().anyMatch(o -> o.id() == c.id()))
			.findFirst()
			.orElseThrow();
	}

}
