package com.pledgeboard.journey;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.support.ApprovedReports;
import com.pledgeboard.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages with progress to show, in a real browser at 1280 and 390 px: the year at a glance,
 * a category's cards, a department, a commitment whose reading (30,000,000) dwarfs its target, and the
 * calibration chart. No page scrolls sideways, no chart's label runs out of its chart or onto another,
 * the value axis reads 万 as the tables do, and axe finds no serious or critical violation. Its own
 * context, since it stores reports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "pledgeboard.test.context=dashboard-journey")
class DashboardJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void shouldDrawTheDashboardsAndChartsWithinAPhonesWidth() {
		PlanYear year = catalogue.findPlanYear("330500", 2022).orElseThrow();
		ApprovedReports reports = new ApprovedReports(jdbc, catalogue, accounts, userDetails);
		List<Commitment> measurable = reports.withQuantityTargets(year);
		Commitment big = measurable.get(0);
		Target target = ApprovedReports.quantityTarget(big);
		DepartmentEntry entry = catalogue.entries(year.id())
			.stream()
			.filter(e -> e.commitments().contains(big))
			.findFirst()
			.orElseThrow();
		for (int period = 9; period <= 12; period++) {
			reports.approve(entry, big, period, target, new BigDecimal(period == 12 ? "30000000" : "1"));
		}
		for (Commitment other : measurable.subList(1, Math.min(6, measurable.size()))) {
			DepartmentEntry of = catalogue.entries(year.id())
				.stream()
				.filter(e -> e.commitments().contains(other))
				.findFirst()
				.orElseThrow();
			Target t = ApprovedReports.quantityTarget(other);
			reports.approve(of, other, 11, t, t.definition().value());
			reports.approve(of, other, 12, t, t.definition().value().multiply(new BigDecimal("0.9")));
		}
		String department = "/years/2022/departments/" + URLEncoder.encode(entry.displayName(), StandardCharsets.UTF_8);
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("year", "/years/2022");
		pages.put("category", "/years/2022/categories/" + URLEncoder.encode(entry.category(), StandardCharsets.UTF_8));
		pages.put("department", department);
		pages.put("commitment", department + "/commitments/" + big.no());
		pages.put("commitment-en", department + "/commitments/" + big.no() + "?lang=en");
		pages.put("calibration", "/years/2022/calibration");
		Map<String, Map<Integer, List<String>>> badlyLaidOut = new LinkedHashMap<>();
		try (Browser browser = Browser.start("dashboard")) {
			WebDriver web = browser.driver();
			for (var page : pages.entrySet()) {
				web.get("http://localhost:" + port + page.getValue());
				badlyLaidOut.put(page.getKey(), browser.inspect(page.getKey(), page.getValue()));
			}
			badlyLaidOut.values().removeIf(Map::isEmpty);
			assertThat(badlyLaidOut).as("pages that scroll sideways or whose charts' labels run out or overlap, by width")
				.isEmpty();
			web.get("http://localhost:" + port + department + "/commitments/" + big.no() + "?lang=zh-CN");
			assertThat(web.findElements(By.cssSelector(".progress-chart[data-rendered]"))).isNotEmpty();
			assertThat(browser.chartLabels()).as("the value axis in 万, never a clipped 0,000").contains("3000万")
				.noneMatch(l -> l.contains("0,000"));
			assertThat(web.findElements(By.cssSelector(".target-bar svg.bar"))).isNotEmpty();
			web.get("http://localhost:" + port + "/years/2022");
			assertThat(web.findElement(By.id("changes")).getText()).contains(big.title());
		}
	}

}
