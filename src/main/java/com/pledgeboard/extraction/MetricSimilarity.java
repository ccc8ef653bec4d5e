package com.pledgeboard.extraction;

import java.util.Arrays;
import java.util.Objects;

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
public final class MetricSimilarity {

	static final double MIN_COVERAGE = 0.5;

	static final double MIN_CHARACTER_COVERAGE = 0.75;

	private final ReadingVocabulary words;

	MetricSimilarity(ReadingVocabulary words) {
		this.words = words;
	}

	/** With the default reading vocabulary, as the {@link ReadingExtractor} reads. */
	public static MetricSimilarity defaults() {
		return new MetricSimilarity(ReadingVocabulary.defaults());
	}

	/**
	 * How well two targets measure the same thing, as between plan years (城市书房12家 one year, 城市书房20家
	 * the next): 0 unless they are of one kind and unit and each metric names the other; else the lower
	 * of the two scores, in (0, 1]. Both ways, so that 企业 does not match 培育现代小微企业; the price is
	 * that a word one metric has inside it and the other lacks (城镇就业 / 城镇新增就业) can keep a pair apart.
	 */
	public double sameMetric(ExtractedTarget a, ExtractedTarget b) {
		if (a.kind() != b.kind() || !Objects.equals(a.unit(), b.unit()) || a.metric() == null
				|| b.metric() == null) {
			return 0;
		}
		return Math.min(score(a.metric(), b.metric()), score(b.metric(), a.metric()));
	}

	/** 0 when {@code context} does not name {@code metric}, else the Dice coefficient of their pairs, in (0, 1]. */
	double score(String metric, String context) {
		String core = core(metric);
		int of = core.lastIndexOf('的');
		int[] contextPairs = pairs(context);
		double whole = score(pairs(core), contextPairs, context);
		// 家门口的城市书房: the noun after 的 names the thing on its own.
		return (of > 0 && core.length() - of > 2)
				? Math.max(whole, score(pairs(core.substring(of + 1)), contextPairs, context)) : whole;
	}

	private static double score(int[] metricPairs, int[] contextPairs, String context) {
		if (metricPairs.length == 0 || contextPairs.length == 0) {
			return 0;
		}
		int shared = shared(metricPairs, contextPairs);
		if (shared == 0) {
			return 0;
		}
		if (shared < MIN_COVERAGE * metricPairs.length) {
			return byCharacters(metricPairs, context);
		}
		return 2.0 * shared / (metricPairs.length + contextPairs.length);
	}

	/**
	 * 销售卷烟 for 卷烟销量: the same words in another order share few pairs but most characters. Scored
	 * at half weight, and only where at least {@link #MIN_CHARACTER_COVERAGE} of the metric's characters
	 * are found, so that a closer pair wins.
	 */
	private static double byCharacters(int[] metricPairs, String context) {
		StringBuilder metricChars = new StringBuilder();
		for (int pair : metricPairs) {
			for (char c : new char[] { (char) (pair >>> 16), (char) (pair & 0xFFFF) }) {
				if (c != 0 && metricChars.indexOf(String.valueOf(c)) < 0) {
					metricChars.append(c);
				}
			}
		}
		int found = 0;
		for (int k = 0; k < metricChars.length(); k++) {
			if (context.indexOf(metricChars.charAt(k)) >= 0) {
				found++;
			}
		}
		if (found < MIN_CHARACTER_COVERAGE * metricChars.length()) {
			return 0;
		}
		return (double) found / (metricChars.length() + context.length());
	}

	/** The share of the metric's pairs found in {@code text}, in [0, 1]. */
	double coverage(String metric, String text) {
		String core = core(metric);
		int of = core.lastIndexOf('的');
		int[] textPairs = pairs(text);
		double whole = coverage(pairs(core), textPairs);
		return (of > 0 && core.length() - of > 2) ? Math.max(whole, coverage(pairs(core.substring(of + 1)), textPairs))
				: whole;
	}

	private static double coverage(int[] metricPairs, int[] textPairs) {
		return (metricPairs.length == 0) ? 0 : (double) shared(metricPairs, textPairs) / metricPairs.length;
	}

	/** How many pairs two sorted sets of pairs share. */
	private static int shared(int[] a, int[] b) {
		int shared = 0;
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				shared++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return shared;
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

	/** The pairs of letters and digits next to each other, sorted and distinct; punctuation and quotation marks left out. */
	static int[] pairs(String text) {
		if (text == null || text.isEmpty()) {
			return new int[0];
		}
		int[] pairs = new int[text.length()];
		int n = 0;
		char previous = 0;
		for (int k = 0; k < text.length(); k++) {
			char c = text.charAt(k);
			if (Passage.isPunctuation(c) || Character.isWhitespace(c)) {
				continue;
			}
			if (previous != 0) {
				pairs[n++] = (previous << 16) | c;
			}
			previous = c;
		}
		if (n == 0 && previous != 0) {
			pairs[n++] = previous;
		}
		Arrays.sort(pairs, 0, n);
		int distinct = 0;
		for (int k = 0; k < n; k++) {
			if (distinct == 0 || pairs[distinct - 1] != pairs[k]) {
				pairs[distinct++] = pairs[k];
			}
		}
		return Arrays.copyOf(pairs, distinct);
	}

}
