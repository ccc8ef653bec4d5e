package com.pledgeboard.portal;

import java.util.List;

import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.catalogue.TargetStatus;
import com.pledgeboard.extraction.TargetDescriptions;

/**
 * What the department page shows of each commitment: its description with the target spans marked,
 * and each target in plain Chinese.
 */
record DepartmentPage(DepartmentEntry entry, List<CommitmentItem> commitments) {

	record CommitmentItem(long id, int no, String title, HighlightedText description, List<TargetItem> targets) {
	}

	record TargetItem(String text, String span, boolean confirmed) {
	}

	static DepartmentPage of(DepartmentEntry entry) {
		return new DepartmentPage(entry, entry.commitments().stream().map(DepartmentPage::item).toList());
	}

	static CommitmentItem item(Commitment c) {
		List<HighlightedText.Span> spans = c.targets()
			.stream()
			.map(t -> new HighlightedText.Span(t.definition().spanStart(), t.definition().spanEnd()))
			.toList();
		return new CommitmentItem(c.id(), c.no(), c.title(), HighlightedText.of(c.description(), spans),
				c.targets().stream().map(DepartmentPage::target).toList());
	}

	private static TargetItem target(Target t) {
		return new TargetItem(TargetDescriptions.describe(t.definition()), t.definition().span(),
				t.status() != TargetStatus.PROPOSED);
	}

}
