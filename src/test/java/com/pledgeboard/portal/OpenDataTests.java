package com.pledgeboard.portal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every public page offers its data as JSON (its twin in the public API) and, where it lists
 * commitments, as CSV, with the licence; the year's catalogue (DCAT JSON-LD) lists downloads that
 * answer with what they claim. Each download is parsed and held against the page's own data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenDataTests {

	private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	MessageSource messages;

	@Autowired
	OpenDataLicence licence;

	@Test
	void shouldOfferEveryPublicPagesDataWithTheLicence() throws Exception {
		String statement = messages.getMessage("opendata.licence", null, Locale.SIMPLIFIED_CHINESE);
		for (String page : List.of("/years/2022", "/years/2022/categories/社会发展类", "/years/2022/departments/市公安局",
				"/years/2022/departments/市公安局/commitments/1", "/years/2022/calibration", "/years/2022/search?q=城市书房",
				"/years/2022/ranking")) {
			String html = text(page);
			assertThat(html).as(page).contains(statement).contains(licence.url()).contains(licence.name());
			List<String> links = downloads(html);
			String jsonLink = links.stream().filter(l -> !l.contains(".csv") && !l.contains("/catalogue")).findFirst()
				.orElseThrow(() -> new AssertionError("no JSON download on " + page));
			MockHttpServletResponse response = fetch(jsonLink);
			assertThat(response.getContentType()).as(jsonLink).startsWith("application/json");
			assertThat(json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).isObject()).isTrue();
			assertThat(links).as(page).anyMatch(l -> l.startsWith("/api/v1/years/2022/catalogue"));
		}
	}

	@Test
	void shouldDownloadTheYearsCommitmentsAsCsvMatchingItsJson() throws Exception {
		List<String> links = downloads(text("/years/2022"));
		String csvLink = links.stream().filter(l -> l.contains("commitments.csv")).findFirst().orElseThrow();
		MockHttpServletResponse response = fetch(csvLink);
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Link")).isEqualTo("<" + licence.url() + ">; rel=\"license\"");
		List<CSVRecord> rows = csv(response);
		JsonNode departments = json.readTree(text("/api/v1/years/2022/departments")).path("departments");
		List<String> expected = new ArrayList<>();
		departments.forEach(d -> d.path("commitments").forEach(c -> expected.add(
				d.path("category").asString() + "|" + c.path("no").asInt() + "|" + c.path("title").asString())));
		assertThat(rows).extracting(r -> r.get("类别") + "|" + r.get("编号") + "|" + r.get("承诺事项"))
			.containsExactlyElementsOf(expected);
		JsonNode year = json.readTree(text("/api/v1/years/2022"));
		assertThat(rows.stream().filter(r -> r.get("进展灯").equals("未报送")).count())
			.isEqualTo(year.path("lights").path("unreported").asLong());
	}

	@Test
	void shouldDownloadADepartmentsAndACategorysCommitmentsAsOnTheirPages() throws Exception {
		String department = "市公安局";
		List<String> links = downloads(text("/years/2022/departments/" + department));
		List<CSVRecord> rows = csv(fetch(links.stream().filter(l -> l.contains("commitments.csv")).findFirst().orElseThrow()));
		JsonNode twin = json.readTree(fetch(links.stream().filter(l -> l.contains("/departments/")).findFirst().orElseThrow())
			.getContentAsString(StandardCharsets.UTF_8));
		List<String> titles = new ArrayList<>();
		twin.path("commitments").forEach(c -> titles.add(c.path("title").asString()));
		assertThat(rows).extracting(r -> r.get("承诺事项")).containsExactlyElementsOf(titles).isNotEmpty();
		assertThat(rows).extracting(r -> r.get("部门")).containsOnly(department);

		String category = "政法执法类";
		List<CSVRecord> inCategory = csv(fetch(downloads(text("/years/2022/categories/" + category)).stream()
			.filter(l -> l.contains("commitments.csv")).findFirst().orElseThrow()));
		List<CSVRecord> all = csv(fetch("/api/v1/years/2022/commitments.csv"));
		assertThat(inCategory).extracting(CSVRecord::toList)
			.containsExactlyElementsOf(all.stream().filter(r -> r.get("类别").equals(category)).map(CSVRecord::toList).toList());
		assertThat(fetch("/api/v1/years/2022/commitments.csv?category=无此类").getStatus()).isEqualTo(404);
	}

	@Test
	void shouldCatalogueTheYearsDatasetsAsDcatWithDownloadsThatAnswer() throws Exception {
		String link = downloads(text("/years/2022")).stream().filter(l -> l.contains("/catalogue")).findFirst().orElseThrow();
		MockHttpServletResponse response = fetch(link);
		assertThat(response.getContentType()).startsWith("application/ld+json");
		JsonNode catalogue = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(catalogue.path("@type").asString()).isEqualTo("dcat:Catalog");
		assertThat(catalogue.path("@context").path("dcat").asString()).isEqualTo("http://www.w3.org/ns/dcat#");
		assertThat(catalogue.path("dct:license").path("@id").asString()).isEqualTo(licence.url());
		assertThat(catalogue.path("dcat:dataset").size()).isGreaterThanOrEqualTo(3);
		int distributions = 0;
		for (JsonNode dataset : catalogue.path("dcat:dataset")) {
			assertThat(dataset.path("@type").asString()).isEqualTo("dcat:Dataset");
			assertThat(dataset.path("dct:issued").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
			assertThat(dataset.path("dct:modified").asString()).isGreaterThanOrEqualTo(dataset.path("dct:issued").asString());
			for (JsonNode distribution : dataset.path("dcat:distribution")) {
				distributions++;
				assertThat(distribution.path("@type").asString()).isEqualTo("dcat:Distribution");
				assertThat(distribution.path("dct:license").path("@id").asString()).isEqualTo(licence.url());
				assertThat(distribution.path("dct:issued").asString()).isNotBlank();
				assertThat(distribution.path("dct:modified").asString()).isNotBlank();
				String url = distribution.path("dcat:downloadURL").path("@id").asString();
				assertThat(url).startsWith("http://localhost/api/v1/years/2022");
				MockHttpServletResponse download = fetch(url.substring("http://localhost".length()));
				String mediaType = distribution.path("dcat:mediaType").asString();
				assertThat(download.getStatus()).as(url).isEqualTo(200);
				assertThat(download.getContentType()).as(url).startsWith(mediaType);
				if (mediaType.equals("text/csv")) {
					assertThat(csv(download)).isNotEmpty();
				}
				else {
					assertThat(json.readTree(download.getContentAsString(StandardCharsets.UTF_8)).isObject()).isTrue();
				}
			}
		}
		assertThat(distributions).isGreaterThanOrEqualTo(4);
	}

	private List<String> downloads(String html) {
		int start = html.indexOf("class=\"downloads\"");
		assertThat(start).as("a downloads block").isNotNegative();
		String block = html.substring(start, html.indexOf("</aside>", start));
		List<String> links = new ArrayList<>();
		Matcher m = LINK.matcher(block);
		while (m.find()) {
			links.add(HtmlUtils.htmlUnescape(m.group(1)));
		}
		return links;
	}

	private MockHttpServletResponse fetch(String link) throws Exception {
		String decoded = UriUtils.decode(link, StandardCharsets.UTF_8);
		int q = decoded.indexOf('?');
		var request = get(q < 0 ? decoded : decoded.substring(0, q));
		if (q >= 0) {
			for (String pair : decoded.substring(q + 1).split("&")) {
				String[] kv = pair.split("=", 2);
				request.param(kv[0], kv.length > 1 ? kv[1] : "");
			}
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private String text(String page) throws Exception {
		MockHttpServletResponse response = fetch(page);
		assertThat(response.getStatus()).as(page).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<CSVRecord> csv(MockHttpServletResponse response) throws IOException {
		assertThat(response.getStatus()).isEqualTo(200);
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).startsWith("\uFEFF");
		return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(body.substring(1)))
			.getRecords();
	}

}
