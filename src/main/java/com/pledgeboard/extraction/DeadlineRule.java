package com.pledgeboard.extraction;

import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates by which something is done: 5月12日, 9月底 and 9月底前 (the month's last day in the plan
 * year), 6月中旬, and the words of {@link Vocabulary#deadlineWords()} (年底前, 年内 → 12-31). Dates
 * joined by 和 or 、 share the thing done after the last of them. A date after an earlier year
 * (2021年12月底) is a baseline; 三年内 is a duration, not a deadline.
 */
final class DeadlineRule {

	private final Vocabulary vocabulary;

	private final Phrases phrases;

	DeadlineRule(Vocabulary vocabulary, Phrases phrases) {
		this.vocabulary = vocabulary;
		this.phrases = phrases;
	}

	private record Dated(MonthDay date, int start, int end, boolean baseline) {
	}

	int tryAt(Passage passage, int i) {
		if (passage.quoted[i]) {
			return -1;
		}
		int limit = passage.clauseEnd[i];
		Dated first = read(passage, i, limit);
		if (first == null) {
			return -1;
		}
		List<Dated> dates = new ArrayList<>();
		dates.add(first);
		int end = first.end();
		while (end < limit) {
			WordTable.Hit<Boolean> connector = this.vocabulary.listConnectorTable.startingAt(passage.text, end, limit);
			int next = (connector != null) ? connector.end() : end;
			Dated more = (connector != null) ? read(passage, next, limit) : null;
			if (more == null) {
				break;
			}
			dates.add(more);
			end = more.end();
		}
		while (end < limit) {
			WordTable.Hit<Boolean> suffix = this.vocabulary.deadlineSuffixTable.startingAt(passage.text, end, limit);
			if (suffix == null) {
				break;
			}
			end = suffix.end();
		}
		Phrases.Phrase metric = this.phrases.trim(passage, end, countStart(passage, end, limit), true, null);
		int spanStart = i;
		int spanEnd = metric.isEmpty() ? end : metric.end();
		if (metric.isEmpty()) {
			metric = this.phrases.trim(passage, passage.segmentStart(i), i, true, null);
			if (!metric.isEmpty()) {
				spanStart = metric.start();
			}
		}
		for (Dated dated : dates) {
			Draft draft = new Draft(TargetKind.DEADLINE, dated.start());
			draft.date = dated.date();
			draft.metric = metric.text(passage.text);
			draft.role = dated.baseline() ? TargetRole.BASELINE : TargetRole.TARGET;
			draft.spanStart = spanStart;
			draft.spanEnd = spanEnd;
			passage.drafts.add(draft);
		}
		passage.cursor = end;
		return end;
	}

	/**
	 * Where the thing done stops: before the count that closes the clause (6月底前建成公交首末站5个 →
	 * 建成公交首末站), which is a target of its own; the clause end when numbers are inside the thing
	 * done (年底前形成城镇15分钟、乡村30分钟应急救援圈).
	 */
	private int countStart(Passage passage, int from, int limit) {
		String text = passage.text;
		int first = -1;
		int last = -1;
		for (int k = from; k < limit; k++) {
			char c = text.charAt(k);
			if (!passage.quoted[k] && c >= '0' && c <= '9') {
				if (first < 0) {
					first = k;
				}
				if (last < 0 || k > last + 1 && text.charAt(k - 1) != '.') {
					last = k;
				}
			}
		}
		if (first < 0) {
			return limit;
		}
		ChineseNumbers.Numeral numeral = ChineseNumbers.read(text, last, limit);
		if (numeral == null) {
			return limit;
		}
		int end = numeral.end();
		WordTable.Hit<Op> suffix = this.vocabulary.numberSuffixTable.startingAt(text, end, limit);
		end = (suffix != null) ? suffix.end() : end;
		WordTable.Hit<String> unit = this.vocabulary.unitTable.startingAt(text, end, limit);
		end = (unit != null) ? unit.end() : end;
		WordTable.Hit<Op> after = this.vocabulary.comparisonAfterTable.startingAt(text, end, limit);
		end = (after != null) ? after.end() : end;
		while (end < limit && Passage.isPunctuation(text.charAt(end))) {
			end++;
		}
		return (end >= limit) ? first : limit;
	}

	private Dated read(Passage passage, int i, int limit) {
		String text = passage.text;
		WordTable.Hit<MonthDay> word = this.vocabulary.deadlineTable.startingAt(text, i, limit);
		if (word != null) {
			// 2021年底 names a year; 三年内 is a duration.
			boolean afterYear = i >= 4 && Phrases.yearEnd(text, i - 4, i + 1) > 0;
			if (!afterYear && i > 0 && ChineseNumbers.isNumeralChar(text.charAt(i - 1))) {
				return null;
			}
			boolean earlier = afterYear && Phrases.year(text, i - 4) != passage.planYear;
			return new Dated(word.value(), i, word.end(), earlier);
		}
		ChineseNumbers.Numeral month = ChineseNumbers.read(text, i, limit);
		if (month == null || month.scaled() || month.end() >= limit || text.charAt(month.end()) != '月'
				|| (i > 0 && ChineseNumbers.isNumeralChar(text.charAt(i - 1)) && text.charAt(i - 1) != '年')) {
			return null;
		}
		boolean baseline = earlierYearBefore(passage, i);
		int m = month.value().intValue();
		if (m < 1 || m > 12 || month.value().scale() > 0) {
			return null;
		}
		int j = month.end() + 1;
		int lastDay = YearMonth.of(passage.planYear, m).lengthOfMonth();
		ChineseNumbers.Numeral day = ChineseNumbers.read(text, j, limit);
		if (day != null && !day.scaled() && day.end() < limit
				&& (text.charAt(day.end()) == '日' || text.charAt(day.end()) == '号')) {
			int d = day.value().intValue();
			return (d >= 1 && d <= lastDay) ? new Dated(MonthDay.of(m, d), i, day.end() + 1, baseline) : null;
		}
		if (text.startsWith("上旬", j)) {
			return new Dated(MonthDay.of(m, 10), i, j + 2, baseline);
		}
		if (text.startsWith("中旬", j)) {
			return new Dated(MonthDay.of(m, 20), i, j + 2, baseline);
		}
		if (text.startsWith("下旬", j)) {
			return new Dated(MonthDay.of(m, lastDay), i, j + 2, baseline);
		}
		int k = text.startsWith("份", j) ? j + 1 : j;
		if (k < limit && (text.charAt(k) == '底' || text.charAt(k) == '末' || text.charAt(k) == '前')) {
			return new Dated(MonthDay.of(m, lastDay), i, (text.charAt(k) == '前') ? k : k + 1, baseline);
		}
		return null;
	}

	/** Whether the date at {@code i} follows an explicit year other than the plan year. */
	private static boolean earlierYearBefore(Passage passage, int i) {
		return i >= 5 && Phrases.yearEnd(passage.text, i - 5, i) == i
				&& Phrases.year(passage.text, i - 5) != passage.planYear;
	}

}
