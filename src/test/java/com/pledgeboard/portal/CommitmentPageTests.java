package com.pledgeboard.portal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.web.util.UriUtils;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The category and commitment pages of the portal and their JSON twins: stable addresses, the way from
 * year to category to department to commitment, and a commitment's approved reports through the year.
 * Its own context, since it stores reports.
 */
@SpringBootTest(properties = "pledgeboard.test.context=commitment-page")
@AutoConfigureMockMvc
class CommitmentPageTests extends WholeApplication {

	@Test
	void shouldListACategorysDepartmentsWithTheirLightsOnAPageOfItsOwn() throws Exception {
		DepartmentEntry entry = seedEntry();
		mvc.perform(get("/years/2022"))
			.andExpect(content().string(containsString("/years/2022/categories/")));
		mvc.perform(get("/years/2022/categories/{c}", entry.category()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>" + entry.category() + " · 湖州市2022年度</h1>")))
			.andExpect(content().string(containsString(entry.displayName())))
			.andExpect(content().string(not(containsString("按最终名次排列"))));
		mvc.perform(get("/api/v1/years/2022/categories/{c}", entry.category()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(entry.category()))
			.andExpect(jsonPath("$.departments[?(@.name == '" + entry.displayName() + "')].commitmentCount")
				.value(entry.commitments().size()))
			.andExpect(jsonPath("$.departments[0].standing").doesNotExist());
		mvc.perform(get("/years/2022/categories/{c}", "没有这个类别")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/years/2022"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("PUBLISHED"))
			.andExpect(jsonPath("$.ranked").value(false))
			.andExpect(jsonPath("$.departmentCount").value(16))
			.andExpect(jsonPath("$.commitmentCount").value(seedCommitments()))
			.andExpect(jsonPath("$.categories[0].lights.red").isNumber());
	}

	@Test
	void shouldShowACommitmentWithItsApprovedReportsAndReadingsOverTime() throws Exception {
		DepartmentEntry entry = seedEntry();
		Commitment commitment = entry.commitments().get(0);
		Target target = commitment.targets().stream()
			.filter(t -> t.definition().kind() == TargetKind.QUANTITY)
			.findFirst()
			.orElseThrow();
		PlanYear year = catalogue.findPlanYear("330500", 2022).orElseThrow();
		long reporter = ((SignedInUser) users
			.user("page-reporter", Role.REPORTER, entry.name())).id();
		report(commitment, reporter, 1, "APPROVED", "第一期已完成一部分。", target, "12");
		report(commitment, reporter, 2, "APPROVED", "第二期进展顺利。", target, "30.5");
		report(commitment, reporter, 3, "SUBMITTED", "尚未审核的内容不公开。", target, "99");

		String page = "/years/2022/departments/{n}/commitments/{no}";
		mvc.perform(get("/years/2022/departments/{n}", entry.displayName()))
			.andExpect(content().string(containsString("/years/2022/departments/" + UriUtils.encodePathSegment(entry.displayName(), StandardCharsets.UTF_8)
					+ "/commitments/" + commitment.no())));
		mvc.perform(get(page, entry.displayName(), commitment.no()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>" + commitment.title() + "</h1>")))
			.andExpect(content().string(containsString("第一期已完成一部分。")))
			.andExpect(content().string(containsString("第二期进展顺利。")))
			.andExpect(content().string(containsString("30.5")))
			.andExpect(content().string(not(containsString("尚未审核的内容不公开。"))))
			.andExpect(content().string(matchesPattern("(?s).*<td>\\d{4}年\\d{1,2}月\\d{1,2}日</td>.*")))
			.andExpect(content().string(containsString("rel=\"next\"")))
			.andExpect(content().string(not(containsString("rel=\"prev\""))));
		mvc.perform(get("/api/v1" + page, entry.displayName(), commitment.no()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.no").value(commitment.no()))
			.andExpect(jsonPath("$.reports", hasSize(2)))
			.andExpect(jsonPath("$.reports[1].narrative").value("第二期进展顺利。"))
			.andExpect(jsonPath("$.progress[?(@.targetId == " + target.id() + ")].series[1].value").value(30.5))
			.andExpect(jsonPath("$.light.text").isNotEmpty())
			.andExpect(jsonPath("$.targets[0].status").exists());
		mvc.perform(get(page, entry.displayName(), 999)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/years/2022/calibration")).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").isArray());
		mvc.perform(get("/api/v1/years/2022/scores/{n}", entry.displayName())).andExpect(status().isNotFound());
	}

	private int seedCommitments() {
		return catalogue.entries(catalogue.findPlanYear("330500", 2022).orElseThrow().id())
			.stream()
			.mapToInt(e -> e.commitments().size())
			.sum();
	}

	/** A seed department whose first commitment has a quantity target. */
	private DepartmentEntry seedEntry() {
		PlanYear year = catalogue.findPlanYear("330500", 2022).orElseThrow();
		return catalogue.entries(year.id())
			.stream()
			.filter(e -> e.commitments().size() > 1 && e.commitments().get(0).targets().stream()
				.anyMatch(t -> t.definition().kind() == TargetKind.QUANTITY))
			.findFirst()
			.orElseThrow();
	}

	private void report(Commitment c, long user, int period, String state, String narrative, Target target, String value) {
		boolean approved = state.equals("APPROVED");
		jdbc.sql("""
				insert into progress_report (commitment_id, period_seq, version, state, narrative, filed_by, filed_at,
				  submitted_at, decided_by, decided_at) values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), period, state, narrative, user, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()),
					approved ? user : null, approved ? Timestamp.from(Instant.now()) : null)
			.update();
		long id = jdbc.sql("select max(id) from progress_report").query(Long.class).single();
		jdbc.sql("insert into progress_reading (report_id, target_id, actual_value) values (?, ?, ?)")
			.params(id, target.id(), new BigDecimal(value))
			.update();
	}

}
