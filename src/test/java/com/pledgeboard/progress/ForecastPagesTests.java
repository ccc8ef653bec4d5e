package com.pledgeboard.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.progress.rules.Measure;
import com.pledgeboard.support.WholeApplication;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forecast where people read it: six approved monthly readings of three running totals of one
 * department, read mid-year; one a quarter of the way to its target (far short), one at 90% of its pace
 * (a little short), one ahead. The commitment pages say where each is expected to end; the office's list
 * holds the two that miss, the farther first, as a page and as CSV; nobody but the office reads the list.
 */
@SpringBootTest(properties = { "spring.mail.host=localhost", "spring.mail.port=" + ProgressTestSupport.MAIL_PORT,
		"pledgeboard.progress.reminders.cron=-" })
@AutoConfigureMockMvc
@Import(ProgressTestSupport.ClockConfig.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForecastPagesTests extends WholeApplication {

	static final int YEAR = 2059;

	/** 30 June 2059 is day 181 of 365: the share of the year the sixth monthly reading stands on. */
	static final double MID_YEAR = 181.0 / 365;

	@Autowired
	ProgressReporting reporting;

	@Autowired
	ProgressBoard board;

	@Autowired
	ProgressTestSupport.TestClock clock;

	long yearId;

	/** The three running totals: far short, a little short, ahead. */
	final List<Target> targets = new ArrayList<>();

	final List<Commitment> commitments = new ArrayList<>();

	final List<String> departments = new ArrayList<>();

	@BeforeAll
	void sixMonthsOfReadings() {
		yearId = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "f.txt", "330500", YEAR,
				PlanYearState.PUBLISHED, false).planYearId();
		clock.set(LocalDateTime.of(YEAR, 7, 15, 9, 0));
		// running totals to reach, one per commitment, of departments that have one
		for (var entry : catalogue.entries(yearId)) {
			for (Commitment c : entry.commitments()) {
				var runningTotal = CommitmentPlace.promises(c).stream().filter(t -> {
					ExtractedTarget d = t.definition();
					return d.kind() == TargetKind.QUANTITY && Measure.of(d.kind(), d.metric(), d.unit()) == Measure.CUMULATIVE
							&& (d.op() == Op.GE || d.op() == Op.EQ) && d.value().compareTo(BigDecimal.valueOf(200)) >= 0;
				}).findFirst();
				if (runningTotal.isPresent() && targets.size() < 3) {
					targets.add(runningTotal.get());
					commitments.add(c);
					departments.add(entry.name());
				}
			}
		}
		assertThat(targets).hasSize(3);
		users.user("f-reporter", Role.REPORTER, ProgressSecurityTests.OWN);
		users.user("f-approver", Role.APPROVER, ProgressSecurityTests.OWN);
		double[] paces = { 0.25, 0.9, 1.3 };
		for (int month = 1; month <= 6; month++) {
			double share = java.time.LocalDate.of(YEAR, month, 1).withDayOfMonth(java.time.LocalDate.of(YEAR, month, 1).lengthOfMonth())
				.getDayOfYear() / 365.0;
			for (int i = 0; i < 3; i++) {
				Commitment c = commitments.get(i);
				Map<Long, String> values = new HashMap<>(ProgressSecurityTests.values(c));
				values.put(targets.get(i).id(), reading(targets.get(i), paces[i] * share));
				int period = month;
				UserDetails reporter = users.user("f-reporter-" + i, Role.REPORTER, departments.get(i));
				UserDetails approver = users.user("f-approver-" + i, Role.APPROVER, departments.get(i));
				ProgressTestSupport.as(reporter, () -> {
					long report = reporting.file(c.id(), period, values, "第" + period + "期进展");
					reporting.submit(report);
					ProgressTestSupport.as(approver, () -> reporting.approve(report, ""));
				});
			}
		}
		users.user("f-office", Role.ADMIN, null);
		users.user("f-rater", Role.RATER, null);
		users.user("f-reporter-other", Role.REPORTER, ProgressSecurityTests.OTHER);
	}

	@BeforeEach
	void midYear() {
		clock.set(LocalDateTime.of(YEAR, 7, 15, 9, 0));
	}

	/** The target's value times a share, a whole number (counts are), as a department would type it. */
	private static String reading(Target t, double share) {
		return t.definition().value().multiply(BigDecimal.valueOf(share)).setScale(0, RoundingMode.HALF_UP).toPlainString();
	}

	private TargetProgress progressOf(int i) {
		PlanYear year = catalogue.planYear(yearId).orElseThrow();
		return board.ofYear(year).get(commitments.get(i).id()).targets().stream()
			.filter(t -> t.targetId() == targets.get(i).id()).findFirst().orElseThrow();
	}

	@Test
	void shouldProjectEachRunningTotalAtItsPaceSoFar() {
		double[] paces = { 0.25, 0.9, 1.3 };
		for (int i = 0; i < 3; i++) {
			TargetProgress t = progressOf(i);
			double value = targets.get(i).definition().value().doubleValue();
			double sixth = Double.parseDouble(reading(targets.get(i), paces[i] * MID_YEAR));
			assertThat(t.yearEnd()).as("target %d", i).isNotNull();
			// pace = total ÷ share elapsed; the year ends at that pace
			assertThat(t.yearEnd().value().doubleValue()).isCloseTo(sixth / MID_YEAR, within(0.02 + value * 1e-3));
			assertThat(t.yearEnd().low()).isLessThanOrEqualTo(t.yearEnd().value());
			assertThat(t.yearEnd().high()).isGreaterThanOrEqualTo(t.yearEnd().value());
			assertThat(t.yearEnd().attains()).isEqualTo(paces[i] >= 1);
			assertThat(t.yearEnd().readings()).isEqualTo(6);
		}
	}

	@Test
	void shouldSayWhereTheYearWillEndOnBothCommitmentPages() throws Exception {
		Commitment far = commitments.get(0);
		String portal = mvc.perform(get("/years/{y}/departments/{d}/commitments/{no}", YEAR, departments.get(0), far.no()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(portal).contains("按当前进度预计年底达到").contains("完不成目标").contains("forecast-misses");
		String english = mvc.perform(get("/years/{y}/departments/{d}/commitments/{no}", YEAR, departments.get(2), commitments.get(2).no())
			.param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(english).contains("At the current pace, expected to reach").contains("the target will be met");
		String office = mvc.perform(get("/admin/progress/commitments/{id}", far.id()).with(user(userDetails.loadUserByUsername("f-office"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(office).contains("年底预计").contains("按当前进度预计年底达到");
	}

	@Test
	void shouldListTheMissesFarthestFirstForTheOffice() throws Exception {
		String page = mvc.perform(get("/admin/progress/years/{id}/forecast", yearId).with(user(userDetails.loadUserByUsername("f-office"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String far = progressOf(0).description();
		String near = progressOf(1).description();
		assertThat(page).contains(far).contains(near).doesNotContain(progressOf(2).description());
		assertThat(page.indexOf(far)).isLessThan(page.indexOf(near));
		assertThat(page).contains("区间内均完不成");

		byte[] csv = mvc.perform(get("/admin/progress/years/{id}/forecast.csv", yearId).with(user(userDetails.loadUserByUsername("f-office"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(csv[0]).isEqualTo((byte) 0xEF);
		List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new java.io.StringReader(new String(csv, 3, csv.length - 3,
				StandardCharsets.UTF_8))).getRecords();
		// the other targets of these commitments were typed "1" every month: they miss too, and are listed
		assertThat(rows.get(0).values()).startsWith("部门", "序号", "承诺事项", "目标", "预计年底值");
		List<String> listed = rows.stream().skip(1).map(r -> r.get(3)).toList();
		assertThat(listed).contains(far, near).doesNotContain(progressOf(2).description());
		CSVRecord farRow = rows.get(listed.indexOf(far) + 1);
		CSVRecord nearRow = rows.get(listed.indexOf(near) + 1);
		assertThat(listed.indexOf(far)).isLessThan(listed.indexOf(near));
		assertThat(Double.parseDouble(farRow.get(7))).isCloseTo(75, within(1.0));
		assertThat(farRow.get(8)).isEqualTo("true");
		assertThat(farRow.get(9)).isEqualTo("6");
		assertThat(Double.parseDouble(nearRow.get(7))).isCloseTo(10, within(1.0));
		List<Double> shortfalls = rows.stream().skip(1).map(r -> Double.parseDouble(r.get(7))).toList();
		assertThat(shortfalls).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@ParameterizedTest
	@ValueSource(strings = { "f-reporter", "f-approver", "f-rater", "f-reporter-other" })
	void shouldRefuseTheListToAnyoneButTheOffice(String who) throws Exception {
		UserDetails u = userDetails.loadUserByUsername(who);
		mvc.perform(get("/admin/progress/years/{id}/forecast", yearId).with(user(u))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/progress/years/{id}/forecast.csv", yearId).with(user(u))).andExpect(status().isForbidden());
	}

	@Test
	void shouldSendTheAnonymousToSignIn() throws Exception {
		mvc.perform(get("/admin/progress/years/{id}/forecast", yearId)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/admin/progress/years/{id}/forecast.csv", yearId)).andExpect(status().is3xxRedirection());
	}

	@Test
	void shouldAnswerNotFoundForAYearThatIsNot() throws Exception {
		mvc.perform(get("/admin/progress/years/{id}/forecast", 987654321L).with(user(userDetails.loadUserByUsername("f-office"))))
			.andExpect(status().isNotFound());
	}

}
