package com.pledgeboard.documents;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYear;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The back office's downloads of a plan year's exports (JSON, CSV, XLSX and the PDF annual report).
 * {@code ADMIN} only.
 */
@Controller
class ExportController {

	private final TableExporter exporter;

	private final Catalogue catalogue;

	ExportController(TableExporter exporter, Catalogue catalogue) {
		this.exporter = exporter;
		this.catalogue = catalogue;
	}

	@GetMapping("/admin/years/{planYearId}/export.{extension}")
	ResponseEntity<byte[]> export(@PathVariable long planYearId, @PathVariable String extension) {
		Accounts.requireOffice();
		ExportFormat format = Arrays.stream(ExportFormat.values())
			.filter(f -> f.extension().equals(extension))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no export format " + extension));
		PlanYear planYear = catalogue.planYear(planYearId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan year " + planYearId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(TableExporter.fileName(planYear, format), StandardCharsets.UTF_8)
				.build()
				.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(exporter.export(planYear, format));
	}

}
