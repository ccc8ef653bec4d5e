package com.pledgeboard.difficulty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.CatalogueEditing;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.difficulty.rules.DifficultyAgainstAttainment;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two closed years of the seed's table in a region of their own, every department given an assessed
 * coefficient from 1.00 up and final readings that attain fewer of its targets the higher it is: the
 * correlation comes out negative, as computed here from the frozen scores by the textbook formula, and
 * the office's and the public calibration pages show it for the year and for both years together; an open
 * year shows none of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalibrationAgainstAttainmentTests extends WholeApplication {

	/** A region of its own, so that its closed and open years are no other test's newest. */
	static final String REGION = "990017";

	static final int FIRST = 2067;

	static final int SECOND = 2068;

	@Autowired
	CatalogueEditing editing;

	@Autowired
	Difficulty difficulty;

	UserDetails office;

	long first;

	long second;

	/** What this test meant each department-year to attain: coefficient and (attained, set) per entry. */
	final Map<Long, double[]> intended = new HashMap<>();

	@BeforeAll
	void twoClosedYears() {
		office = users.user("cal-office", Role.ADMIN, null);
		jdbc.sql("insert into region (code, name) values (?, ?)").params(REGION, "校准测试市").update();
		first = closedYear(FIRST, 0);
		second = closedYear(SECOND, 3);
	}

	private long closedYear(int year, int shift) {
		long id = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "cal" + year + ".txt", REGION,
				year, PlanYearState.PUBLISHED, true).planYearId();
		List<DepartmentEntry> entries = catalogue.entries(id);
		for (int i = 0; i < entries.size(); i++) {
			DepartmentEntry e = entries.get(i);
			BigDecimal coefficient = BigDecimal.valueOf(100 + 5 * ((i + shift) % entries.size()), 2);
			jdbc.sql("update department_entry set assessed_coefficient = ? where id = ?").params(coefficient, e.id()).update();
			int attained = 0;
			int set = 0;
			int j = 0;
			for (Commitment c : e.commitments()) {
				for (Target t : c.targets()) {
					ExtractedTarget d = t.definition();
					if ((d.kind() != TargetKind.QUANTITY && d.kind() != TargetKind.PERCENT) || d.isBaseline()
							|| !(d.op() == Op.GE || d.op() == Op.EQ) || d.value().signum() <= 0) {
						continue;
					}
					// the harder (higher coefficient), the fewer attained
					boolean attain = (j++ * 7 + 3) % 16 >= (i + shift) % entries.size();
					BigDecimal reading = attain ? d.value() : d.value().divide(BigDecimal.valueOf(2));
					jdbc.sql("insert into final_reading (plan_year_id, target_id, reading_value) values (?, ?, ?)")
						.params(id, t.id(), reading).update();
					attained += attain ? 1 : 0;
					set++;
				}
			}
			intended.put(e.id(), new double[] { coefficient.doubleValue(), attained, set });
		}
		as(office, () -> {
			editing.transition(id, PlanYearState.ASSESSING, "年终考评", true, "测试：越过缺口");
			editing.transition(id, PlanYearState.CLOSED, "考评结束", true, "测试：越过缺口");
		});
		return id;
	}

	private static void as(UserDetails u, Runnable action) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Pearson's r by the textbook formula. */
	private static double pearson(List<double[]> xy) {
		double n = xy.size();
		double mx = xy.stream().mapToDouble(p -> p[0]).sum() / n;
		double my = xy.stream().mapToDouble(p -> p[1]).sum() / n;
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (double[] p : xy) {
			sxy += (p[0] - mx) * (p[1] - my);
			sxx += (p[0] - mx) * (p[0] - mx);
			syy += (p[1] - my) * (p[1] - my);
		}
		return sxy / Math.sqrt(sxx * syy);
	}

	@Test
	void shouldCorrelateTheCoefficientWithTheShareTheFrozenScoresAttained() {
		AttainmentCalibration a = difficulty.againstAttainment(first).orElseThrow();
		DifficultyAgainstAttainment.Group overall = a.year().overall();
		assertThat(overall.count()).isEqualTo(16);
		List<double[]> xy = new ArrayList<>();
		for (DifficultyAgainstAttainment.Point p : overall.points()) {
			double[] meant = intended.get(p.entryId());
			assertThat(p.coefficient().doubleValue()).isEqualTo(meant[0]);
			// every target without a reading is scored too, and not attained
			assertThat(p.attained()).as(p.department()).isEqualTo((int) meant[1]);
			xy.add(new double[] { meant[0], meant[1] / p.targets() });
		}
		assertThat(overall.r()).isCloseTo(pearson(xy), within(1e-9)).isNegative();
		assertThat(overall.low()).isLessThan(overall.r());
		assertThat(overall.high()).isGreaterThan(overall.r());
		assertThat(overall.slope()).isNegative();
		assertThat(overall.furthest()).hasSize(3);
		assertThat(a.year().categories()).extracting(DifficultyAgainstAttainment.Group::category)
			.containsExactly("社会发展类", "政法执法类");
		assertThat(a.acrossYears()).isNull();
		assertThat(a.years()).containsExactly(FIRST);
	}

	@Test
	void shouldPoolTheClosedYearsUpToTheYear() {
		AttainmentCalibration a = difficulty.againstAttainment(second).orElseThrow();
		assertThat(a.years()).containsExactly(FIRST, SECOND);
		assertThat(a.acrossYears().overall().count()).isEqualTo(32);
		assertThat(a.acrossYears().overall().points()).extracting(DifficultyAgainstAttainment.Point::year)
			.containsOnly(FIRST, SECOND);
	}

	@Test
	void shouldShowItOnTheOfficesAndThePublicPages() throws Exception {
		String admin = mvc.perform(get("/admin/years/{id}/difficulty/calibration", second).with(user(office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(admin).contains("难度系数与目标完成情况").contains("历年合并（2067、2068年）").contains("calibration-attainment-points");
		String portal = mvc.perform(get("/years/{y}/calibration", FIRST).param("region", REGION).param("lang", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(portal).contains("Difficulty against attainment").contains("Pearson")
			.contains(String.format("%.2f", difficulty.againstAttainment(first).orElseThrow().year().overall().r()))
			.doesNotContain("All closed years together (");
	}

	@Test
	void shouldSayNothingOfAYearNotClosed() {
		long open = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "cal-open.txt", REGION, 2069,
				PlanYearState.PUBLISHED, true).planYearId();
		assertThat(difficulty.againstAttainment(open)).isEmpty();
	}

}
