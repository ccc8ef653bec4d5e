package com.pledgeboard.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Proposes the targets (TARGETS.md) that a commitment's description (具体描述) promises.
 * <p>
 * One left-to-right pass over the text tries, at each position, a rank ({@link RankRule}), a
 * deadline ({@link DeadlineRule}) and an amount ({@link AmountRule}); each rule reads the words it
 * needs from the {@link Vocabulary}. Afterwards, a target whose metric was left unsaid (2022年保五争三拼第一)
 * or only pointed at (年度目标为40%) takes it from the sentence before it.
 * <p>
 * Immutable and thread-safe: one instance serves any number of descriptions and threads.
 */
public final class TargetExtractor {

	private final Vocabulary vocabulary;

	private final Phrases phrases;

	private final RankRule ranks;

	private final DeadlineRule deadlines;

	private final AmountRule amounts;

	public TargetExtractor() {
		this(Vocabulary.defaults());
	}

	public TargetExtractor(Vocabulary vocabulary) {
		this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
		this.phrases = new Phrases(vocabulary);
		this.ranks = new RankRule(vocabulary, this.phrases);
		this.deadlines = new DeadlineRule(vocabulary, this.phrases);
		this.amounts = new AmountRule(vocabulary, this.phrases);
	}

	public Vocabulary vocabulary() {
		return this.vocabulary;
	}

	/**
	 * The targets of one description, in the order they are written; baselines are included with
	 * role {@link TargetRole#BASELINE}.
	 * @param description the commitment's description
	 * @param planYear the plan year, for month ends (2月底) and to tell earlier years from this one
	 */
	public List<ExtractedTarget> extract(String description, int planYear) {
		if (description == null || description.isEmpty()) {
			return List.of();
		}
		Passage passage = new Passage(description, planYear);
		int i = 0;
		while (i < passage.length) {
			if (!mayStartTarget(description.charAt(i))) {
				i++;
				continue;
			}
			int end = this.ranks.tryAt(passage, i);
			if (end < 0) {
				end = this.deadlines.tryAt(passage, i);
			}
			if (end < 0) {
				end = this.amounts.tryAt(passage, i);
			}
			i = (end > i) ? end : i + 1;
		}
		List<ExtractedTarget> targets = new ArrayList<>(passage.drafts.size());
		for (Draft draft : passage.drafts) {
			completeMetric(passage, draft);
			targets.add(draft.toTarget(description));
		}
		return List.copyOf(targets);
	}

	/** Whether any rule can start at {@code c}; most characters of prose are turned down here at once. */
	private boolean mayStartTarget(char c) {
		return ChineseNumbers.isNumeralChar(c) || c == '保' || this.vocabulary.rankScopeTable.mayStartWith(c)
				|| this.vocabulary.stretchTable.mayStartWith(c)
				|| this.vocabulary.deadlineTable.mayStartWith(c);
	}

	private void completeMetric(Passage passage, Draft draft) {
		boolean generic = draft.hasMetric() && this.vocabulary.genericMetrics().contains(draft.metric);
		if (draft.hasMetric() && !generic) {
			return;
		}
		String previousClause = previousClause(passage, draft.anchor);
		if (generic && previousClause != null) {
			draft.metric = previousClause;
			return;
		}
		Draft previous = passage.previousWithMetric(draft.anchor);
		// 招商引资综合考核争先进位，确保全省前四: a clause that promised nothing itself names the metric.
		if (previousClause != null && !hasTarget(passage, passage.clauseStart[draft.anchor] - 1)) {
			draft.metric = previousClause;
		}
		else if (previous != null) {
			draft.metric = previous.metric;
		}
		else if (previousClause != null) {
			draft.metric = previousClause;
		}
	}

	/** Whether a target was found in the clause ending at {@code clauseEnd}. */
	private static boolean hasTarget(Passage passage, int clauseEnd) {
		if (clauseEnd < 0) {
			return false;
		}
		int start = passage.clauseStart[clauseEnd];
		for (Draft draft : passage.drafts) {
			if (draft.anchor >= start && draft.anchor < clauseEnd) {
				return true;
			}
		}
		return false;
	}

	/** The clause before the one at {@code index}, trimmed to a metric, if it is in the same sentence. */
	private String previousClause(Passage passage, int index) {
		int start = passage.clauseStart[index];
		if (start < 2 || passage.sentence[start - 2] != passage.sentence[index]) {
			return null;
		}
		Phrases.Phrase phrase = this.phrases.trim(passage, passage.clauseStart[start - 2], start - 1, true, null);
		return phrase.isEmpty() ? null : phrase.text(passage.text);
	}

}
