package com.pledgeboard.extraction;

import java.util.HashSet;
import java.util.Set;

import com.pledgeboard.extraction.ReadingVocabulary.Role;

/**
 * How well the words around a figure of a narrative name a target's metric, by the character pairs
 * (bigrams) they share: Chinese words are mostly two characters, so a shared pair is a shared word or
 * the seam of one, without a dictionary. A figure measures a target only when its words cover at
 * least half of the metric's pairs ({@link #MIN_COVERAGE}), so that 走访企业3200余家 does not read
 * 培育现代小微企业 through 企业 alone; among those the Dice coefficient ranks them, so that
 * 累计受益群众 is closer to 受益群众 than 参与群众 is. Words at the end of a metric that do not name the
 * thing (体彩销售任务, 项目建设) are left out of it first.
 */
final class MetricSimilarity {

	static final double MIN_COVERAGE = 0.5;

	static final double MIN_CHARACTER_COVERAGE = 0.75;

	private final ReadingVocabulary words;

	MetricSimilarity(ReadingVocabulary words) {
		this.words = words;
	}

	/** 0 when {@code context} does not name {@code metric}, else the Dice coefficient of their pairs, in (0, 1]. */
	double score(String metric, String context) {
		String core = core(metric);
		int of = core.lastIndexOf('的');
		double whole = score(pairs(core), context);
		// 家门口的城市书房: the noun after 的 names the thing on its own.
		return (of > 0 && core.length() - of > 2) ? Math.max(whole, score(pairs(core.substring(of + 1)), context)) : whole;
	}

	private static double score(Set<Integer> metricPairs, String context) {
		if (metricPairs.isEmpty() || context == null || context.isEmpty()) {
			return 0;
		}
		Set<Integer> contextPairs = pairs(context);
		int shared = 0;
		for (Integer pair : metricPairs) {
			if (contextPairs.contains(pair)) {
				shared++;
			}
		}
		if (shared == 0) {
			return 0;
		}
		if (shared < MIN_COVERAGE * metricPairs.size()) {
			return byCharacters(metricPairs, context);
		}
		return 2.0 * shared / (metricPairs.size() + contextPairs.size());
	}

	/**
	 * 销售卷烟 for 卷烟销量: the same words in another order share few pairs but most characters. Scored
	 * at half weight, and only where at least {@link #MIN_CHARACTER_COVERAGE} of the metric's characters
	 * are found, so that a closer pair wins.
	 */
	private static double byCharacters(Set<Integer> metricPairs, String context) {
		Set<Character> metricChars = new HashSet<>();
		for (Integer pair : metricPairs) {
			metricChars.add((char) (pair >>> 16));
			metricChars.add((char) (pair & 0xFFFF));
		}
		metricChars.remove((char) 0);
		int found = 0;
		for (Character c : metricChars) {
			if (context.indexOf(c) >= 0) {
				found++;
			}
		}
		if (found < MIN_CHARACTER_COVERAGE * metricChars.size()) {
			return 0;
		}
		return (double) found / (metricChars.size() + context.length());
	}

	/** The share of the metric's pairs found in {@code text}, in [0, 1]. */
	double coverage(String metric, String text) {
		String core = core(metric);
		int of = core.lastIndexOf('的');
		double whole = coverage(pairs(core), text);
		return (of > 0 && core.length() - of > 2) ? Math.max(whole, coverage(pairs(core.substring(of + 1)), text)) : whole;
	}

	private static double coverage(Set<Integer> metricPairs, String text) {
		if (metricPairs.isEmpty() || text == null) {
			return 0;
		}
		Set<Integer> textPairs = pairs(text);
		int shared = 0;
		for (Integer pair : metricPairs) {
			if (textPairs.contains(pair)) {
				shared++;
			}
		}
		return (double) shared / metricPairs.size();
	}

	/** The metric without the generic words at its end (任务, 建设), where enough is left to name a thing. */
	String core(String metric) {
		if (metric == null) {
			return "";
		}
		String core = metric;
		WordTable<Boolean> heads = this.words.table(Role.GENERIC_HEAD);
		WordTable.Hit<Boolean> head = heads.endingAt(core, core.length(), 0);
		while (head != null && head.start() >= 2) {
			core = core.substring(0, head.start());
			head = heads.endingAt(core, core.length(), 0);
		}
		return core;
	}

	/** The pairs of letters and digits next to each other, punctuation and quotation marks left out. */
	static Set<Integer> pairs(String text) {
		Set<Integer> pairs = new HashSet<>();
		char previous = 0;
		for (int k = 0; k < text.length(); k++) {
			char c = text.charAt(k);
			if (Passage.isPunctuation(c) || Character.isWhitespace(c)) {
				continue;
			}
			if (previous != 0) {
				pairs.add((previous << 16) | c);
			}
			previous = c;
		}
		if (pairs.isEmpty() && previous != 0) {
			pairs.add((int) previous);
		}
		return pairs;
	}

}
