package com.pledgeboard.progress;

import java.nio.charset.StandardCharsets;

import com.pledgeboard.i18n.NotFound;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Evidence files as downloads: always an attachment, with the type sniffed at upload and nosniff, so
 * that no browser renders or runs one in the site's origin. The public route serves only files marked
 * public on an approved report.
 */
@Controller
class EvidenceDownloads {

	private final ProgressOffice office;

	EvidenceDownloads(ProgressOffice office) {
		this.office = office;
	}

	@GetMapping("/years/{year}/evidence/{evidenceId}")
	ResponseEntity<byte[]> publicEvidence(@PathVariable int year, @PathVariable long evidenceId) {
		return office.publicEvidence(year, evidenceId)
			.map(EvidenceDownloads::attachment)
			.orElseThrow(() -> NotFound.of("public evidence " + evidenceId));
	}

	static ResponseEntity<byte[]> attachment(ProgressOffice.EvidenceFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.ETAG, "\"" + file.sha256() + "\"")
			.cacheControl(CacheControl.noStore())
			.body(file.content());
	}

}
