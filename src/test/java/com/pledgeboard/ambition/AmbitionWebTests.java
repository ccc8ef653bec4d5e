package com.pledgeboard.ambition;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.extraction.AmbitionFinding.Kind;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.TargetExtractor;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.support.WholeApplication;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The checks of ambition on the seed: a year drafted from it (2090) after a year (2089) in which one
 * department reached more on one target than the draft asks. The count of commitments without a measurable
 * target is the extractor's, the pages show what the engine finds, each finding with its reason in both
 * languages; the summary and its export are the office's alone, the notes on a draft page its department's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AmbitionWebTests extends WholeApplication {

	@Autowired
	AmbitionReview review;

	@Autowired
	MessageSource messages;

	PlanYear earlier;

	PlanYear draft;

	DepartmentEntry ownEntry;

	/** The target of the own department reached beyond this year's value in 2089. */
	ExtractedTarget raised;

	@BeforeAll
	void twoYearsAndUsers() {
		byte[] seed = TestResources.bytes("ingest/000_d450a7bd56f78988.txt");
		earlier = catalogue.planYear(importer.importTable(seed, "2089.txt", "330500", 2089, PlanYearState.ASSESSING, false)
			.planYearId()).orElseThrow();
		draft = catalogue.planYear(importer.importTable(seed, "2090.txt", "330500", 2090, PlanYearState.DRAFT, false)
			.planYearId()).orElseThrow();
		Target reached = entryOf(earlier, OWN).commitments().stream().flatMap(c -> c.targets().stream())
			.filter(t -> t.definition().kind() == TargetKind.QUANTITY && !t.definition().isBaseline())
			.findFirst().orElseThrow();
		raised = reached.definition();
		jdbc.sql("insert into final_reading (plan_year_id, target_id, reading_value) values (?, ?, ?)")
			.params(earlier.id(), reached.id(), raised.value().add(BigDecimal.TEN)).update();
		ownEntry = entryOf(draft, OWN);
		users.user("ambition-office", Role.ADMIN, null);
		users.user("ambition-reporter", Role.REPORTER, OWN);
		users.user("ambition-approver", Role.APPROVER, OWN);
		users.user("ambition-other", Role.REPORTER, OTHER);
		users.user("ambition-rater", Role.RATER, null);
	}

	private DepartmentEntry entryOf(PlanYear year, String name) {
		return catalogue.entries(year.id()).stream().filter(e -> name.equals(e.name())).findFirst().orElseThrow();
	}

	private UserDetails office() {
		return users.user("ambition-office", Role.ADMIN, null);
	}

	private String page(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request.with(user(who))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** What the extractor says: the commitments of the drafted year for which it proposes no target. */
	private long withoutTargetsByTheExtractor() {
		TargetExtractor extractor = new TargetExtractor();
		return catalogue.entries(draft.id()).stream().flatMap(e -> e.commitments().stream())
			.filter(c -> extractor.extract(c.description(), draft.year()).stream().allMatch(ExtractedTarget::isBaseline))
			.count();
	}

	@Test
	void shouldCountAsManyUnmeasurableCommitmentsAsTheExtractorLeavesWithoutTargets() throws Exception {
		List<AmbitionReview.Row> rows = review.ofYear(draft);
		long unmeasurable = AmbitionReview.unmeasurable(rows);
		long commitments = catalogue.entries(draft.id()).stream().mapToLong(e -> e.commitments().size()).sum();

		assertThat(unmeasurable).isPositive().isEqualTo(withoutTargetsByTheExtractor());
		String summary = page(get("/admin/years/{id}/ambition", draft.id()), office());
		assertThat(summary).contains(messages.getMessage("ambition.year.unmeasurable",
				new Object[] { unmeasurable, commitments }, Locale.SIMPLIFIED_CHINESE));
		Map<Kind, Long> counts = AmbitionReview.counts(rows);
		for (Kind kind : Kind.values()) {
			assertThat(summary).containsPattern(messages.getMessage("ambition.kind." + kind, null, Locale.SIMPLIFIED_CHINESE)
					+ "</th>\\s*<td class=\"num\"[^>]*>" + counts.get(kind) + "</td>");
		}
		assertThat(summary.split("class=\"ambition-finding\"", -1)).hasSize(rows.size() + 1);
	}

	@Test
	void shouldFlagTheTargetBelowWhatTheDepartmentReachedTheYearBefore() throws Exception {
		List<AmbitionReview.Row> below = review.ofYear(draft).stream()
			.filter(r -> r.finding().kind() == Kind.BELOW_EARLIER_YEAR && r.entry().id() == ownEntry.id())
			.toList();
		assertThat(below).isNotEmpty().anySatisfy(r -> {
			assertThat(r.finding().year()).isEqualTo(2089);
			assertThat(r.finding().compared()).isEqualByComparingTo(raised.value().add(BigDecimal.TEN));
			assertThat(r.finding().target().metric()).isEqualTo(raised.metric());
		});
		String summary = page(get("/admin/years/{id}/ambition", draft.id()), office());
		assertThat(summary).contains(messages.getMessage("ambition.kind.BELOW_EARLIER_YEAR", null, Locale.SIMPLIFIED_CHINESE))
			.contains("2089年已经做到");
	}

	@Test
	void shouldShowTheNotesOnTheDepartmentsDraftPageInBothLanguages() throws Exception {
		Commitment unmeasurable = review.ofEntry(draft, ownEntry).stream()
			.filter(r -> r.finding().kind().unmeasurable()).findFirst().orElseThrow().commitment();
		UserDetails reporter = users.user("ambition-reporter", Role.REPORTER, OWN);
		String zh = page(get("/admin/entries/{id}", ownEntry.id()), reporter);
		String en = page(get("/admin/entries/{id}", ownEntry.id()).param("lang", "en"), reporter);

		assertThat(zh).contains("<ul class=\"notes\">").contains("2089年已经做到").contains(unmeasurable.title());
		assertThat(zh).containsAnyOf(messages.getMessage("ambition.kind.VAGUE_ONLY", null, Locale.SIMPLIFIED_CHINESE),
				messages.getMessage("ambition.kind.NO_MEASURABLE_TARGET", null, Locale.SIMPLIFIED_CHINESE));
		assertThat(en).contains("already reached in 2089").containsAnyOf("Only words of effort", "No measurable target");
	}

	@Test
	void shouldShowNoNotesOnceTheYearIsNoLongerDrafted() throws Exception {
		String page = page(get("/admin/entries/{id}", entryOf(earlier, OWN).id()), office());
		assertThat(page).doesNotContain("<ul class=\"notes\">");
	}

	@Test
	void shouldExportTheFindingsAsCsvForTheCommittee() throws Exception {
		var response = mvc.perform(get("/admin/years/{id}/ambition.csv", draft.id()).with(user(office())))
			.andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment");
		byte[] body = response.getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(new String(body, 3, body.length - 3,
				StandardCharsets.UTF_8))).getRecords();
		List<AmbitionReview.Row> rows = review.ofYear(draft);

		assertThat(records.get(0).toList()).containsExactly("类别", "部门", "序号", "承诺事项", "问题", "理由");
		assertThat(records).hasSize(rows.size() + 1);
		assertThat(records.subList(1, records.size())).allSatisfy(r -> assertThat(r.get(5)).isNotBlank());
		assertThat(records.stream().filter(r -> r.get(4).equals("低于上一年已达到的水平")).count())
			.isEqualTo(AmbitionReview.counts(rows).get(Kind.BELOW_EARLIER_YEAR));
	}

	@Test
	void shouldShowTheFindingsInTheImportReview() throws Exception {
		long id = upload(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), 2090);
		String page = page(get("/admin/import/{id}", id), office());

		assertThat(page).contains(messages.getMessage("ambition.title", null, Locale.SIMPLIFIED_CHINESE))
			.contains("共80项承诺：" + withoutTargetsByTheExtractor() + "项没有可衡量的目标")
			.contains("2089年已经做到")
			.doesNotContain("没有提取到可量化的目标");
		assertThat(page(get("/admin/import/{id}", id).param("lang", "en"), office()))
			.contains("80 commitments: " + withoutTargetsByTheExtractor() + " without a measurable target");
	}

	private long upload(byte[] content, int year) throws Exception {
		String location = mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "seed.txt", null, content))
			.param("region", "330500").param("year", String.valueOf(year)).with(user(office())).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/admin/import/");
		return Long.parseLong(location.substring("/admin/import/".length()));
	}

	@Test
	void shouldKeepTheSummaryAndItsExportToTheOffice() throws Exception {
		for (String url : List.of("/admin/years/{id}/ambition", "/admin/years/{id}/ambition.csv")) {
			for (UserDetails notOffice : List.of(users.user("ambition-reporter", Role.REPORTER, OWN),
					users.user("ambition-approver", Role.APPROVER, OWN), users.user("ambition-other", Role.REPORTER, OTHER),
					users.user("ambition-rater", Role.RATER, null))) {
				mvc.perform(get(url, draft.id()).with(user(notOffice))).andExpect(status().isForbidden());
			}
			mvc.perform(get(url, draft.id())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
			mvc.perform(get(url, Long.MAX_VALUE).with(user(office()))).andExpect(status().isNotFound());
		}
	}

	@Test
	void shouldKeepADepartmentsNotesFromAnotherDepartmentAndTheAnonymous() throws Exception {
		mvc.perform(get("/admin/entries/{id}", ownEntry.id()).with(user(users.user("ambition-other", Role.REPORTER, OTHER))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/entries/{id}", ownEntry.id())).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

}
