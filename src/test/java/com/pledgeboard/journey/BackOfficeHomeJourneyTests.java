package com.pledgeboard.journey;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.CatalogueEditing;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.ingest.TableImporter;
import com.pledgeboard.progress.ProgressReporting;
import com.pledgeboard.support.Browser;
import com.pledgeboard.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back-office home of every role, in a real browser, with something waiting for each: a report
 * returned to the reporter, one waiting for the approver, a rating open for the committee member, and
 * the seed year's overdue reports for the office. Each is checked by axe-core for WCAG 2.1 AA and kept
 * as a screenshot at desktop and phone widths; the office's also in English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackOfficeHomeJourneyTests {

	private static final String DEPARTMENT = "市医保局";

	/** December of the seed's 2022: long begun, so open to reports, whatever day the test runs. */
	private static final int PERIOD = 12;

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Catalogue catalogue;

	@Autowired
	CatalogueEditing editing;

	@Autowired
	TableImporter importer;

	@Autowired
	ProgressReporting reporting;

	@Test
	void shouldShowEachRoleWhatWaitsForItAndPassAxe() {
		TestUsers users = new TestUsers(accounts, userDetails, catalogue);
		UserDetails reporter = users.user("home-journey-reporter", Role.REPORTER, DEPARTMENT);
		UserDetails approver = users.user("home-journey-approver", Role.APPROVER, DEPARTMENT);
		UserDetails office = users.user("home-journey-office", Role.ADMIN, null);
		users.user("home-journey-rater", Role.RATER, null);
		PlanYear seed = catalogue.findPlanYear("330500", 2022).orElseThrow();
		var commitments = catalogue.entries(seed.id()).stream().filter(e -> DEPARTMENT.equals(e.name())).findFirst()
			.orElseThrow().commitments();
		Commitment toReturn = commitments.get(0);
		Commitment toApprove = commitments.get(1);
		long returned = as(reporter, () -> reporting.file(toReturn.id(), PERIOD, readings(toReturn), "按计划推进"));
		act(reporter, () -> reporting.submit(returned));
		act(approver, () -> reporting.sendBack(returned, "请补充年度数据的佐证材料"));
		long waiting = as(reporter, () -> reporting.file(toApprove.id(), PERIOD, readings(toApprove), "已完成"));
		act(reporter, () -> reporting.submit(waiting));
		long rating = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "home-rating.txt",
				"330500", 2077, PlanYearState.DRAFT, false).planYearId();
		act(office, () -> editing.transition(rating, PlanYearState.RATING, "进入难度评定", true, "测试年度：越过未补齐的事项"));

		String base = "http://localhost:" + port;
		try (Browser browser = Browser.start("back-office-home")) {
			WebDriver web = browser.driver();
			check(browser, base, "home-journey-reporter", "请补充年度数据的佐证材料");
			browser.signOut();
			check(browser, base, "home-journey-approver", toApprove.title());
			browser.signOut();
			check(browser, base, "home-journey-rater", "2077年度 · 难度评定");
			browser.signOut();
			check(browser, base, "home-journey-office", "2022年度 · 红灯事项");
			web.get(base + "/admin?lang=en");
			assertThat(Browser.awaitText(web, By.tagName("main"), "commitments with a red light")).contains("Plan years");
			browser.screenshot("home-journey-office-en");
			browser.assertAccessible("/admin?lang=en");
			web.get(base + "/admin?lang=zh-CN");
		}
	}

	/** Signs in, finds what waits on the home, checks the page and keeps it. */
	private static void check(Browser browser, String base, String username, String expected) {
		browser.signIn(base, username);
		assertThat(Browser.awaitText(browser.driver(), By.tagName("main"), expected)).contains(expected);
		browser.screenshot(username);
		browser.assertAccessible("/admin as " + username);
	}

	/** A plausible reading of every promise target. */
	private static Map<Long, String> readings(Commitment c) {
		return c.targets().stream().filter(t -> !t.definition().isBaseline()).collect(Collectors.toMap(t -> t.id(),
				t -> switch (t.definition().kind().name()) {
					case "DEADLINE" -> "";
					case "RANK" -> "3";
					default -> "1";
				}));
	}

	private static <T> T as(UserDetails user, Supplier<T> action) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void act(UserDetails user, Runnable action) {
		as(user, () -> {
			action.run();
			return null;
		});
	}

}
