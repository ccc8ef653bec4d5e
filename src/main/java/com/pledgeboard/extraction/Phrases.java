package com.pledgeboard.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the metric out of the words around a number: trims punctuation, list connectors, adverbs and
 * auxiliary verbs (确保, 持续, 全年), the plan year, and trailing links (为, 达到, 在), keeping
 * quotation marks that enclose a name. Notes a leading earlier year or 去年 as a baseline.
 */
final class Phrases {

	private final Vocabulary vocabulary;

	Phrases(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/** A stretch of the description. */
	record Phrase(int start, int end, boolean baseline) {

		boolean isEmpty() {
			return this.end <= this.start;
		}

		String text(String text) {
			return isEmpty() ? "" : text.substring(this.start, this.end);
		}

	}

	/**
	 * Trims {@code [from, to)} to its metric.
	 * @param leading whether to trim adverbs and auxiliary verbs at the start (a metric written before
	 * its number starts with them; one written after it starts with the noun)
	 * @param trailing more words to trim at the end, or {@code null}
	 */
	Phrase trim(Passage passage, int from, int to, boolean leading, WordTable<Boolean> trailing) {
		String text = passage.text;
		int start = from;
		int end = to;
		boolean baseline = false;
		int lastVerb = -1;
		boolean changed = true;
		while (changed && start < end) {
			changed = false;
			char c = text.charAt(start);
			if (Passage.isPunctuation(c) && !(Passage.isOpening(c) && closes(text, start, end))) {
				start++;
				changed = true;
				continue;
			}
			WordTable.Hit<Boolean> connector = connectorAt(text, start, end);
			if (connector != null && connector.end() < end) {
				start = connector.end();
				changed = true;
				continue;
			}
			int yearEnd = yearEnd(text, start, end);
			if (yearEnd > 0) {
				baseline |= year(text, start) != passage.planYear;
				start = yearEnd;
				changed = true;
				continue;
			}
			WordTable.Hit<Boolean> marker = this.vocabulary.baselineTable.startingAt(text, start, end);
			if (marker != null) {
				baseline = true;
				start = marker.end();
				changed = true;
				continue;
			}
			if (leading) {
				WordTable.Hit<Boolean> prefix = this.vocabulary.metricPrefixTable.startingAt(text, start, end);
				// 资助参保率 keeps 资助, and 新增和涵养友城 keeps 新增: there they are part of the metric.
				// 安置房 is no verb and 房: a prefix leaving less than two characters is part of the word.
				if (prefix != null && prefix.end() + 1 < end && !this.vocabulary.nounSuffixTable.startsWithWord(text, prefix.end(), end)
						&& !this.vocabulary.listConnectorTable.startsWithWord(text, prefix.end(), end)) {
					if (this.vocabulary.objectVerbTable.startingAt(text, start, end) != null) {
						lastVerb = start;
					}
					start = prefix.end();
					changed = true;
				}
			}
		}
		if (leading && lastVerb >= 0) {
			// 完成新增造林, 其中改造提升: when only a verb is left, the verb before it belongs to the metric.
			WordTable.Hit<Boolean> rest = this.vocabulary.metricPrefixTable.startingAt(text, start, end);
			if (rest != null && rest.end() == end) {
				start = lastVerb;
			}
		}
		changed = true;
		while (changed && start < end) {
			changed = false;
			char c = text.charAt(end - 1);
			int yearStart = end - 5;
			if (c == '度') {
				yearStart--;
			}
			if (yearStart >= start && yearEnd(text, yearStart, end) == end) {
				// 增速2021年排名…: a year closing the metric dates the number after it.
				baseline |= year(text, yearStart) != passage.planYear;
				end = yearStart;
				changed = true;
				continue;
			}
			if (Passage.isPunctuation(c) && !(Passage.isClosing(c) && opens(text, start, end - 1))) {
				end--;
				changed = true;
				continue;
			}
			WordTable.Hit<Boolean> suffix = this.vocabulary.metricSuffixTable.endingAt(text, end, start);
			WordTable.Hit<Boolean> more = (trailing != null) ? trailing.endingAt(text, end, start) : null;
			if (more != null && (suffix == null || more.length() > suffix.length())) {
				suffix = more;
			}
			if (suffix != null) {
				end = suffix.start();
				changed = true;
			}
		}
		return new Phrase(start, Math.max(start, end), baseline);
	}

	/** Splits a metric at its list connectors (破案数和打击人数 → 破案数, 打击人数), outside quotations. */
	List<Phrase> split(Passage passage, Phrase phrase) {
		List<Phrase> parts = new ArrayList<>();
		int partStart = phrase.start();
		int depth = 0;
		for (int i = phrase.start(); i < phrase.end(); i++) {
			char c = passage.text.charAt(i);
			if (Passage.isOpening(c)) {
				depth++;
			}
			else if (Passage.isClosing(c)) {
				depth = Math.max(0, depth - 1);
			}
			if (depth > 0 || i == phrase.start()) {
				continue;
			}
			WordTable.Hit<Boolean> connector = connectorAt(passage.text, i, phrase.end());
			if (connector != null && connector.end() < phrase.end()) {
				parts.add(new Phrase(partStart, i, phrase.baseline()));
				partStart = connector.end();
				i = connector.end() - 1;
			}
		}
		parts.add(new Phrase(partStart, phrase.end(), phrase.baseline()));
		parts.removeIf(Phrase::isEmpty);
		return parts;
	}

	/**
	 * The metrics of a distributed phrase as text: coordinated modifiers share the head written once
	 * after the last of them (进口、出口整体通关时间 → 进口整体通关时间, 出口整体通关时间).
	 */
	List<String> splitSharingHead(Passage passage, Phrase phrase) {
		List<Phrase> parts = split(passage, phrase);
		List<String> texts = new ArrayList<>(parts.size());
		String last = parts.get(parts.size() - 1).text(passage.text);
		for (int p = 0; p < parts.size(); p++) {
			String part = parts.get(p).text(passage.text);
			if (p < parts.size() - 1 && part.length() <= 2 && last.length() > part.length() + 1) {
				part = part + last.substring(part.length());
			}
			texts.add(part);
		}
		return texts;
	}

	/** A list connector at {@code at}, unless it starts a word such as 及时 or 和谐. */
	private WordTable.Hit<Boolean> connectorAt(String text, int at, int limit) {
		WordTable.Hit<Boolean> connector = this.vocabulary.listConnectorTable.startingAt(text, at, limit);
		if (connector == null || this.vocabulary.nonConnectorTable.startsWithWord(text, at, limit)) {
			return null;
		}
		return connector;
	}

	/** The end of a year such as 2022年 or 2022年度 at {@code at}, or -1. */
	static int yearEnd(String text, int at, int limit) {
		if (at + 5 > limit) {
			return -1;
		}
		for (int k = at; k < at + 4; k++) {
			char c = text.charAt(k);
			if (c < '0' || c > '9') {
				return -1;
			}
		}
		if (text.charAt(at + 4) != '年') {
			return -1;
		}
		return (at + 5 < limit && text.charAt(at + 5) == '度') ? at + 6 : at + 5;
	}

	static int year(String text, int at) {
		return Integer.parseInt(text, at, at + 4, 10);
	}

	private static boolean closes(String text, int open, int end) {
		int depth = 0;
		for (int k = open; k < end; k++) {
			char c = text.charAt(k);
			if (Passage.isOpening(c)) {
				depth++;
			}
			else if (Passage.isClosing(c) && --depth == 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean opens(String text, int start, int close) {
		int depth = 0;
		for (int k = close; k >= start; k--) {
			char c = text.charAt(k);
			if (Passage.isClosing(c)) {
				depth++;
			}
			else if (Passage.isOpening(c) && --depth == 0) {
				return true;
			}
		}
		return false;
	}

}
