package com.pledgeboard.ambition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.pledgeboard.catalogue.CommitmentNotes;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.extraction.AmbitionFinding;
import com.pledgeboard.extraction.EarlierReading;
import com.pledgeboard.ingest.ImportDraft;
import com.pledgeboard.ingest.ImportReviewNotes;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The findings where a year's commitments are drafted: beside each commitment on the department's page while
 * the year is in {@code DRAFT}, and as a section of an upload's review, each with its reason. Both pages
 * authorise their reader before asking.
 */
@Component
class AmbitionNotes implements CommitmentNotes, ImportReviewNotes {

	private final AmbitionReview review;

	private final FindingText text;

	private final MessageSource messages;

	AmbitionNotes(AmbitionReview review, FindingText text, MessageSource messages) {
		this.review = review;
		this.text = text;
		this.messages = messages;
	}

	@Override
	public Map<Long, List<CommitmentNotes.Note>> notesOn(PlanYear year, DepartmentEntry entry, Locale locale) {
		if (year.state() != PlanYearState.DRAFT) {
			return Map.of();
		}
		Map<Long, List<CommitmentNotes.Note>> notes = new LinkedHashMap<>();
		for (AmbitionReview.Row row : review.ofEntry(year, entry)) {
			notes.computeIfAbsent(row.commitment().id(), k -> new ArrayList<>())
				.add(new CommitmentNotes.Note(text.title(row.finding().kind(), locale), text.reason(row.finding(), locale)));
		}
		return notes;
	}

	@Override
	public Section sectionOn(ImportDraft draft, Locale locale) {
		Map<Long, List<EarlierReading>> earlier = review.earlier(draft.regionCode(), draft.year());
		List<ImportReviewNotes.Note> notes = new ArrayList<>();
		long unmeasurable = 0;
		List<ImportDraft.Department> departments = draft.body().departments();
		for (int i = 0; i < departments.size(); i++) {
			ImportDraft.Department d = departments.get(i);
			for (ImportDraft.Item item : d.commitments()) {
				List<AmbitionFinding> findings = review.ofDraft(item.description(), draft.year(), d.departmentId(), earlier);
				unmeasurable += findings.stream().anyMatch(f -> f.kind().unmeasurable()) ? 1 : 0;
				for (AmbitionFinding f : findings) {
					notes.add(new ImportReviewNotes.Note(i, item.no(), item.title(), text.title(f.kind(), locale),
							text.reason(f, locale)));
				}
			}
		}
		String summary = messages.getMessage("ambition.import.summary",
				new Object[] { draft.commitmentCount(), unmeasurable, notes.size() - unmeasurable }, locale);
		return new Section(messages.getMessage("ambition.title", null, locale), summary, notes);
	}

}
