package com.pledgeboard.difficulty;

import java.math.BigDecimal;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.ingest.TableImporter;
import com.pledgeboard.support.DataSnapshot;
import com.pledgeboard.support.TestUsers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Plan years and users for the difficulty tests. Years the tests publish lie before the seed's 2022,
 * so that the portal's newest published year stays the one other tests expect. The seed's first five
 * departments came with their coefficients; 市医保局 and 市公安局 did not, so they are the ones to assess.
 */
final class DifficultyFixture {

	static final String OWN = "市医保局";

	static final String OTHER = "市公安局";

	static final String IMPORTED = "市体育局";

	private final TableImporter importer;

	private final Catalogue catalogue;

	private final JdbcClient jdbc;

	private final TestUsers users;

	DifficultyFixture(TableImporter importer, Catalogue catalogue, JdbcClient jdbc, TestUsers users) {
		this.importer = importer;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.users = users;
	}

	long draftYear(int year) {
		return importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "difficulty.txt", "330500",
				year, PlanYearState.DRAFT, false).planYearId();
	}

	long entry(long planYearId, String department) {
		return catalogue.entries(planYearId).stream().filter(e -> department.equals(e.name())).findFirst()
			.map(DepartmentEntry::id).orElseThrow();
	}

	/** Moves a year on through the back office, as the office does. */
	void move(MockMvc mvc, long planYearId, PlanYearState to) throws Exception {
		mvc.perform(post("/admin/years/{id}/transition", planYearId).param("to", to.name()).param("reason", "难度评定测试")
			.param("override", "true").param("overrideReason", "难度评定测试：越过缺口")
			.param("confirmed", "true").with(user(admin())).with(csrf())).andExpect(status().is3xxRedirection());
	}

	UserDetails admin() {
		return users.user("diff-office", Role.ADMIN, null);
	}

	UserDetails reporter() {
		return users.user("diff-reporter", Role.REPORTER, OWN);
	}

	UserDetails approver() {
		return users.user("diff-approver", Role.APPROVER, OWN);
	}

	UserDetails otherReporter() {
		return users.user("diff-reporter-other", Role.REPORTER, OTHER);
	}

	UserDetails otherApprover() {
		return users.user("diff-approver-other", Role.APPROVER, OTHER);
	}

	UserDetails rater(int n) {
		return users.user("diff-rater-" + n, Role.RATER, null);
	}

	UserDetails someone(String name, Role role, String department) {
		return users.user(name, role, department);
	}

	Pair coefficients(long entryId) {
		return jdbc.sql("select self_coefficient, assessed_coefficient from department_entry where id = ?")
			.param(entryId)
			.query((rs, n) -> new Pair(rs.getBigDecimal(1), rs.getBigDecimal(2)))
			.single();
	}

	/** An entry's coefficients as stored. */
	record Pair(BigDecimal self, BigDecimal assessed) {
	}

	/** A digest of everything the difficulty and the catalogue's coefficients hold. */
	String snapshot() throws Exception {
		return DataSnapshot.digest(jdbc, "select * from difficulty_settings order by plan_year_id",
				"select * from difficulty_self order by entry_id", "select * from difficulty_rating order by id",
				"select * from difficulty_override order by id", "select * from difficulty_result order by id",
				"select id, self_coefficient, assessed_coefficient, coefficients_imported from department_entry order by id",
				"select id, state from plan_year order by id");
	}

}
