package com.pledgeboard.portal;

import java.nio.charset.StandardCharsets;

import com.pledgeboard.TestResources;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.ingest.SeedGoldAssert;
import com.pledgeboard.ingest.TableImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TableImporter importer;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JsonMapper json;

	@BeforeAll
	void importMoreYears() {
		importer.importTable(TestResources.bytes("fixtures/education-transport.txt"), "edu.txt", "330500", 2023,
				PlanYearState.PUBLISHED, false);
		importer.importTable(TestResources.bytes("fixtures/unknown-department.txt"), "draft.txt", "330500", 2024,
				PlanYearState.DRAFT, false);
	}

	@Test
	void shouldTellTheSeedYearUnreportedRatherThanRed() throws Exception {
		mvc.perform(get("/api/v1/years/2022"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lights.red").value(0))
			.andExpect(jsonPath("$.lights.unreported").value(80))
			.andExpect(jsonPath("$.lights.green").value(0));
		mvc.perform(get("/years/2022/departments/{name}", "市文化广电旅游局"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未报送")))
			.andExpect(content().string(containsString("尚未经部门确认的目标，不作为承诺公开")))
			.andExpect(content().string(not(containsString("城市书房12家</mark>"))));
		mvc.perform(get("/api/v1/years/2022/departments/{name}", "市文化广电旅游局"))
			.andExpect(jsonPath("$.commitments[0].targets[0].status").value("PROPOSED"));
	}

	@Test
	void shouldAnswerHeadOnAPublicPageAsGetWithoutTheBody() throws Exception {
		mvc.perform(head("/years/2022")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/html"));
		mvc.perform(head("/api/v1/years/2022")).andExpect(status().isOk());
		mvc.perform(head("/admin")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void shouldSendTheHomePageToTheNewestPublishedYear() throws Exception {
		// Other tests of this shared context import years of their own, so the newest public year is asked
		// of the catalogue; the draft 2024 imported above is newer than 2023 and must not be where it goes.
		int newest = catalogue.planYears("330500").stream().filter(y -> y.state().isPublic())
			.mapToInt(PlanYear::year).max().orElseThrow();
		assertThat(newest).isGreaterThanOrEqualTo(2023);
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/years/" + newest));
	}

	@Test
	void shouldShowTheYearOverviewByCategoryInChinese() throws Exception {
		mvc.perform(get("/years/2022"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(containsString("湖州市2022年度部门承诺事项")))
			.andExpect(content().string(containsString("社会发展类")))
			.andExpect(content().string(containsString("政法执法类")))
			.andExpect(content().string(containsString("市应急管理局")))
			.andExpect(content().string(containsString("16个部门")))
			.andExpect(content().string(containsString("80项承诺")));
	}

	@Test
	void shouldShowADepartmentWithItsCommitmentsAndCoefficients() throws Exception {
		mvc.perform(get("/years/2022/departments/{name}", "市文化广电旅游局"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("攻坚文旅重大工程项目，加快旅游产业迭代升级")))
			.andExpect(content().string(containsString("城市书房12家")))
			.andExpect(content().string(containsString("系统提取，待确认")))
			.andExpect(content().string(containsString("1.37")))
			.andExpect(content().string(containsString("自评难度系数")));
	}

	@Test
	void shouldSayWhereAResolvedNameWasPrintedDifferently() throws Exception {
		mvc.perform(get("/years/2022/departments/{name}", "市生态环境局"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("原表印作：环境局")));
	}

	@Test
	void shouldEscapeWhatATableSays() throws Exception {
		mvc.perform(get("/years/2023/departments/{name}", "市教育局"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void shouldAnswerNotFoundForUnknownOrUnpublishedThings() throws Exception {
		mvc.perform(get("/years/1999")).andExpect(status().isNotFound());
		mvc.perform(get("/years/2024")).andExpect(status().isNotFound());
		mvc.perform(get("/years/2022/departments/{name}", "市不存在局")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/years/2024/departments")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/years/2022/departments").param("region", "110000")).andExpect(status().isNotFound());
	}

	/** The API's refusals are RFC 9457 problems, worded in the language the request asks for. */
	@Test
	void shouldAnswerTheApisNotFoundAsAProblemInTheAskedLanguage() throws Exception {
		mvc.perform(get("/api/v1/years/2024/departments").param("region", "330500"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("330500地区的2024年度尚未公布或不存在。"));
		mvc.perform(get("/api/v1/years/2024/departments").param("region", "330500").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("The plan year 2024 of region 330500 is not published, or not there."));
		mvc.perform(get("/api/v1/years/{year}/departments", "twenty").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("\"twenty\"")));
	}

	@Test
	void shouldAnswerTheApiInTheShapeOfTheGold() throws Exception {
		String body = mvc.perform(get("/api/v1/years/2022/departments"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		SeedGoldAssert.assertEqualsGold(json.readTree(body).get("departments"));
	}

	@Test
	void shouldAnswerOneDepartmentByApi() throws Exception {
		mvc.perform(get("/api/v1/years/2022/departments/{name}", "市应急管理局").param("region", "330500"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nameInText").value("市应急"))
			.andExpect(jsonPath("$.commitments.length()").value(6));
	}

	@Test
	void shouldNotRenderAnUnpublishedYearInTheYearList() throws Exception {
		String page = mvc.perform(get("/years/2023")).andReturn().getResponse().getContentAsString(
				StandardCharsets.UTF_8);
		assertThat(page).contains("/years/2022").doesNotContain("/years/2024");
	}

	@Test
	void shouldDocumentThePublicApiWithOpenApi() throws Exception {
		mvc.perform(get("/api/docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/years/{year}/departments']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/years/{year}/departments/{name}']").exists())
			.andExpect(content().string(not(containsString("/admin"))));
	}

	@Test
	void shouldFindDepartmentsCommitmentsAndTargetsByEveryWord() throws Exception {
		mvc.perform(get("/years/2022/search").param("q", "城市书房"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("办好湖城文化民生实事")))
			.andExpect(content().string(containsString("城市书房 12 家")));
		mvc.perform(get("/years/2022/search").param("q", "应急"))
			.andExpect(content().string(containsString("市应急管理局")));
		mvc.perform(get("/api/v1/years/2022/search").param("q", "电诈 同比"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.commitments[0].department").value("市公安局"))
			.andExpect(jsonPath("$.departments.length()").value(0));
		mvc.perform(get("/years/2022/search").param("q", "<script>"))
			.andExpect(content().string(containsString("&lt;script&gt;")))
			.andExpect(content().string(not(containsString("“<script>”"))));
		mvc.perform(get("/years/2024/search").param("q", "渔港")).andExpect(status().isNotFound());
	}

}
