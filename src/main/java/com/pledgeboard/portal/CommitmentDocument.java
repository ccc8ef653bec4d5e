package com.pledgeboard.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.pledgeboard.catalogue.TableDocument;
import com.pledgeboard.progress.ProgressBoard.ApprovedReport;
import com.pledgeboard.progress.TargetProgress;
import com.pledgeboard.progress.rules.Verdict;

/**
 * One commitment as the JSON twin of its page: the targets as TARGETS.md objects with their review
 * status, the light with its reason in the reader's language, each target's approved readings, the
 * approved reports and the public files with their addresses.
 */
record CommitmentDocument(String department, String category, int no, String title, String description,
		List<Map<String, Object>> targets, LightDocument light, String narrative, List<TargetDocument> progress,
		List<ApprovedReport> reports, List<FileDocument> evidence, Integer previous, Integer next) {

	/** A light, its reason code and the reason as a sentence. */
	record LightDocument(String light, String reason, String text) {
	}

	record TargetDocument(long targetId, String target, String unit, String measure, LightDocument light,
			BigDecimal latestActual, LocalDate latestDoneOn, List<TargetProgress.Point> series) {
	}

	record FileDocument(String fileName, String mediaType, long size, String sha256, String url) {
	}

	static CommitmentDocument of(PortalViews.CommitmentPage page, int year, Function<Verdict, String> reason) {
		Function<Verdict, LightDocument> light = v -> new LightDocument(v.light().name(), v.reason(), reason.apply(v));
		TableDocument.Item c = TableDocument.item(page.commitment(), true);
		var p = page.progress();
		return new CommitmentDocument(page.entry().displayName(), page.entry().category(), c.no(), c.title(),
				c.description(), c.targets(), light.apply(p.light()), p.narrative(),
				p.targets()
					.stream()
					.map(t -> new TargetDocument(t.targetId(), t.description(), t.unit(), t.measure().name(),
							light.apply(t.light()), t.latestActual(), t.latestDoneOn(), t.series()))
					.toList(),
				page.reports(),
				page.evidence()
					.stream()
					.map(f -> new FileDocument(f.fileName(), f.mediaType(), f.size(), f.sha256(),
							"/years/" + year + "/evidence/" + f.id()))
					.toList(),
				page.previous(), page.next());
	}

}
