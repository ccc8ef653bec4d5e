package com.pledgeboard.portal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.pledgeboard.audit.AuditQuery;
import com.pledgeboard.audit.AuditTrail;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.documents.CsvDownload;
import com.pledgeboard.extraction.TargetDescriptions;
import com.pledgeboard.i18n.NotFound;
import com.pledgeboard.progress.CommitmentProgress;
import com.pledgeboard.progress.ProgressBoard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open data: a published year's commitments as CSV (the whole year, a category's or a department's,
 * as the pages offering them show), and the catalogue of the year's datasets as DCAT JSON-LD, each
 * distribution with its download URL, media type, licence, and dates. The JSON of every page is its
 * twin in the public API; the CSV and the catalogue name the licence of {@link OpenDataLicence}
 * (the CSV in a {@code Link: <…>; rel="license"} header, as it has no place for metadata).
 */
@RestController
@RequestMapping("/api/v1/years/{year}")
@Tag(name = "open-data", description = "Downloads of a published plan year's data and the catalogue of its datasets")
class OpenDataController {

	static final String CSV = "text/csv;charset=UTF-8";

	static final String JSON_LD = "application/ld+json";

	static final List<String> COLUMNS = List.of("类别", "部门", "编号", "承诺事项", "具体描述", "目标", "进展灯", "自评难度系数",
			"评定难度系数");

	private final PublicYears years;

	private final Catalogue catalogue;

	private final ProgressBoard progress;

	private final AuditTrail audit;

	private final OpenDataLicence licence;

	private final MessageSource messages;

	OpenDataController(PublicYears years, Catalogue catalogue, ProgressBoard progress, AuditTrail audit,
			OpenDataLicence licence, MessageSource messages) {
		this.years = years;
		this.catalogue = catalogue;
		this.progress = progress;
		this.audit = audit;
		this.licence = licence;
		this.messages = messages;
	}

	@GetMapping(path = "/commitments.csv", produces = CSV)
	@Operation(operationId = "getCommitmentsCsv",
			summary = "The year's commitments as CSV (UTF-8 with BOM), one row per commitment with its targets and light",
			description = "Optionally only one category's or one department's (its canonical name, or the printed one "
					+ "when unresolved). The licence is in the Link header (rel=license).")
	ResponseEntity<byte[]> commitments(@PathVariable int year, @RequestParam(required = false) String region,
			@RequestParam(required = false) String category, @RequestParam(required = false) String department) {
		PlanYear planYear = years.year(years.region(region), year);
		List<DepartmentEntry> entries = years.entries(planYear).stream()
			.filter(e -> category == null || category.equals(e.category()))
			.filter(e -> department == null || department.equals(e.displayName()))
			.toList();
		if (entries.isEmpty() && (category != null || department != null)) {
			throw NotFound.of("no department of plan year " + year + " is in "
					+ (category != null ? "category " + category : "department " + department));
		}
		Map<Long, CommitmentProgress> lights = progress.ofYear(planYear);
		List<List<Object>> rows = new ArrayList<>();
		for (DepartmentEntry e : entries) {
			for (var c : e.commitments()) {
				CommitmentProgress p = lights.get(c.id());
				rows.add(Arrays.asList(e.category(), e.displayName(), c.no(), c.title(), c.description(),
						String.join("；", c.targets().stream().map(t -> TargetDescriptions.describe(t.definition())).toList()),
						p == null ? "" : messages.getMessage("light." + p.light().light().name(), null, Locale.SIMPLIFIED_CHINESE),
						e.selfCoefficient(), e.assessedCoefficient()));
			}
		}
		String name = planYear.regionCode() + "-" + planYear.year() + "-commitments"
				+ (category != null ? "-" + category : "") + (department != null ? "-" + department : "") + ".csv";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.LINK, "<" + licence.url() + ">; rel=\"license\"")
			.body(CsvDownload.writeAsIs(COLUMNS, rows));
	}

	@GetMapping(path = "/catalogue", produces = JSON_LD)
	@Operation(operationId = "getCatalogue", summary = "The catalogue of the year's datasets, DCAT in JSON-LD",
			description = "A dcat:Catalog of dcat:Dataset entries, each with its dcat:Distribution (downloadURL, "
					+ "mediaType), licence, and issued (the year's creation) and modified (the audit trail's last "
					+ "change) dates.")
	Map<String, Object> catalogue(@PathVariable int year, @RequestParam(required = false) String region) {
		PlanYear planYear = years.year(years.region(region), year);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + "/api/v1/years/"
				+ year;
		String query = region == null ? "" : "?region=" + planYear.regionCode();
		String issued = catalogue.planYearCreated(planYear.id()).map(t -> date(t.toInstant())).orElse(null);
		String modified = audit.find(new AuditQuery(null, null, null, null, null, null, 0, 1)).entries().stream()
			.findFirst()
			.map(r -> date(r.occurredAt()))
			.orElse(issued);
		String title = planYear.regionName() + planYear.year() + "年度部门承诺事项";
		List<Map<String, Object>> datasets = new ArrayList<>();
		datasets.add(dataset(base + "/commitments", title + "（承诺事项、目标、进展灯）", issued, modified,
				distribution(base + "/commitments.csv" + query, "text/csv", issued, modified),
				distribution(base + "/departments" + query, "application/json", issued, modified)));
		datasets.add(dataset(base + "/overview", title + "（年度概况：各类别、各部门进展灯，年度结束后的排名）", issued, modified,
				distribution(base + query, "application/json", issued, modified)));
		datasets.add(dataset(base + "/calibration-data", title + "（自评与评定难度系数）", issued, modified,
				distribution(base + "/calibration" + query, "application/json", issued, modified)));
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", Map.of("dcat", "http://www.w3.org/ns/dcat#", "dct", "http://purl.org/dc/terms/",
				"foaf", "http://xmlns.com/foaf/0.1/"));
		document.put("@id", base + "/catalogue" + query);
		document.put("@type", "dcat:Catalog");
		document.put("dct:title", title + "开放数据");
		document.put("dct:publisher", Map.of("@type", "foaf:Agent", "foaf:name", planYear.regionName()));
		document.put("dct:license", Map.of("@id", licence.url()));
		document.put("dct:issued", issued);
		document.put("dct:modified", modified);
		document.put("dcat:dataset", datasets);
		return document;
	}

	@SafeVarargs
	private Map<String, Object> dataset(String id, String title, String issued, String modified,
			Map<String, Object>... distributions) {
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("@id", id);
		dataset.put("@type", "dcat:Dataset");
		dataset.put("dct:title", title);
		dataset.put("dct:license", Map.of("@id", licence.url()));
		dataset.put("dct:issued", issued);
		dataset.put("dct:modified", modified);
		dataset.put("dcat:distribution", List.of(distributions));
		return dataset;
	}

	private Map<String, Object> distribution(String url, String mediaType, String issued, String modified) {
		Map<String, Object> distribution = new LinkedHashMap<>();
		distribution.put("@type", "dcat:Distribution");
		distribution.put("dcat:downloadURL", Map.of("@id", url));
		distribution.put("dcat:mediaType", mediaType);
		distribution.put("dct:license", Map.of("@id", licence.url()));
		distribution.put("dct:issued", issued);
		distribution.put("dct:modified", modified);
		return distribution;
	}

	private static String date(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC).toString();
	}

}
