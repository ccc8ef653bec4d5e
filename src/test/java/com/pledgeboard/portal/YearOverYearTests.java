package com.pledgeboard.portal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.CatalogueEditing;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.extraction.ChineseNumbers;
import com.pledgeboard.extraction.TargetDescriptions;
import com.pledgeboard.scoring.Scoring;
import com.pledgeboard.scoring.engine.DepartmentResult;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A department year over year, with a fixture of two plan years: 2095, the seed table, closed with
 * final readings that leave 城市书房 short of its 12 and 文旅驿站 at its 15; and 2096, the same table with
 * 城市书房20家、文旅驿站18家 and a new 非遗传习馆 in place of 乡村博物馆. The 2096 page of the department shows
 * its 2095 commitments, each target beside the 2095 one of the same metric with what the frozen
 * scores say of it, and 城市书房 as promised again after being missed; the new target matches nothing.
 * Its own context, since it closes a year and publishes a later one than the portal tests expect.
 */
@SpringBootTest(properties = "pledgeboard.test.context=year-over-year")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearOverYearTests extends WholeApplication {

	private static final String DEPARTMENT = "市文化广电旅游局";

	private static final int BEFORE = 2095;

	private static final int NOW = 2096;

	@Autowired
	CatalogueEditing editing;

	@Autowired
	Scoring scoring;

	BigDecimal booksAttainment;

	@BeforeAll
	void twoPlanYears() {
		byte[] seed = TestResources.bytes("ingest/000_d450a7bd56f78988.txt");
		long before = importer.importTable(seed, "yoy-2095.txt", "330500", BEFORE, PlanYearState.ASSESSING, false)
			.planYearId();
		String next = new String(seed, StandardCharsets.UTF_8).replace("城市书房12家、文旅驿站15家、乡村博物馆80家",
				"城市书房20家、文旅驿站18家、非遗传习馆80家");
		assertThat(next).contains("非遗传习馆80家");
		importer.importTable(next.getBytes(StandardCharsets.UTF_8), "yoy-2096.txt", "330500", NOW,
				PlanYearState.PUBLISHED, false);

		DepartmentEntry entry = catalogue.entry(before, DEPARTMENT).orElseThrow();
		Commitment libraries = entry.commitments().stream().filter(c -> c.description().contains("城市书房")).findFirst()
			.orElseThrow();
		finalReading(before, target(libraries, "城市书房"), "9");
		finalReading(before, target(libraries, "文旅驿站"), "15");

		UserDetails office = users.user("yoy-office", Role.ADMIN, null);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(office, null, office.getAuthorities()));
		try {
			editing.transition(before, PlanYearState.CLOSED, "考评结束", true, "测试年度：越过未补齐的事项");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		DepartmentResult frozen = scoring.published(before).orElseThrow().result().department(entry.id()).orElseThrow();
		booksAttainment = frozen.commitments().stream().flatMap(c -> c.targets().stream())
			.filter(t -> t.targetId() == target(libraries, "城市书房")).findFirst().orElseThrow().attainment();
		assertThat(booksAttainment).isLessThan(BigDecimal.ONE);
	}

	private static long target(Commitment c, String metric) {
		return c.targets().stream().filter(t -> t.definition().metric() != null && t.definition().metric().contains(metric))
			.map(Target::id).findFirst().orElseThrow();
	}

	private void finalReading(long planYearId, long targetId, String value) {
		jdbc.sql("""
				insert into final_reading (plan_year_id, target_id, reading_value, recorded_by, reason)
				values (?, ?, ?, 'test', '年终核定')""")
			.params(planYearId, targetId, new BigDecimal(value))
			.update();
	}

	/** The page with the white space between tags taken out, so that a row reads as one string. */
	private String page(String lang) throws Exception {
		var request = get("/years/{y}/departments/{name}", NOW, DEPARTMENT);
		if (lang != null) {
			request.param("lang", lang);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8).replaceAll(">\\s+<", "><");
	}

	private Commitment libraries(int year) {
		return catalogue.entry(catalogue.findPlanYear("330500", year).orElseThrow().id(), DEPARTMENT).orElseThrow()
			.commitments().stream().filter(c -> c.description().contains("城市书房")).findFirst().orElseThrow();
	}

	private String described(int year, String metric) {
		Commitment c = libraries(year);
		long id = target(c, metric);
		return "第" + c.no() + "项：" + TargetDescriptions.describe(
				c.targets().stream().filter(t -> t.id() == id).findFirst().orElseThrow().definition());
	}

	private String percent() {
		return ChineseNumbers.format(booksAttainment.movePointRight(2).stripTrailingZeros());
	}

	@Test
	void shouldMatchTheSameMetricAcrossYearsWithTheFinalResultOfTheEarlierYear() throws Exception {
		String page = page(null);
		assertThat(page).contains("<tr><td>" + described(NOW, "城市书房") + "</td><td>" + BEFORE + "</td><td>"
				+ described(BEFORE, "城市书房") + "</td><td class=\"missed\">未完成（完成度" + percent() + "%）</td></tr>");
		assertThat(page).contains("<tr><td>" + described(NOW, "文旅驿站") + "</td><td>" + BEFORE + "</td><td>"
				+ described(BEFORE, "文旅驿站") + "</td><td>已完成（完成度");
		assertThat(described(NOW, "非遗传习馆")).contains("非遗传习馆");
		assertThat(page).doesNotContain("<tr><td>" + described(NOW, "非遗传习馆") + "</td>");
	}

	@Test
	void shouldSayWhatIsPromisedAgainAfterBeingMissed() throws Exception {
		String page = page(null);
		String again = page.substring(page.indexOf("<ul class=\"promised-again\">"));
		again = again.substring(0, again.indexOf("</ul>"));
		Commitment now = libraries(NOW);
		assertThat(again).contains("<li>本年度第" + now.no() + "项“" + described(NOW, "城市书房").replaceFirst("^第\\d+项：", "")
				+ "”：" + BEFORE + "年度曾承诺“" + described(BEFORE, "城市书房").replaceFirst("^第\\d+项：", "")
				+ "”，年终完成度" + percent() + "%，未完成</li>");
		assertThat(again).doesNotContain("文旅驿站");
	}

	@Test
	void shouldListTheEarlierYearsCommitmentsWithLinks() throws Exception {
		String page = page(null);
		String earlier = page.substring(page.indexOf("<h3>" + BEFORE + "年度承诺事项</h3>"));
		earlier = earlier.substring(0, earlier.indexOf("</ol>"));
		for (Commitment c : catalogue.entry(catalogue.findPlanYear("330500", BEFORE).orElseThrow().id(), DEPARTMENT)
			.orElseThrow().commitments()) {
			assertThat(earlier).contains("/years/" + BEFORE + "/departments/").contains(">" + c.title() + "</a>");
		}
	}

	@Test
	void shouldSpeakEnglishToo() throws Exception {
		String page = page("en");
		assertThat(page).contains(">Year over year</h2>").contains(">Promised again after being missed</h3>")
			.contains("<h3>Commitments of " + BEFORE + "</h3>")
			.contains("<td class=\"missed\">Not attained (");
	}

}
