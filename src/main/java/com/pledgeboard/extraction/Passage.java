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
		markQuotations();
		markClauses();
	}

	int segmentStart(int i) {
		return Math.max(this.clauseStart[i], this.cursor);
	}

	static boolean isClauseBreak(char c) {
		return switch (c) {
			case '，', ',', '。', '；', ';', '！', '!', '？', '?', '：', ':', '\n', '\r' -> true;
			default -> false;
		};
	}

	static boolean isSentenceBreak(char c) {
		return switch (c) {
			case '。', '；', ';', '！', '!', '？', '?', '\n', '\r' -> true;
			default -> false;
		};
	}

	static boolean isPunctuation(char c) {
		return isClauseBreak(c) || switch (c) {
			case '、', ' ', '\t', '　', '（', '(', '）', ')', '“', '”', '"', '《', '》', '「', '」', '『', '』', '‘', '’', '-',
					'—', '～', '~', '·' -> true;
			default -> false;
		};
	}

	static boolean isOpening(char c) {
		return c == '“' || c == '《' || c == '「' || c == '『' || c == '‘' || c == '（' || c == '(';
	}

	static boolean isClosing(char c) {
		return c == '”' || c == '》' || c == '」' || c == '』' || c == '’' || c == '）' || c == ')';
	}

	private void markQuotations() {
		int depth = 0;
		boolean ascii = false;
		for (int i = 0; i < this.length; i++) {
			char c = this.text.charAt(i);
			if (c == '“' || c == '《' || c == '「' || c == '『' || c == '‘') {
				depth++;
			}
			else if (c == '"') {
				ascii = !ascii;
			}
			this.quoted[i] = depth > 0 || ascii || c == '"';
			if ((c == '”' || c == '》' || c == '」' || c == '』' || c == '’') && depth > 0) {
				depth--;
			}
			else if (isSentenceBreak(c)) {
				// An unclosed quotation must not swallow the rest of the description.
				depth = 0;
				ascii = false;
			}
		}
	}

	private void markClauses() {
		int start = 0;
		int sentenceIndex = 0;
		for (int i = 0; i <= this.length; i++) {
			boolean end = i == this.length || (!this.quoted[i] && isClauseBreak(this.text.charAt(i)));
			if (end) {
				for (int k = start; k <= i; k++) {
					this.clauseStart[k] = start;
					this.clauseEnd[k] = i;
					this.sentence[k] = sentenceIndex;
				}
				if (i < this.length && isSentenceBreak(this.text.charAt(i))) {
					sentenceIndex++;
				}
				start = i + 1;
			}
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
