package com.pledgeboard.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.TableDocument;
import com.pledgeboard.documents.ExportFormat;
import com.pledgeboard.documents.ExportTable;
import com.pledgeboard.documents.TableExporter;
import com.pledgeboard.documents.xlsx.XlsxTableWriter;
import com.pledgeboard.ingest.document.Tables;
import com.pledgeboard.support.DataSnapshot;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back office's import: an upload is read into a draft and shown with its doubts, fixed, and
 * committed in one audited transaction; nothing reaches the catalogue before; only the assessment
 * office may touch any of it; and an exported workbook imports back to the same table. A file the
 * readers refuse is in {@link ImportWebSliceTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportReviewTests extends WholeApplication {

	@Autowired
	TableExporter exporter;

	long draft;

	@BeforeAll
	void usersAndADraft() throws Exception {
		users.user("import-reporter", Role.REPORTER, "市公安局");
		users.user("import-approver", Role.APPROVER, "市公安局");
		users.user("import-rater", Role.RATER, null);
		draft = upload(workbook(), 2041);
	}

	private UserDetails admin() {
		return users.user("import-office", Role.ADMIN, null);
	}

	/** The seed as a workbook, with one name no directory knows and one coefficient out of bounds. */
	private byte[] workbook() {
		var seed = Tables.export(Tables.seed());
		List<ExportTable.Department> departments = new ArrayList<>(seed.departments());
		var first = departments.get(0);
		departments.set(0, new ExportTable.Department("市未知局", first.category(), new BigDecimal("1.8"),
				first.assessedCoefficient(), first.commitments()));
		return new XlsxTableWriter().write(new ExportTable(seed.title(), List.of(), departments));
	}

	private long upload(byte[] content, int year) throws Exception {
		MvcResult result = mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "表.xlsx", null, content))
			.param("region", "330500").param("year", String.valueOf(year)).with(user(admin())).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/admin/import/");
		return Long.parseLong(location.substring("/admin/import/".length()));
	}

	@Test
	void shouldShowTheDraftWithItsDoubtsAndWriteNothingToTheCatalogue() throws Exception {
		assertThat(catalogue.findPlanYear("330500", 2041)).isEmpty();
		String page = mvc.perform(get("/admin/import/{id}", draft).with(user(admin()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("市未知局").contains("不在名录中").contains("超出范围").contains("按 XLSX 格式读取");
	}

	@Test
	void shouldCommitTheFixedDraftInOneAuditedTransaction() throws Exception {
		long id = upload(workbook(), 2042);
		long police = users.departmentId("市文化广电旅游局");
		ImportDraft read = jdbcDraft(id);
		List<String> departments = new ArrayList<>();
		List<String> self = new ArrayList<>();
		List<String> assessed = new ArrayList<>();
		for (int i = 0; i < read.body().departments().size(); i++) {
			var d = read.body().departments().get(i);
			departments.add(i == 0 ? String.valueOf(police) : d.departmentId() == null ? "" : String.valueOf(d.departmentId()));
			self.add(i == 0 ? "1.4" : d.selfCoefficient() == null ? "" : d.selfCoefficient().toPlainString());
			assessed.add(d.assessedCoefficient() == null ? "" : d.assessedCoefficient().toPlainString());
		}
		mvc.perform(post("/admin/import/{id}/fix", id).param("department", departments.toArray(String[]::new))
			.param("self", self.toArray(String[]::new)).param("assessed", assessed.toArray(String[]::new))
			.with(user(admin())).with(csrf())).andExpect(redirectedUrl("/admin/import/" + id));
		String page = mvc.perform(get("/admin/import/{id}", id).with(user(admin()))).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("超出范围").doesNotContain("不在名录中");
		MvcResult committed = mvc.perform(post("/admin/import/{id}/commit", id).with(user(admin())).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		PlanYear year = catalogue.findPlanYear("330500", 2042).orElseThrow();
		assertThat(committed.getResponse().getRedirectedUrl()).isEqualTo("/admin/years/" + year.id());
		List<DepartmentEntry> entries = catalogue.entries(year.id());
		assertThat(entries).hasSize(16);
		assertThat(entries.get(0).name()).isEqualTo("市文化广电旅游局");
		assertThat(entries.get(0).selfCoefficient()).isEqualByComparingTo("1.4");
		assertThat(jdbc.sql("select count(*) from import_draft where id = ?").param(id).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select after_json from audit_entry where action = 'TABLE_IMPORTED' and entity_id = ?")
			.param(String.valueOf(year.id())).query(String.class).single()).contains("XLSX").contains("\"draft\":" + id);
	}

	@Test
	void shouldCommitOnlyOnceEveryUnknownNameIsMappedOrMadeANewDepartmentThatTheUserFormOffers() throws Exception {
		long id = upload(workbook(), 2039);
		String before = snapshot();
		MvcResult refused = mvc.perform(post("/admin/import/{id}/commit", id).with(user(admin())).with(csrf()))
			.andExpect(redirectedUrl("/admin/import/" + id)).andReturn();
		assertThat(String.valueOf(refused.getFlashMap().get("problem")))
			.contains("请为每个未匹配的部门选择名录中的部门，或新建部门：市未知局");
		assertThat(snapshot()).isEqualTo(before);
		assertThat(mvc.perform(get("/admin/import/{id}", id).with(user(admin()))).andReturn().getResponse()
			.getContentAsString()).contains("新建部门“市未知局”");

		ImportDraft read = jdbcDraft(id);
		List<String> departments = new ArrayList<>();
		List<String> self = new ArrayList<>();
		List<String> assessed = new ArrayList<>();
		for (int i = 0; i < read.body().departments().size(); i++) {
			var d = read.body().departments().get(i);
			departments.add(i == 0 ? "new" : String.valueOf(d.departmentId()));
			self.add(i == 0 ? "1.2" : d.selfCoefficient() == null ? "" : d.selfCoefficient().toPlainString());
			assessed.add(d.assessedCoefficient() == null ? "" : d.assessedCoefficient().toPlainString());
		}
		mvc.perform(post("/admin/import/{id}/fix", id).param("department", departments.toArray(String[]::new))
			.param("self", self.toArray(String[]::new)).param("assessed", assessed.toArray(String[]::new))
			.with(user(admin())).with(csrf())).andExpect(redirectedUrl("/admin/import/" + id));
		String page = mvc.perform(get("/admin/import/{id}", id).with(user(admin()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("不在名录中").contains("<option value=\"new\" selected=\"selected\">新建部门“市未知局”");
		assertThat(catalogue.directory("330500")).noneMatch(d -> d.canonicalName().equals("市未知局"));

		long created = count("audit_entry where action = 'DEPARTMENT_CREATED'");
		mvc.perform(post("/admin/import/{id}/commit", id).with(user(admin())).with(csrf())).andExpect(status().is3xxRedirection());
		PlanYear year = catalogue.findPlanYear("330500", 2039).orElseThrow();
		DepartmentEntry first = catalogue.entries(year.id()).get(0);
		assertThat(first.resolved()).isTrue();
		assertThat(first.name()).isEqualTo("市未知局");
		assertThat(count("audit_entry where action = 'DEPARTMENT_CREATED'")).isEqualTo(created + 1);
		assertThat(mvc.perform(get("/admin/users").with(user(admin()))).andReturn().getResponse().getContentAsString())
			.contains(">市未知局<");
	}

	/** The import pages say what went wrong and what was done on the flash keys every page uses, shown after the redirect. */
	@Test
	void shouldShowAnUnknownRegionAndACancelledDraftOnTheOneFlashKeys() throws Exception {
		long before = count("import_draft");
		MvcResult unknown = mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "表.xlsx", null, workbook()))
			.param("region", "999999").param("year", "2048").with(user(admin())).with(csrf()))
			.andExpect(redirectedUrl("/admin/import")).andReturn();
		assertThat((Map<String, Object>) unknown.getFlashMap()).containsOnlyKeys("problem").containsEntry("problem", "地区代码不存在。");
		assertThat(count("import_draft")).isEqualTo(before);
		assertThat(mvc.perform(get("/admin/import").cookie(unknown.getResponse().getCookies()).with(user(admin()))).andReturn()
			.getResponse().getContentAsString()).contains("地区代码不存在。").doesNotContain("无法读取该文件");

		long id = upload(workbook(), 2048);
		MvcResult cancelled = mvc.perform(post("/admin/import/{id}/cancel", id).with(user(admin())).with(csrf()))
			.andExpect(redirectedUrl("/admin/import")).andReturn();
		assertThat((Map<String, Object>) cancelled.getFlashMap()).containsOnlyKeys("done");
		assertThat(mvc.perform(get("/admin/import").cookie(cancelled.getResponse().getCookies()).with(user(admin()))).andReturn()
			.getResponse().getContentAsString()).contains("已取消导入，未保存任何数据。");
	}

	@Test
	void shouldCancelADraft() throws Exception {
		long id = upload(workbook(), 2044);
		mvc.perform(post("/admin/import/{id}/cancel", id).with(user(admin())).with(csrf())).andExpect(redirectedUrl("/admin/import"));
		mvc.perform(get("/admin/import/{id}", id).with(user(admin()))).andExpect(status().isNotFound());
		assertThat(catalogue.findPlanYear("330500", 2044)).isEmpty();
	}

	@Test
	void shouldServeTheTemplateThatReadsAsAnEmptyTable() throws Exception {
		byte[] template = mvc.perform(get("/admin/import/template.xlsx").with(user(admin()))).andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThatThrownBy(() -> importer.preview(template, "template.xlsx", "330500", 2045))
			.isInstanceOf(TableFormatException.class).hasMessageContaining("no commitments");
	}

	@Test
	void shouldImportAnExportedWorkbookBackToTheSameTable() {
		PlanYear seedYear = catalogue.findPlanYear("330500", 2022).orElseThrow();
		TableDocument stored = TableDocument.of(catalogue.entries(seedYear.id()));
		for (ExportFormat format : List.of(ExportFormat.XLSX, ExportFormat.CSV)) {
			byte[] exported = exporter.export(seedYear, format);
			ImportPreview again = importer.preview(exported, "2022." + format.extension(), "330500", 2046);
			assertThat(again.table()).as(format.name()).usingRecursiveComparison()
				.withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(stored);
		}
		SeedGoldAssert.assertEqualsGold(importer.preview(exporter.export(seedYear, ExportFormat.XLSX), "2022.xlsx", "330500", 2046).table());
	}

	Stream<Arguments> endpoints() {
		return Stream.of(
				Arguments.of("upload", (Request) t -> multipart("/admin/import")
					.file(new MockMultipartFile("file", "t.xlsx", null, t.workbook())).param("region", "330500").param("year", "2047"), true),
				Arguments.of("fix", (Request) t -> post("/admin/import/{id}/fix", t.draft).param("department", ""), true),
				Arguments.of("commit", (Request) t -> post("/admin/import/{id}/commit", t.draft), true),
				Arguments.of("cancel", (Request) t -> post("/admin/import/{id}/cancel", t.draft), true),
				Arguments.of("form", (Request) t -> get("/admin/import"), false),
				Arguments.of("review", (Request) t -> get("/admin/import/{id}", t.draft), false),
				Arguments.of("crop", (Request) t -> get("/admin/import/{id}/cells/0.png", t.draft), false),
				Arguments.of("template", (Request) t -> get("/admin/import/template.xlsx"), false),
				Arguments.of("export", (Request) t -> get("/admin/years/{id}/export.xlsx",
						t.catalogue.findPlanYear("330500", 2022).orElseThrow().id()), false));
	}

	interface Request {

		AbstractMockHttpServletRequestBuilder<?> build(ImportReviewTests t);

	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void shouldRefuseTheAnonymousAndChangeNothing(String name, Request request, boolean changes) throws Exception {
		String before = snapshot();
		mvc.perform(request.build(this).with(csrf())).andExpect(redirectedUrl("/login"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void shouldRefuseEveryRoleButTheAssessmentOfficeAndChangeNothing(String name, Request request, boolean changes) throws Exception {
		String before = snapshot();
		for (String username : List.of("import-reporter", "import-approver", "import-rater")) {
			mvc.perform(request.build(this).with(user(userDetails.loadUserByUsername(username))).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void shouldRefuseAChangeWithoutCsrfTokenAndChangeNothing(String name, Request request, boolean changes) throws Exception {
		if (!changes) {
			return;
		}
		String before = snapshot();
		mvc.perform(request.build(this).with(user(admin()))).andExpect(status().isForbidden());
		assertThat(snapshot()).isEqualTo(before);
	}

	private ImportDraft jdbcDraft(long id) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(admin(), null, admin().getAuthorities()));
		try {
			return drafts.find(id).orElseThrow();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Autowired
	ImportDrafts drafts;

	private String snapshot() throws Exception {
		return DataSnapshot.digest(jdbc, "select * from import_draft order by id", "select id, state from plan_year order by id",
				"select count(*) from commitment", "select count(*) from audit_entry where action = 'TABLE_IMPORTED'");
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
