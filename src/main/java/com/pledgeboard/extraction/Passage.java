package com.pledgeboard.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * One description being read: the text with its quotations, clauses and sentences marked, the
 * targets found so far, and how far the current clause has been consumed. Lives for one call of
 * {@link TargetExtractor#extract}, which keeps the extractor itself stateless.
 */
final class Passage {

	final String text;

	final int planYear;

	final int length;

	/** Inside “…”, 《…》 and the like: names, titles and slogans, whose numbers are no amounts. */
	final boolean[] quoted;

	final int[] clauseStart;

	final int[] clauseEnd;

	final int[] sentence;

	final List<Draft> drafts = new ArrayList<>();

	/** End of the last target phrase; the next metric starts no earlier (lists share a clause). */
	int cursor;

	Passage(String text, int planYear) {
		this.text = text;
		this.planYear = planYear;
		this.length = text.length();
		this.quoted = new boolean[this.length];
		this.clauseStart = new int[this.length + 1];
		this.clauseEnd = new int[this.length + 1];
		this.sentence = new int[this.length + 1];
		mark();
	}

	int segmentStart(int i) {
		return Math.max(this.clauseStart[i], this.cursor);
	}

	static boolean isClauseBreak(char c) {
		return CharClass.is(c, CharClass.CLAUSE_BREAK);
	}

	static boolean isSentenceBreak(char c) {
		return CharClass.is(c, CharClass.SENTENCE_BREAK);
	}

	static boolean isPunctuation(char c) {
		return CharClass.is(c, CharClass.PUNCTUATION);
	}

	static boolean isOpening(char c) {
		return CharClass.is(c, CharClass.OPENING);
	}

	static boolean isClosing(char c) {
		return CharClass.is(c, CharClass.CLOSING);
	}

	/**
	 * Marks quotations, clauses and sentences in one pass. Clause and sentence breaks inside a
	 * quotation do not count, and an unclosed quotation ends with its sentence so that it cannot
	 * swallow the rest of the description.
	 */
	private void mark() {
		char[] chars = this.text.toCharArray();
		int depth = 0;
		boolean ascii = false;
		int start = 0;
		int sentenceIndex = 0;
		for (int i = 0; i <= this.length; i++) {
			int kind = 0;
			if (i < this.length) {
				char c = chars[i];
				kind = CharClass.of(c);
				if ((kind & CharClass.QUOTE_OPEN) != 0) {
					depth++;
				}
				else if (c == '"') {
					ascii = !ascii;
				}
				boolean inside = depth > 0 || ascii || c == '"';
				this.quoted[i] = inside;
				if ((kind & CharClass.QUOTE_CLOSE) != 0 && depth > 0) {
					depth--;
				}
				else if ((kind & CharClass.SENTENCE_BREAK) != 0) {
					depth = 0;
					ascii = false;
				}
				if (inside || (kind & CharClass.CLAUSE_BREAK) == 0) {
					continue;
				}
			}
			for (int k = start; k <= i; k++) {
				this.clauseStart[k] = start;
				this.clauseEnd[k] = i;
				this.sentence[k] = sentenceIndex;
			}
			if ((kind & CharClass.SENTENCE_BREAK) != 0) {
				sentenceIndex++;
			}
			start = i + 1;
		}
	}

	/** The latest target before {@code index} in the same sentence with a metric, or {@code null}. */
	Draft previousWithMetric(int index) {
		for (int k = this.drafts.size() - 1; k >= 0; k--) {
			Draft draft = this.drafts.get(k);
			if (draft.anchor < index && this.sentence[draft.anchor] == this.sentence[index] && draft.hasMetric()) {
				return draft;
			}
		}
		return null;
	}

}
