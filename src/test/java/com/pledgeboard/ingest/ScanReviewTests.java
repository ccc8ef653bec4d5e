package com.pledgeboard.ingest;

import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.ingest.document.ScannedTables;
import com.pledgeboard.ingest.document.Tables;
import com.pledgeboard.support.DataSnapshot;
import com.pledgeboard.support.WholeApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A scanned table goes through the review as every upload does, and more: its low-confidence cells
 * are highlighted beside the crop of the page they were read from, and it is committed only when
 * the reviewer confirms having compared them; the direct import refuses it. One OCR run (a small
 * drawn table with one faint, speckled description), shared by the tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScanReviewTests extends WholeApplication {

	private static final int YEAR = 2049;

	byte[] scan;

	long draft;

	@BeforeAll
	void aScannedDraft() throws Exception {
		assumeTrue(ScannedTables.canRecognise(), "needs tesseract with chi_sim and the CJK font (.ci/run installs them)");
		var seed = Tables.seed().departments().get(1);
		var table = new ParsedTable(List.of(new ParsedDepartment(seed.nameInText(), seed.category(), seed.selfCoefficient(),
				seed.assessedCoefficient(), seed.line(), seed.commitments().subList(0, 2))), List.of());
		scan = ScannedTables.png(ScannedTables.image(table, 2));
		MvcResult result = mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "扫描件.png", null, scan))
			.param("region", "330500").param("year", String.valueOf(YEAR)).with(user(admin())).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/admin/import/");
		draft = Long.parseLong(location.substring("/admin/import/".length()));
	}

	private UserDetails admin() {
		return users.user("scan-office", Role.ADMIN, null);
	}

	@Test
	@Order(1)
	void shouldShowTheLowConfidenceCellBesideTheCropOfThePageItCameFrom() throws Exception {
		String page = mvc.perform(get("/admin/import/{id}", draft).with(user(admin()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("按 PNG 格式读取").contains("经文字识别（OCR）读取").contains("识别置信度仅")
			.contains("name=\"confirmed\"").contains("/admin/import/" + draft + "/cells/");
		String crop = page.substring(page.indexOf("/admin/import/" + draft + "/cells/"));
		crop = crop.substring(0, crop.indexOf('"'));
		MvcResult image = mvc.perform(get(crop).with(user(admin()))).andExpect(status().isOk())
			.andExpect(content().contentType("image/png")).andReturn();
		var cropped = ImageIO.read(new ByteArrayInputStream(image.getResponse().getContentAsByteArray()));
		// the faint description's cell, not the page: wider than tall, far smaller than the page
		assertThat(cropped.getWidth()).isBetween(200, 1500);
		assertThat(cropped.getHeight()).isBetween(30, 400);
		mvc.perform(get("/admin/import/{id}/cells/{c}.png", draft, 999).with(user(admin()))).andExpect(status().isNotFound());
	}

	@Test
	@Order(4)
	void shouldCommitAScannedDraftOnlyWithTheReviewersConfirmation() throws Exception {
		String before = snapshot();
		MvcResult refused = mvc.perform(post("/admin/import/{id}/commit", draft).with(user(admin())).with(csrf()))
			.andExpect(redirectedUrl("/admin/import/" + draft)).andReturn();
		assertThat((String) refused.getFlashMap().get("problem")).contains("提交前请勾选");
		assertThat(snapshot()).isEqualTo(before);
		assertThat(catalogue.findPlanYear("330500", YEAR)).isEmpty();
		mvc.perform(post("/admin/import/{id}/commit", draft).param("confirmed", "true").with(user(admin())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		var year = catalogue.findPlanYear("330500", YEAR).orElseThrow();
		assertThat(catalogue.entries(year.id())).hasSize(1);
		assertThat(catalogue.entries(year.id()).get(0).commitments()).hasSize(2);
		assertThat(jdbc.sql("select count(*) from import_draft_page where draft_id = ?").param(draft).query(Long.class).single()).isZero();
	}

	@Test
	@Order(2)
	void shouldRefuseToImportAScanDirectlyWithoutTheReview() {
		String before = snapshot();
		assertThatThrownBy(() -> importer.importTable(scan, "扫描件.png", "330500", YEAR + 1, PlanYearState.DRAFT, true))
			.isInstanceOf(TableFormatException.class).hasMessageContaining("扫描件须在导入确认页核对后提交");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	@Order(3)
	void shouldServeCropsToTheAssessmentOfficeOnly() throws Exception {
		mvc.perform(get("/admin/import/{id}/cells/0.png", draft)).andExpect(redirectedUrl("/login"));
		users.user("scan-reporter", Role.REPORTER, "市公安局");
		mvc.perform(get("/admin/import/{id}/cells/0.png", draft).with(user(userDetails.loadUserByUsername("scan-reporter"))))
			.andExpect(status().isForbidden());
	}

	private String snapshot() {
		return DataSnapshot.digest(jdbc, "select id, document from import_draft order by id", "select id, state from plan_year order by id",
				"select count(*) from commitment", "select count(*) from import_draft_page");
	}

}
