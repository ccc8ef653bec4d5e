package com.pledgeboard.portal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.extraction.TargetDescriptions;

/**
 * A search of a published year's departments, commitments and targets: every word of the query must
 * occur (ignoring case) in what is found. Chinese has no spaces between words, so a query of one run
 * of characters is looked for as written.
 */
record Search(String query, List<DepartmentHit> departments, List<CommitmentHit> commitments,
		List<TargetHit> targets) {

	static final int MAX_QUERY = 50;

	static final int MAX_HITS = 100;

	record DepartmentHit(String name, String category, int commitments) {
	}

	record CommitmentHit(String department, int no, String title, String description) {
	}

	record TargetHit(String department, int no, String commitment, String target) {
	}

	static Search of(String query, List<DepartmentEntry> entries) {
		String q = query == null ? "" : query.strip();
		if (q.length() > MAX_QUERY) {
			q = q.substring(0, MAX_QUERY);
		}
		List<String> words = q.isEmpty() ? List.of()
				: List.of(q.toLowerCase(Locale.ROOT).split("\\s+"));
		List<DepartmentHit> departments = new ArrayList<>();
		List<CommitmentHit> commitments = new ArrayList<>();
		List<TargetHit> targets = new ArrayList<>();
		if (!words.isEmpty()) {
			for (DepartmentEntry e : entries) {
				if (matches(words, e.displayName(), e.nameInText()) && departments.size() < MAX_HITS) {
					departments.add(new DepartmentHit(e.displayName(), e.category(), e.commitments().size()));
				}
				for (Commitment c : e.commitments()) {
					if (matches(words, c.title(), c.description()) && commitments.size() < MAX_HITS) {
						commitments.add(new CommitmentHit(e.displayName(), c.no(), c.title(), c.description()));
					}
					for (Target t : c.targets()) {
						String text = TargetDescriptions.describe(t.definition());
						if (matches(words, t.definition().metric(), text) && targets.size() < MAX_HITS) {
							targets.add(new TargetHit(e.displayName(), c.no(), c.title(), text));
						}
					}
				}
			}
		}
		return new Search(q, List.copyOf(departments), List.copyOf(commitments), List.copyOf(targets));
	}

	/** A query was asked and nothing answers it. */
	public boolean nothingFound() {
		return !query.isEmpty() && departments.isEmpty() && commitments.isEmpty() && targets.isEmpty();
	}

	private static boolean matches(List<String> words, String... texts) {
		String haystack = String.join(" ", Arrays.stream(texts).map(t -> t == null ? "" : t).toList())
			.toLowerCase(Locale.ROOT);
		return words.stream().allMatch(haystack::contains);
	}

}
