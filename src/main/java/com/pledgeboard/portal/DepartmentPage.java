package com.pledgeboard.portal;

import java.util.List;

import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.catalogue.TargetStatus;
import com.pledgeboard.extraction.HighlightedText;
import com.pledgeboard.extraction.TargetDescriptions;

/**
 * What the department page shows of each commitment: its description with the target spans marked,
 * and each target in plain Chinese. Only targets a person confirmed or edited are promises, marked in
 * the description; proposals nobody confirmed are listed apart, said to be unconfirmed.
 */
record DepartmentPage(DepartmentEntry entry, List<CommitmentItem> commitments) {

	record CommitmentItem(long id, int no, String title, HighlightedText description, List<TargetItem> targets,
			List<TargetItem> unconfirmed) {

		public boolean hasTargets() {
			return !targets.isEmpty() || !unconfirmed.isEmpty();
		}

	}

	record TargetItem(String text, String span, boolean confirmed) {
	}

	static DepartmentPage of(DepartmentEntry entry) {
		return new DepartmentPage(entry, entry.commitments().stream().map(DepartmentPage::item).toList());
	}

	static CommitmentItem item(Commitment c) {
		List<Target> promised = c.targets().stream().filter(t -> t.status() != TargetStatus.PROPOSED).toList();
		List<HighlightedText.Span> spans = promised.stream()
			.map(t -> new HighlightedText.Span(t.definition().spanStart(), t.definition().spanEnd()))
			.toList();
		return new CommitmentItem(c.id(), c.no(), c.title(), HighlightedText.of(c.description(), spans),
				promised.stream().map(DepartmentPage::target).toList(),
				c.targets().stream().filter(t -> t.status() == TargetStatus.PROPOSED).map(DepartmentPage::target).toList());
	}

	private static TargetItem target(Target t) {
		return new TargetItem(TargetDescriptions.describe(t.definition()), t.definition().span(),
				t.status() != TargetStatus.PROPOSED);
	}

}
