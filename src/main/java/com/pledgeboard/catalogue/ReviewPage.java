package com.pledgeboard.catalogue;

import java.util.List;

import com.pledgeboard.extraction.TargetDescriptions;

/**
 * What the review page shows of a commitment: each target in plain Chinese beside the form fields
 * that edit it.
 */
record ReviewPage(List<Item> commitments) {

	record Item(Commitment commitment, List<ReviewTarget> targets) {
	}

	record ReviewTarget(Target target, String text, TargetInput input) {
	}

	static ReviewPage of(DepartmentEntry entry) {
		return new ReviewPage(entry.commitments()
			.stream()
			.map(c -> new Item(c, c.targets()
				.stream()
				.map(t -> new ReviewTarget(t, TargetDescriptions.describe(t.definition()), TargetInput.of(t.definition())))
				.toList()))
			.toList());
	}

}
