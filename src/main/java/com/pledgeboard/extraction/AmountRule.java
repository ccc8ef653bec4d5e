package com.pledgeboard.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Numbers with a unit: quantities (城市书房12家), percents (达到80%以上) and changes (同比下降30%).
 * <p>
 * Around each number it reads, nearest first: the comparison words before and after it
 * ({@link Vocabulary#comparisonsBefore()}, {@link Vocabulary#comparisonsAfter()}, 4500余户), a
 * distributor (均, 各) or a count of rates (两个100%) that spread the value over the metrics joined
 * before it, and a change verb with its basis (同比, 与前三年平均值相比). The metric is the phrase
 * between the previous target of the clause and the number (lists share verb and unit), or the
 * noun after the unit when the number is the object of a verb (新建100个…). A clause that only says
 * 力争 and a number sets the stretch of the target before it.
 * <p>
 * Left alone: numbers in quotations and titles, ordinals (第十七届), dates and years, versions and
 * codes (3.0版, 5G), slogans written in Chinese numerals without a unit (二十大, 五大), small
 * Chinese-numeral counts without a comparison (两个“优秀”), and thresholds of rules (1万元以上部分).
 */
final class AmountRule {

	private static final BigDecimal TEN = BigDecimal.TEN;

	private final Vocabulary vocabulary;

	private final Phrases phrases;

	AmountRule(Vocabulary vocabulary, Phrases phrases) {
		this.vocabulary = vocabulary;
		this.phrases = phrases;
	}

	/** Reads an amount starting at {@code i}; returns where reading may go on, or -1 if none starts here. */
	int tryAt(Passage passage, int i) {
		if (passage.quoted[i]) {
			return -1;
		}
		String text = passage.text;
		int limit = passage.clauseEnd[i];
		int segmentStart = passage.segmentStart(i);
		ChineseNumbers.Numeral numeral = ChineseNumbers.read(text, i, limit);
		boolean bareScale = false;
		if (numeral == null) {
			numeral = ChineseNumbers.readBareScale(text, i, limit);
			bareScale = numeral != null;
			if (numeral == null) {
				return -1;
			}
		}
		int numberEnd = numeral.end();
		if (!standsAlone(text, i, numberEnd, limit, numeral)) {
			return numberEnd;
		}

		// After the number: 余/多, the unit, the upper end of a range, 以上/以内/左右.
		int j = numberEnd;
		Op suffixOp = null;
		WordTable.Hit<Op> suffix = this.vocabulary.numberSuffixTable.startingAt(text, j, limit);
		if (suffix != null) {
			suffixOp = suffix.value();
			j = suffix.end();
		}
		if (this.vocabulary.nonAmountFollowerTable.startsWithWord(text, j, limit)) {
			// 十万人口, 3岁: a base or a name part, even where it starts like a unit.
			return numberEnd;
		}
		String unit = null;
		WordTable.Hit<String> unitHit = this.vocabulary.unitTable.startingAt(text, j, limit);
		if (unitHit != null) {
			unit = unitHit.value();
			j = unitHit.end();
		}
		BigDecimal upper = null;
		Range range = range(text, j, limit, unit);
		if (range != null) {
			upper = range.upper();
			unit = range.unit();
			j = range.end();
		}
		if (unit == null) {
			if (numeral.colloquial()) {
				unit = "元";
			}
			else if (this.vocabulary.nonAmountFollowerTable.startsWithWord(text, j, limit) || (j < limit && isLatin(text.charAt(j)))) {
				return numberEnd;
			}
		}
		if (suffixOp == null) {
			suffix = this.vocabulary.numberSuffixTable.startingAt(text, j, limit);
			if (suffix != null) {
				suffixOp = suffix.value();
				j = suffix.end();
			}
		}
		Op afterOp = null;
		WordTable.Hit<Op> after = this.vocabulary.comparisonAfterTable.startingAt(text, j, limit);
		if (after != null) {
			afterOp = after.value();
			j = after.end();
		}
		if (this.vocabulary.thresholdTable.startsWithWord(text, j, limit) || inRuleClause(passage, i, j)) {
			return j;
		}

		// Before the number: a per-unit base, comparison, distributor or count of rates, change verb and basis.
		int k = perBaseStart(text, i, segmentStart);
		WordTable.Hit<Boolean> cap = this.vocabulary.ruleCapTable.endingAt(text, k, segmentStart);
		WordTable.Hit<Boolean> capVerb = this.vocabulary.objectVerbTable.endingAt(text, k, segmentStart);
		if (cap == null && capVerb != null) {
			cap = this.vocabulary.ruleCapTable.endingAt(text, capVerb.start(), segmentStart);
		}
		if (cap != null && this.vocabulary.perPhraseTable.endingAt(text, cap.start(), segmentStart) != null) {
			// 每人最高200万元: the cap of a subsidy rule, not an amount promised.
			return j;
		}
		WordTable.Hit<Op> before = this.vocabulary.comparisonBeforeTable.endingAt(text, k, segmentStart);
		if (before == null) {
			before = linkAfterChangeVerb(text, k, segmentStart);
		}
		if (before != null) {
			k = before.start();
		}
		else {
			// 至少建成两个…: the comparison governs the verb whose object the number counts.
			WordTable.Hit<Boolean> verb = this.vocabulary.objectVerbTable.endingAt(text, k, segmentStart);
			WordTable.Hit<Op> governing = (verb != null)
					? this.vocabulary.comparisonBeforeTable.endingAt(text, verb.start(), segmentStart) : null;
			if (governing != null && governing.value() != Op.EQ) {
				before = governing;
			}
		}
		k = perBaseStart(text, k, segmentStart);
		boolean distributed = false;
		boolean respective = false;
		WordTable.Hit<Boolean> distributor = distributorEndingAt(text, k, segmentStart);
		if (distributor != null) {
			distributed = true;
			respective = isRespective(text, distributor);
			k = distributor.start();
			if (before == null) {
				before = this.vocabulary.comparisonBeforeTable.endingAt(text, k, segmentStart);
				if (before != null) {
					k = before.start();
				}
			}
		}
		if (!distributed && k - 2 >= segmentStart && text.charAt(k - 1) == '个' && isSmallCount(text.charAt(k - 2))
				&& "%".equals(unit)) {
			distributed = true;
			k -= 2;
		}
		Op beforeOp = (before != null) ? before.value() : null;
		if (bareScale && (beforeOp == null || beforeOp == Op.EQ)) {
			return numberEnd;
		}
		if (!isAmount(numeral, unit, before != null, beforeOp, afterOp, suffixOp)) {
			return numberEnd;
		}
		if (isAttributive(passage, j, limit, unit, beforeOp, afterOp)) {
			return j;
		}

		Direction direction = null;
		String basis = null;
		int metricEnd = k;
		WordTable.Hit<Direction> verb = this.vocabulary.changeVerbTable.endingAt(text, k, segmentStart);
		if (verb != null) {
			int m = verb.start();
			WordTable.Hit<Boolean> spread = distributorEndingAt(text, m, segmentStart);
			if (spread != null) {
				distributed = true;
				respective |= isRespective(text, spread);
				m = spread.start();
			}
			Basis stated = basis(text, m, segmentStart);
			if (stated != null) {
				basis = stated.text();
				m = stated.start();
				spread = distributorEndingAt(text, m, segmentStart);
				if (spread != null) {
					distributed = true;
					respective |= isRespective(text, spread);
					m = spread.start();
				}
			}
			// 参保人数增加2万人: a change verb right after a measure (…数, …量, …额) changes it by the amount.
			if (this.vocabulary.isRate(unit) || basis != null || this.vocabulary.nounSuffixTable.endingAt(text, m, segmentStart) != null) {
				direction = verb.value();
				metricEnd = m;
				if (beforeOp == Op.GE && before != null && isReachWord(text, before)) {
					beforeOp = null;
				}
			}
		}

		// 分别下降10%和20%: the values that follow pair with the metrics in order.
		List<Respective> others = respective ? respectiveValues(text, j, limit, unit) : List.of();
		if (!others.isEmpty()) {
			Respective last = others.get(others.size() - 1);
			j = last.end();
			if (afterOp == null && last.after() != null) {
				afterOp = last.after();
			}
		}

		Op op = (afterOp != null) ? afterOp : (suffixOp != null) ? suffixOp : (beforeOp != null) ? beforeOp : Op.EQ;
		if (upper != null && op == Op.EQ) {
			op = Op.GE;
		}
		TargetKind kind = (direction != null) ? TargetKind.CHANGE : "%".equals(unit) ? TargetKind.PERCENT : TargetKind.QUANTITY;
		BigDecimal value = numeral.value();

		// The metric: before the number, or after the unit when the number is a verb's object.
		Phrases.Phrase raw = new Phrases.Phrase(segmentStart, metricEnd, false);
		Phrases.Phrase metricBefore = this.phrases.trim(passage, segmentStart, metricEnd, true, null);
		int afterEnd = nextNumber(passage, j, limit);
		Phrases.Phrase metricAfter = startsPhrase(text, j, afterEnd)
				? this.phrases.trim(passage, j, afterEnd, false, this.vocabulary.listConnectorTable)
				: new Phrases.Phrase(j, j, false);
		if (metricAfter.isEmpty() && isStretch(passage, raw)
				&& setStretch(passage, i, kind, unit, value)) {
			passage.cursor = j;
			return j;
		}
		boolean useAfter = !metricAfter.isEmpty() && (metricBefore.isEmpty()
				|| endsWithObjectVerb(text, raw) || metricBefore.end() - metricBefore.start() <= 2);
		Phrases.Phrase metric = useAfter ? metricAfter : metricBefore;

		Draft draft = new Draft(kind, i);
		draft.op = op;
		draft.value = value;
		draft.unit = unit;
		draft.stretch = upper;
		draft.direction = direction;
		draft.basis = basis;
		draft.role = metricBefore.baseline() ? TargetRole.BASELINE : TargetRole.TARGET;
		draft.spanStart = (!useAfter && !metricBefore.isEmpty()) ? metricBefore.start() : (before != null) ? before.start() : i;
		draft.spanEnd = useAfter ? metricAfter.end() : j;
		if (distributed && !metric.isEmpty()) {
			List<String> parts = this.phrases.splitSharingHead(passage, metric);
			for (int p = 0; p < parts.size(); p++) {
				Draft part = draft.withMetric(parts.get(p));
				if (p > 0 && p <= others.size()) {
					part.value = others.get(p - 1).value();
				}
				passage.drafts.add(part);
			}
		}
		else {
			draft.metric = metric.text(text);
			passage.drafts.add(draft);
		}
		passage.cursor = useAfter ? metricAfter.end() : j;
		return j;
	}

	private record Range(BigDecimal upper, String unit, int end) {
	}

	/** The upper end of a range after the lower one (20%-30%, 20-30%, 5至8个), or {@code null}. */
	private Range range(String text, int j, int limit, String unit) {
		WordTable.Hit<Boolean> separator = this.vocabulary.rangeSeparatorTable.startingAt(text, j, limit);
		if (separator == null) {
			return null;
		}
		ChineseNumbers.Numeral second = ChineseNumbers.read(text, separator.end(), limit);
		if (second == null) {
			return null;
		}
		WordTable.Hit<String> secondUnit = this.vocabulary.unitTable.startingAt(text, second.end(), limit);
		if (secondUnit == null || (unit != null && !unit.equals(secondUnit.value()))) {
			return null;
		}
		return new Range(second.value(), secondUnit.value(), secondUnit.end());
	}

	/**
	 * Where a per-unit base ending at {@code k} starts (每人每月, 每季度, 每10万人口), or {@code k}: the
	 * base says what the number is counted against, and belongs neither to the metric nor to the value.
	 */
	private int perBaseStart(String text, int k, int segmentStart) {
		WordTable.Hit<Boolean> per = this.vocabulary.perPhraseTable.endingAt(text, k, segmentStart);
		if (per != null) {
			return per.start();
		}
		for (int q = k - 3; q >= Math.max(segmentStart, k - 8); q--) {
			char c = text.charAt(q);
			if (Passage.isPunctuation(c)) {
				break;
			}
			if (c == '每') {
				// 每10万人口, 每万人: a number and a short noun; 每平方公里: a unit alone.
				ChineseNumbers.Numeral base = ChineseNumbers.read(text, q + 1, k);
				if (base == null) {
					base = ChineseNumbers.readBareScale(text, q + 1, k);
				}
				if (base != null && base.end() < k && k - base.end() <= 2) {
					return q;
				}
				WordTable.Hit<String> unit = this.vocabulary.unitTable.startingAt(text, q + 1, k);
				if (base == null && unit != null && unit.end() == k) {
					return q;
				}
			}
		}
		return k;
	}

	/** 对年收入低于2万元的家庭给予补助: between the object of a rule and its verb, numbers are thresholds. */
	private boolean inRuleClause(Passage passage, int i, int j) {
		String text = passage.text;
		int clauseStart = passage.clauseStart[i];
		int clauseEnd = passage.clauseEnd[i];
		boolean opened = false;
		for (int q = clauseStart; q < i && !opened; q++) {
			opened = this.vocabulary.ruleOpenerTable.startsWithWord(text, q, i);
		}
		if (!opened) {
			return false;
		}
		for (int q = j; q < clauseEnd; q++) {
			if (this.vocabulary.ruleVerbTable.startsWithWord(text, q, clauseEnd)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a compared amount describes the things counted rather than promising itself:
	 * 低于2万元的家庭, 50万元以上的行政村, 10亿元以上项目不少于5个. Shares (80%以上的乡镇) are promises.
	 */
	private boolean isAttributive(Passage passage, int j, int limit, String unit, Op beforeOp, Op afterOp) {
		if ("%".equals(unit) || j >= limit) {
			return false;
		}
		boolean compared = afterOp != null || (beforeOp != null && beforeOp != Op.EQ && beforeOp != Op.APPROX);
		if (!compared) {
			return false;
		}
		char c = passage.text.charAt(j);
		if (c == '的') {
			return true;
		}
		return afterOp != null && !Passage.isPunctuation(c) && nextNumber(passage, j, limit) < limit;
	}

	/** 降至, 缩小到, 提高为: a change verb with 至, 到 or 为 links its metric to the level reached. */
	private WordTable.Hit<Op> linkAfterChangeVerb(String text, int k, int segmentStart) {
		if (k - 1 <= segmentStart || "至到为".indexOf(text.charAt(k - 1)) < 0) {
			return null;
		}
		WordTable.Hit<Direction> verb = this.vocabulary.changeVerbTable.endingAt(text, k - 1, segmentStart);
		return (verb != null) ? new WordTable.Hit<>(Op.EQ, verb.start(), k) : null;
	}

	/** A distributor ending at {@code k}, unless it ends a word such as 平均 or 人均. */
	WordTable.Hit<Boolean> distributorEndingAt(String text, int k, int segmentStart) {
		WordTable.Hit<Boolean> hit = this.vocabulary.distributorTable.endingAt(text, k, segmentStart);
		if (hit == null || this.vocabulary.nonDistributorTable.endingAt(text, hit.end(), segmentStart) != null) {
			return null;
		}
		return hit;
	}

	boolean isRespective(String text, WordTable.Hit<Boolean> hit) {
		return this.vocabulary.respectiveTable.startingAt(text, hit.start(), hit.end()) != null;
	}

	private record Respective(BigDecimal value, Op after, int end) {
	}

	/** The values joined after the first one (…10%和20%, …30小时和1.2小时以内), each with the unit. */
	private List<Respective> respectiveValues(String text, int j, int limit, String unit) {
		List<Respective> values = new ArrayList<>();
		int at = j;
		while (at < limit) {
			WordTable.Hit<Boolean> connector = this.vocabulary.listConnectorTable.startingAt(text, at, limit);
			if (connector == null) {
				break;
			}
			ChineseNumbers.Numeral next = ChineseNumbers.read(text, connector.end(), limit);
			if (next == null) {
				break;
			}
			int end = next.end();
			WordTable.Hit<String> nextUnit = this.vocabulary.unitTable.startingAt(text, end, limit);
			if (nextUnit != null) {
				if (!nextUnit.value().equals(unit)) {
					break;
				}
				end = nextUnit.end();
			}
			else if (unit != null) {
				break;
			}
			WordTable.Hit<Op> after = this.vocabulary.comparisonAfterTable.startingAt(text, end, limit);
			if (after != null) {
				end = after.end();
			}
			values.add(new Respective(next.value(), (after != null) ? after.value() : null, end));
			at = end;
		}
		return values;
	}

	/** Not part of a code, a version, an ordinal or a larger word (5G, 3.0版, 第十七届, 每万人). */
	boolean standsAlone(String text, int i, int end, int limit, ChineseNumbers.Numeral numeral) {
		if (i > 0) {
			char previous = text.charAt(i - 1);
			if (isLatin(previous) || Character.isDigit(previous) || previous == '.' || previous == '-' || previous == '_'
					|| previous == '/' || previous == '·' || previous == '．') {
				return false;
			}
			if (!numeral.arabic() && ChineseNumbers.isNumeralChar(previous)) {
				return false;
			}
			if (this.vocabulary.nonAmountPrecedentTable.endingAt(text, i, 0) != null) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the number is promised as an amount: it has a unit or a scale word or a comparison;
	 * small counts in Chinese numerals (两个“优秀”, 五大) need a comparison, being mostly rhetoric. A
	 * decimal after a link (系数提高到0.61) is a level even without a unit: names and codes are whole numbers.
	 */
	private static boolean isAmount(ChineseNumbers.Numeral numeral, String unit, boolean linked, Op before, Op after,
			Op suffix) {
		boolean compared = (before != null && before != Op.EQ) || after != null || suffix != null
				|| (linked && numeral.arabic() && numeral.value().scale() > 0);
		if (!numeral.arabic() && !numeral.scaled()) {
			return (numeral.value().compareTo(TEN) < 0) ? compared : unit != null;
		}
		return unit != null || numeral.scaled() || compared;
	}

	private static boolean isSmallCount(char c) {
		return "两二三四五六七八九23456789".indexOf(c) >= 0;
	}

	static boolean isLatin(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 'Ａ' && c <= 'ｚ');
	}

	/** 达 and 达到 after a change verb (增长达10%) say how big the change is, not a bound on it. */
	private static boolean isReachWord(String text, WordTable.Hit<Op> hit) {
		return text.charAt(hit.start()) == '达';
	}

	record Basis(String text, int start) {
	}

	/** The basis of a change ending at {@code m}: 同比, 与前三年平均值相比, 较上年. */
	Basis basis(String text, int m, int floor) {
		WordTable.Hit<Boolean> word = this.vocabulary.basisTable.endingAt(text, m, floor);
		if (word != null) {
			return new Basis(text.substring(word.start(), word.end()), word.start());
		}
		WordTable.Hit<Boolean> closer = this.vocabulary.basisCloserTable.endingAt(text, m, floor);
		if (closer != null) {
			for (int q = closer.start() - 1; q >= Math.max(floor, closer.start() - 20); q--) {
				WordTable.Hit<Boolean> opener = this.vocabulary.basisOpenerTable.startingAt(text, q, closer.start());
				if (opener != null && opener.end() < closer.start()) {
					return new Basis(text.substring(opener.end(), closer.start()), q);
				}
			}
		}
		for (int q = m - 2; q >= Math.max(floor, m - 10); q--) {
			if (Passage.isPunctuation(text.charAt(q))) {
				break;
			}
			WordTable.Hit<Boolean> marker = this.vocabulary.comparativeMarkerTable.startingAt(text, q, m);
			if (marker != null && marker.end() < m) {
				return new Basis(text.substring(marker.end(), m), q);
			}
		}
		return null;
	}

	/** Whether text after the unit names the measured thing, rather than closing the item (、) or the clause. */
	private static boolean startsPhrase(String text, int j, int end) {
		if (j >= end) {
			return false;
		}
		char c = text.charAt(j);
		return !Passage.isPunctuation(c) || Passage.isOpening(c);
	}

	/** Where the text after an amount stops belonging to it: the next number outside quotations. */
	private static int nextNumber(Passage passage, int from, int limit) {
		for (int k = from; k < limit; k++) {
			char c = passage.text.charAt(k);
			if (!passage.quoted[k] && c >= '0' && c <= '9') {
				return k;
			}
		}
		return limit;
	}

	private boolean endsWithObjectVerb(String text, Phrases.Phrase raw) {
		int end = raw.end();
		while (end > raw.start() && Passage.isPunctuation(text.charAt(end - 1))) {
			end--;
		}
		if (end > raw.start() && text.charAt(end - 1) == '等') {
			return true;
		}
		return this.vocabulary.objectVerbTable.endingAt(text, end, raw.start()) != null;
	}

	/** Whether the words before the number are only a stretch word (力争, 争取). */
	private boolean isStretch(Passage passage, Phrases.Phrase raw) {
		String text = passage.text;
		int start = raw.start();
		int end = raw.end();
		while (start < end && Passage.isPunctuation(text.charAt(start))) {
			start++;
		}
		while (end > start && Passage.isPunctuation(text.charAt(end - 1))) {
			end--;
		}
		WordTable.Hit<Boolean> word = this.vocabulary.stretchTable.startingAt(text, start, end);
		return word != null && word.end() == end;
	}

	private static boolean setStretch(Passage passage, int i, TargetKind kind, String unit, BigDecimal value) {
		for (int k = passage.drafts.size() - 1; k >= 0; k--) {
			Draft draft = passage.drafts.get(k);
			if (passage.sentence[draft.anchor] != passage.sentence[i]) {
				return false;
			}
			// 增长8%，力争10%: a bare rate after a change is the change's stretch.
			boolean sameKind = draft.kind == kind || (kind == TargetKind.PERCENT && draft.kind == TargetKind.CHANGE);
			if (sameKind && Objects.equals(draft.unit, unit) && draft.stretch == null) {
				draft.stretch = value;
				return true;
			}
		}
		return false;
	}

}
