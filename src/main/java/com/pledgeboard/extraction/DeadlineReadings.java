package com.pledgeboard.extraction;

import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.pledgeboard.extraction.ReadingVocabulary.Role;

/**
 * Whether a narrative says that the thing of a deadline target is done (已出台, 按期组织, 全面建成) or
 * plainly not yet (尚未, 仍在完善中, 正在). A sentence speaks of the target when it names at least half
 * of its metric or states its date; the clause that says done or not is the one naming most of the
 * metric. Plans (计划年底前全面运行), hedges (已基本建立) and preparation (方案已完成编制) say neither.
 * Where a sentence is dated (5月12日，按期组织…) and another deadline of the description has that date,
 * the sentence belongs to that one.
 */
final class DeadlineReadings {

	private final ReadingVocabulary words;

	private final MetricSimilarity similarity;

	DeadlineReadings(ReadingVocabulary words, MetricSimilarity similarity) {
		this.words = words;
		this.similarity = similarity;
	}

	/** The reading of one deadline target, or {@code null} when the narrative says neither. */
	ProposedReading read(Passage passage, ExtractedTarget target, List<ExtractedTarget> targets, List<Mention> mentions) {
		String text = passage.text;
		double best = -1;
		ProposedReading reading = null;
		int start = 0;
		while (start < passage.length) {
			int end = start;
			while (end < passage.length && passage.sentence[end] == passage.sentence[start]) {
				end++;
			}
			String sentence = text.substring(start, end);
			List<MonthDay> dates = dates(passage, start, end);
			boolean dated = target.date() != null && dates.contains(target.date());
			boolean otherDeadline = !dated && targets.stream()
				.anyMatch((t) -> t != target && t.kind() == TargetKind.DEADLINE && dates.contains(t.date()));
			double coverage = this.similarity.coverage(target.metric(), sentence);
			if (!otherDeadline && (dated || coverage >= MetricSimilarity.MIN_COVERAGE)) {
				int clause = start;
				while (clause < end) {
					int clauseEnd = Math.min(passage.clauseEnd[clause], end);
					Boolean done = signal(text, clause, clauseEnd);
					if (Boolean.TRUE.equals(done) && counts(mentions, clause, clauseEnd) && !this.words.contains(Role.WHOLE, text, clause, clauseEnd)) {
						// 治理改造已完成185户: a count done so far is progress, not the whole thing done.
						done = null;
					}
					double named = this.similarity.coverage(target.metric(), text.substring(clause, clauseEnd));
					double score = coverage + named + (dated ? 1 : 0);
					if (done != null && (named > 0 || dated) && score > best) {
						best = score;
						reading = new ProposedReading(target, null, null, done, null, null,
								text.substring(clause, clauseEnd), clause, clauseEnd);
					}
					clause = clauseEnd + 1;
				}
			}
			start = end;
		}
		return reading;
	}

	/** What one clause says: done, not yet, or {@code null} for neither. */
	Boolean signal(String text, int from, int to) {
		if (this.words.contains(Role.PREPARATION, text, from, to) || this.words.plans(text, from, to)) {
			return null;
		}
		if (this.words.contains(Role.NOT_DONE, text, from, to)) {
			return Boolean.FALSE;
		}
		if (this.words.contains(Role.HEDGE, text, from, to)) {
			return null;
		}
		if (this.words.contains(Role.DONE, text, from, to)) {
			return Boolean.TRUE;
		}
		WordTable<Boolean> verbs = this.words.table(Role.COMPLETION_VERB);
		for (int q = from; q < to; q++) {
			if (text.charAt(q) == '已') {
				for (int v = q + 1; v < Math.min(to, q + 6); v++) {
					if (verbs.startingAt(text, v, to) != null) {
						return Boolean.TRUE;
					}
				}
			}
		}
		return null;
	}

	private static boolean counts(List<Mention> mentions, int from, int to) {
		return mentions.stream().anyMatch((m) -> m.kind == Mention.Kind.AMOUNT && m.anchor >= from && m.anchor < to);
	}

	/** The month-days a sentence names (5月12日, 9月底), leaving out the date a report runs to (截至9月底). */
	private static List<MonthDay> dates(Passage passage, int from, int to) {
		String text = passage.text;
		List<MonthDay> dates = new ArrayList<>();
		for (int q = from; q < to; q++) {
			if (!Character.isDigit(text.charAt(q)) || (q > from && Character.isDigit(text.charAt(q - 1)))) {
				continue;
			}
			ChineseNumbers.Numeral month = ChineseNumbers.read(text, q, to);
			int m = (month != null && month.value().scale() <= 0) ? month.value().intValue() : 0;
			int j = (month != null) ? month.end() : q;
			if (m < 1 || m > 12 || j >= to || text.charAt(j) != '月' || asOf(text, from, q)) {
				continue;
			}
			int lastDay = YearMonth.of(passage.planYear, m).lengthOfMonth();
			ChineseNumbers.Numeral day = ChineseNumbers.read(text, j + 1, to);
			if (day != null && day.end() < to && "日号".indexOf(text.charAt(day.end())) >= 0) {
				int d = day.value().intValue();
				if (d >= 1 && d <= lastDay) {
					dates.add(MonthDay.of(m, d));
				}
			}
			else if (j + 1 < to && "底末".indexOf(text.charAt(j + 1)) >= 0) {
				dates.add(MonthDay.of(m, lastDay));
			}
		}
		return dates;
	}

	private static boolean asOf(String text, int from, int at) {
		int q = at;
		while (q > from && at - q < 3) {
			q--;
			if (text.startsWith("截至", q) || text.startsWith("截止", q)) {
				return true;
			}
		}
		return false;
	}

}
