package com.pledgeboard.extraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.pledgeboard.extraction.ReadingVocabulary.Role;

/**
 * Reads every figure of a progress narrative with the words around it, in one left-to-right pass:
 * places in a league (位列全省第二), changes (同比下降34.6%, 与前三年平均值相比分别下降36.4%和31.2%),
 * shares of the target (完成年度目标的62.1%) and amounts with their unit (城市书房十二家, 1.26万个). For
 * each it notes the words naming what is measured (before the number, or after its measure word in
 * 完成4个城市单元人防控规批复) and what its clause says of it: a plan, a baseline, a remainder, a part,
 * things under way, the target restated, a total so far or the period's own figure.
 * <p>
 * Numbers, units, comparisons, change verbs, bases, distributors and leagues are read with the target
 * {@link Vocabulary}, exactly as in descriptions; dates, years, versions, ordinals and numbers in
 * quotations are left alone as the extractor leaves them.
 */
final class NarrativeScanner {

	private static final int MAX_RANK_WORDS = 4;

	private final Vocabulary vocabulary;

	private final ReadingVocabulary words;

	private final Phrases phrases;

	/** The extractor's rule for amounts, whose tests of numbers, distributors and bases are read with here. */
	private final AmountRule amounts;

	NarrativeScanner(Vocabulary vocabulary, ReadingVocabulary words) {
		this.vocabulary = vocabulary;
		this.words = words;
		this.phrases = new Phrases(vocabulary);
		this.amounts = new AmountRule(vocabulary, this.phrases);
	}

	/** The figures of a narrative in the order they are written. */
	List<Mention> scan(Passage passage, LocalDate asOf) {
		List<Mention> mentions = new ArrayList<>();
		String text = passage.text;
		int[] sentenceStart = sentenceStarts(passage);
		int group = 0;
		int i = 0;
		while (i < passage.length) {
			char c = text.charAt(i);
			if (passage.quoted[i]) {
				i++;
				continue;
			}
			if (this.vocabulary.rankScopeTable.mayStartWith(c) || this.vocabulary.rankLinkTable.mayStartWith(c)) {
				Mention rank = rank(passage, i);
				if (rank != null) {
					note(passage, rank, sentenceStart, asOf);
					mentions.add(rank);
					passage.cursor = rank.spanEnd;
					i = rank.spanEnd;
					continue;
				}
			}
			if (!ChineseNumbers.isNumeralChar(c)) {
				i++;
				continue;
			}
			Reading read = amount(passage, i);
			if (read.mentions.isEmpty()) {
				i = Math.max(i + 1, read.end);
				continue;
			}
			boolean grouped = read.mentions.size() > 1 && read.respective;
			for (Mention mention : read.mentions) {
				if (grouped) {
					mention.group = group;
				}
				note(passage, mention, sentenceStart, asOf);
				mentions.add(mention);
			}
			if (grouped) {
				group++;
			}
			passage.cursor = read.end;
			i = read.end;
		}
		return mentions;
	}

	/** What a number read at one place gave: one mention, several (各, 分别), or none. */
	private record Reading(List<Mention> mentions, int end, boolean respective) {

		static Reading none(int end) {
			return new Reading(List.of(), end, false);
		}

	}

	private Mention rank(Passage passage, int i) {
		String text = passage.text;
		int limit = passage.clauseEnd[i];
		int j = i;
		String scope = null;
		boolean linked = false;
		for (int n = 0; n < MAX_RANK_WORDS && j < limit; n++) {
			WordTable.Hit<Boolean> league = this.vocabulary.rankScopeTable.startingAt(text, j, limit);
			if (league != null) {
				scope = text.substring(league.start(), league.end());
				j = league.end();
				continue;
			}
			WordTable.Hit<Boolean> link = this.vocabulary.rankLinkTable.startingAt(text, j, limit);
			if (link == null) {
				break;
			}
			linked = true;
			j = link.end();
		}
		if ((scope == null && !linked) || j >= limit) {
			return null;
		}
		WordTable.Hit<Boolean> first = this.words.table(Role.FIRST_PLACE).startingAt(text, j, limit);
		BigDecimal value;
		int end;
		if (first != null) {
			value = BigDecimal.ONE;
			end = first.end();
		}
		else {
			if (text.charAt(j) != '第' && text.charAt(j) != '前') {
				return null;
			}
			ChineseNumbers.Numeral place = ChineseNumbers.read(text, j + 1, limit);
			if (place == null || place.scaled() || place.value().signum() <= 0 || place.value().scale() > 0) {
				return null;
			}
			value = place.value();
			end = place.end();
			if (end < limit && "名位强".indexOf(text.charAt(end)) >= 0) {
				end++;
			}
			else if (this.vocabulary.rankOrdinalBlockerTable.startsWithWord(text, end, limit)
					|| this.vocabulary.nonAmountFollowerTable.startsWithWord(text, end, limit)) {
				return null;
			}
		}
		Mention mention = new Mention(Mention.Kind.RANK, i);
		mention.value = value;
		mention.scope = (scope != null) ? scope : scopeIn(passage, passage.clauseStart[i], i);
		int segment = passage.segmentStart(i);
		int contextStart = skipTime(text, segment, i);
		Phrases.Phrase metric = this.phrases.trim(passage, contextStart, i, true, this.vocabulary.rankTrailingTable);
		mention.context = raw(text, contextStart, i);
		mention.named = names(text, metric);
		mention.spanStart = metric.isEmpty() ? i : metric.start();
		mention.spanEnd = end;
		return mention;
	}

	private String scopeIn(Passage passage, int from, int to) {
		for (int k = from; k < to; k++) {
			WordTable.Hit<Boolean> hit = this.vocabulary.rankScopeTable.startingAt(passage.text, k, to);
			if (hit != null) {
				return passage.text.substring(hit.start(), hit.end());
			}
		}
		return null;
	}

	private Reading amount(Passage passage, int i) {
		String text = passage.text;
		int limit = passage.clauseEnd[i];
		int segment = passage.segmentStart(i);
		ChineseNumbers.Numeral numeral = ChineseNumbers.read(text, i, limit);
		if (numeral == null) {
			return Reading.none(i + 1);
		}
		int numberEnd = numeral.end();
		if (!this.amounts.standsAlone(text, i, numberEnd, limit, numeral)) {
			return Reading.none(numberEnd);
		}
		int j = numberEnd;
		WordTable.Hit<Op> suffix = this.vocabulary.numberSuffixTable.startingAt(text, j, limit);
		if (suffix != null) {
			j = suffix.end();
		}
		if (this.vocabulary.nonAmountFollowerTable.startsWithWord(text, j, limit)) {
			return Reading.none(numberEnd);
		}
		String unit = null;
		WordTable.Hit<String> unitHit = this.vocabulary.unitTable.startingAt(text, j, limit);
		boolean tenths = unitHit == null && j < limit && text.charAt(j) == '成' && shareStart(text, i, segment) >= 0;
		if (unitHit != null) {
			unit = unitHit.value();
			j = unitHit.end();
		}
		else if (tenths) {
			// 完成年度任务的八成: tenths of the target, a share.
			unit = "%";
			j++;
		}
		else if (numeral.colloquial()) {
			unit = "元";
		}
		else if (j < limit && AmountRule.isLatin(text.charAt(j))) {
			return Reading.none(numberEnd);
		}
		else if (!numeral.scaled() && !(numeral.arabic() && numeral.value().scale() > 0
				&& this.vocabulary.comparisonBeforeTable.endingAt(text, i, passage.clauseStart[i]) != null)) {
			// 死亡率为0.009: a decimal after a link is a level even without a unit; names and codes are whole.
			return Reading.none(numberEnd);
		}
		if (suffix == null) {
			suffix = this.vocabulary.numberSuffixTable.startingAt(text, j, limit);
			j = (suffix != null) ? suffix.end() : j;
		}
		j = skipAside(text, j, limit);
		WordTable.Hit<Op> after = this.vocabulary.comparisonAfterTable.startingAt(text, j, limit);
		if (after != null) {
			j = after.end();
		}
		if (this.vocabulary.thresholdTable.startsWithWord(text, j, limit)) {
			return Reading.none(j);
		}
		boolean rate = this.vocabulary.isRate(unit);
		// 10亿元以上项目6个: a compared amount right before a noun describes the things counted.
		if (after != null && !"%".equals(unit) && j < limit && !Passage.isPunctuation(text.charAt(j))) {
			return Reading.none(j);
		}
		// 两个, 三项: small counts in Chinese numerals are mostly rhetoric, as in descriptions.
		if (!numeral.arabic() && !numeral.scaled() && numeral.value().compareTo(BigDecimal.TEN) < 0 && !tenths) {
			return Reading.none(j);
		}

		int k = i;
		int shareStart = rate ? shareStart(text, k, segment) : -1;
		Mention.Kind kind = Mention.Kind.AMOUNT;
		Direction direction = null;
		boolean intraYear = false;
		boolean restated = false;
		boolean distributed = false;
		boolean respective = false;
		int metricEnd;
		if (shareStart >= 0) {
			kind = Mention.Kind.SHARE;
			metricEnd = shareStart;
		}
		else {
			WordTable.Hit<Op> before = this.vocabulary.comparisonBeforeTable.endingAt(text, k, segment);
			boolean level = before != null && this.vocabulary.changeVerbTable.startingAt(text, before.start(), before.end()) != null;
			if (before != null) {
				k = before.start();
			}
			WordTable.Hit<Direction> verb = level ? null : this.vocabulary.changeVerbTable.endingAt(text, k, segment);
			WordTable.Hit<Boolean> rise = (verb == null) ? this.words.table(Role.RISE_NOUN).endingAt(text, k, segment) : null;
			WordTable.Hit<Boolean> fall = (verb == null && rise == null) ? this.words.table(Role.FALL_NOUN).endingAt(text, k, segment) : null;
			int m = (verb != null) ? verb.start() : (rise != null) ? rise.start() : (fall != null) ? fall.start() : k;
			WordTable.Hit<Boolean> spread = this.amounts.distributorEndingAt(text, m, segment);
			if (spread != null) {
				respective = this.amounts.isRespective(text, spread);
				distributed = true;
				m = spread.start();
			}
			int basisEnd = m;
			AmountRule.Basis basis = this.amounts.basis(text, m, segment);
			if (basis != null && spread == null) {
				spread = this.amounts.distributorEndingAt(text, basis.start(), segment);
				if (spread != null) {
					respective = this.amounts.isRespective(text, spread);
					distributed = true;
				}
			}
			boolean measure = verb != null && this.vocabulary.nounSuffixTable.endingAt(text, m, segment) != null;
			if (verb != null && (rate || basis != null || measure) || rise != null || fall != null) {
				kind = Mention.Kind.CHANGE;
				direction = (verb != null) ? verb.value() : (rise != null) ? Direction.UP : Direction.DOWN;
				if (basis != null) {
					intraYear = this.words.contains(Role.INTRA_YEAR_BASIS, text, basis.start(), basisEnd);
					m = (spread != null && spread.end() == basis.start()) ? spread.start() : basis.start();
				}
				metricEnd = m;
			}
			else {
				// 全年目标35台: the target restated.
				int said = linkStart(text, i, segment);
				restated = this.vocabulary.genericMetrics().stream().anyMatch((word) -> endsWith(text, said, segment, word));
				int v = k;
				WordTable.Hit<Boolean> object = this.vocabulary.objectVerbTable.endingAt(text, v, segment);
				if (object != null) {
					v = object.start();
				}
				WordTable.Hit<Boolean> each = this.amounts.distributorEndingAt(text, v, segment);
				if (each == null && v != k) {
					each = this.amounts.distributorEndingAt(text, k, segment);
				}
				if (each != null) {
					distributed = true;
					respective = this.amounts.isRespective(text, each);
					metricEnd = each.start();
				}
				else {
					metricEnd = k;
				}
			}
		}
		if (shareStart >= 0) {
			// 分别完成年度目标的62%和59%
			respective = hasRespective(text, segment, shareStart);
		}

		Mention mention = new Mention(kind, i);
		mention.value = tenths ? numeral.value().multiply(BigDecimal.TEN) : numeral.value();
		mention.unit = unit;
		mention.direction = direction;
		mention.intraYearBasis = intraYear;
		mention.restated = restated;
		int contextStart = skipTime(text, segment, metricEnd);
		Phrases.Phrase before = this.phrases.trim(passage, contextStart, metricEnd, true, null);
		Phrases.Phrase object = (kind == Mention.Kind.AMOUNT && !distributed) ? objectAfter(passage, j, limit) : null;
		if (object != null) {
			mention.context = object.text(text);
			mention.named = true;
			mention.spanStart = i;
			mention.spanEnd = object.end();
		}
		else {
			mention.context = raw(text, contextStart, metricEnd);
			mention.named = names(text, before);
			mention.spanStart = before.isEmpty() ? i : before.start();
			mention.spanEnd = j;
		}
		mention.spanStart = Math.min(mention.spanStart, i);

		List<Mention> mentions = new ArrayList<>();
		int end = (object != null) ? object.end() : j;
		if (respective) {
			mentions.add(mention);
			int at = j;
			while (at < limit) {
				WordTable.Hit<Boolean> connector = this.vocabulary.listConnectorTable.startingAt(text, at, limit);
				ChineseNumbers.Numeral next = (connector != null) ? ChineseNumbers.read(text, connector.end(), limit) : null;
				if (next == null) {
					break;
				}
				int nextEnd = next.end();
				WordTable.Hit<String> nextUnit = this.vocabulary.unitTable.startingAt(text, nextEnd, limit);
				if (nextUnit != null ? !nextUnit.value().equals(unit) : unit != null) {
					break;
				}
				nextEnd = (nextUnit != null) ? nextUnit.end() : nextEnd;
				Mention more = mention.copy(mention.context);
				more.value = next.value();
				more.spanEnd = nextEnd;
				mentions.add(more);
				at = nextEnd;
			}
			end = Math.max(end, at);
			if (mentions.size() == 1 && distributed && !before.isEmpty()) {
				mentions.clear();
				respective = false;
			}
			else if (kind == Mention.Kind.AMOUNT && !before.isEmpty()) {
				// 秸秆综合利用率、畜禽粪污资源化利用率分别为96.5%和93.1%: the things listed pair with the figures
				// in order; those before the last share the words written once at its end.
				List<String> parts = this.phrases.splitSharingHead(passage, before);
				if (parts.size() == mentions.size()) {
					String last = parts.get(parts.size() - 1);
					for (int p = 0; p < parts.size(); p++) {
						mentions.get(p).context = (p < parts.size() - 1) ? parts.get(p) + last : last;
						mentions.get(p).named = true;
					}
				}
			}
		}
		if (mentions.isEmpty() && distributed && !before.isEmpty()) {
			// 人防综合体、人防专业队审批各完成2个: one figure for each thing listed.
			for (String part : this.phrases.splitSharingHead(passage, before)) {
				Mention one = mention.copy(part);
				one.named = true;
				mentions.add(one);
			}
		}
		if (mentions.isEmpty()) {
			mentions.add(mention);
		}
		return new Reading(mentions, end, respective);
	}

	/** Skips a short aside in brackets right after a measure word, 1.12万套（间）: another name for the unit. */
	private static int skipAside(String text, int j, int limit) {
		if (j >= limit || (text.charAt(j) != '（' && text.charAt(j) != '(')) {
			return j;
		}
		for (int q = j + 1; q < Math.min(limit, j + 6); q++) {
			char c = text.charAt(q);
			if (Character.isDigit(c)) {
				return j;
			}
			if (c == '）' || c == ')') {
				return q + 1;
			}
		}
		return j;
	}

	/** Where the words of a share of the target start before a percentage: 完成年度目标的, 完成率为; or -1. */
	private int shareStart(String text, int k, int segment) {
		int q = k;
		WordTable.Hit<Op> link = this.vocabulary.comparisonBeforeTable.endingAt(text, q, segment);
		if (link != null) {
			q = link.start();
		}
		if (q - 1 >= segment && text.charAt(q - 1) == '的') {
			WordTable.Hit<Boolean> of = this.words.table(Role.SHARE_OF).endingAt(text, q - 1, segment);
			if (of != null) {
				return of.start();
			}
		}
		WordTable.Hit<Boolean> rate = this.words.table(Role.SHARE_RATE).endingAt(text, q, segment);
		return (rate != null) ? rate.start() : -1;
	}

	/**
	 * The thing counted when it is written after the measure word (完成4个城市单元人防控规批复, 走进38个乡镇,
	 * 完成72%的已建人防工程…), or {@code null} when what follows is a verb or nothing.
	 */
	private Phrases.Phrase objectAfter(Passage passage, int j, int limit) {
		String text = passage.text;
		if (j >= limit) {
			return null;
		}
		int from = j;
		boolean attributive = text.charAt(j) == '的';
		if (attributive) {
			from++;
		}
		else if (Passage.isPunctuation(text.charAt(j)) && !Passage.isOpening(text.charAt(j))) {
			return null;
		}
		else if (startsWithVerb(text, j, limit)) {
			return null;
		}
		int end = limit;
		for (int q = from; q < limit; q++) {
			if (!passage.quoted[q] && ChineseNumbers.isNumeralChar(text.charAt(q)) && Character.isDigit(text.charAt(q))) {
				end = q;
				break;
			}
		}
		Phrases.Phrase phrase = this.phrases.trim(passage, from, end, false, this.vocabulary.listConnectorTable);
		return (phrase.end() - phrase.start() >= 2) ? phrase : null;
	}

	private boolean startsWithVerb(String text, int at, int limit) {
		char c = text.charAt(at);
		return "已将可均各都也并且还再正尚仍".indexOf(c) >= 0
				|| this.vocabulary.metricPrefixTable.startsWithWord(text, at, limit)
				|| this.vocabulary.changeVerbTable.startsWithWord(text, at, limit)
				|| this.vocabulary.comparisonBeforeTable.startsWithWord(text, at, limit)
				|| this.words.table(Role.UNDER_WAY).startsWithWord(text, at, limit)
				|| this.words.table(Role.NOT_DONE).startsWithWord(text, at, limit)
				|| this.words.table(Role.DONE).startsWithWord(text, at, limit)
				|| this.words.table(Role.COMPLETION_VERB).startsWithWord(text, at, limit);
	}

	/** What the clause says of a figure: a plan, a baseline, a remainder, a part, a total or the period's own. */
	private void note(Passage passage, Mention mention, int[] sentenceStart, LocalDate asOf) {
		String text = passage.text;
		int at = mention.anchor;
		int clauseStart = passage.clauseStart[at];
		int clauseEnd = passage.clauseEnd[at];
		mention.topic = raw(text, sentenceStart[at], Math.max(sentenceStart[at], Math.min(mention.spanStart, clauseStart)));
		mention.perUnit = perUnit(text, clauseStart, at);
		mention.plan = this.words.plans(text, clauseStart, at) || this.words.table(Role.OUTLOOK)
			.startsWithWord(text, skipSpace(text, sentenceStart[at]), passage.length);
		if (!mention.named && clauseStart > sentenceStart[at]) {
			// 研发投入强度预计达到3.35%，比上年提高0.15个百分点: a clause with no subject of its own goes on
			// with the clause before, and a plan there is a plan here.
			int previous = passage.clauseStart[clauseStart - 1];
			mention.plan |= this.words.plans(text, previous, clauseStart - 1);
		}
		if (mention.kind != Mention.Kind.CHANGE) {
			mention.baseline = this.words.contains(Role.BASELINE, text, clauseStart, at) || earlierYear(passage, clauseStart, at);
		}
		mention.remainder = this.words.contains(Role.REMAINDER, text, clauseStart, at);
		if (mention.kind == Mention.Kind.AMOUNT) {
			mention.underWay = this.words.contains(Role.UNDER_WAY, text, clauseStart, clauseEnd);
		}
		mention.part = this.words.contains(Role.PART, text, clauseStart, at);
		mention.period = this.words.contains(Role.PERIOD, text, clauseStart, at) || namesPeriodEnding(text, clauseStart, at, asOf);
		if (mention.period) {
			mention.cumulative = Boolean.FALSE;
		}
		else if (this.words.contains(Role.CUMULATIVE, text, clauseStart, at)) {
			mention.cumulative = Boolean.TRUE;
		}
	}

	/** 2021年全市…为14.2%: a year before the plan year dates the figure as history. */
	private static boolean earlierYear(Passage passage, int from, int to) {
		for (int q = from; q + 4 < to; q++) {
			if (Phrases.yearEnd(passage.text, q, to) > 0 && (q == 0 || !Character.isDigit(passage.text.charAt(q - 1)))
					&& Phrases.year(passage.text, q) < passage.planYear) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the clause names the quarter or the month that ends on the report's day (三季度 in a report
	 * to 9月30日, 6月份 in one to 6月30日): the figure is that period's own. 截至6月底 and 1-6月 run from
	 * the year's start and are not.
	 */
	private static boolean namesPeriodEnding(String text, int from, int to, LocalDate asOf) {
		if (asOf.getDayOfMonth() != asOf.lengthOfMonth()) {
			return false;
		}
		int month = asOf.getMonthValue();
		if (month % 3 == 0) {
			String quarter = "一二三四".charAt(month / 3 - 1) + "季度";
			int q = text.indexOf(quarter, from);
			if (q >= 0 && q + quarter.length() <= to && (q == from || text.charAt(q - 1) != '前')) {
				return true;
			}
		}
		for (int q = from; q < to; q++) {
			if (!Character.isDigit(text.charAt(q)) || (q > from && Character.isDigit(text.charAt(q - 1)))) {
				continue;
			}
			int end = q;
			while (end < to && Character.isDigit(text.charAt(end))) {
				end++;
			}
			boolean ranged = q > from && "-—~～至到".indexOf(text.charAt(q - 1)) >= 0;
			boolean asOfDate = q >= from + 2 && (text.startsWith("截至", q - 2) || text.startsWith("截止", q - 2));
			if (end < to && text.charAt(end) == '月' && !ranged && !asOfDate
					&& Integer.parseInt(text, q, end, 10) == month && (end + 1 >= to || "底末".indexOf(text.charAt(end + 1)) < 0)) {
				return true;
			}
		}
		return false;
	}

	/** 每10万人口, 每周, 每人: the figure is counted per person, household or period. */
	boolean perUnit(String text, int from, int to) {
		for (int q = from; q < to; q++) {
			if (text.charAt(q) == '每' && (q + 1 < to && ChineseNumbers.isNumeralChar(text.charAt(q + 1))
					|| this.vocabulary.perPhraseTable.startingAt(text, q, to) != null)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a trimmed phrase names a thing rather than being a verb alone (新增, 完成). */
	private boolean names(String text, Phrases.Phrase phrase) {
		if (phrase.isEmpty()) {
			return false;
		}
		for (WordTable<?> verbs : List.of(this.vocabulary.metricPrefixTable, this.vocabulary.changeVerbTable,
				this.words.table(Role.COMPLETION_VERB))) {
			WordTable.Hit<?> hit = verbs.startingAt(text, phrase.start(), phrase.end());
			if (hit != null && hit.end() == phrase.end()) {
				return false;
			}
		}
		return true;
	}

	/** The words from {@code from} to {@code to} without the punctuation at either end. */
	private static String raw(String text, int from, int to) {
		int start = from;
		int end = to;
		while (start < end && Passage.isPunctuation(text.charAt(start)) && !Passage.isOpening(text.charAt(start))) {
			start++;
		}
		while (end > start && Passage.isPunctuation(text.charAt(end - 1)) && !Passage.isClosing(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	/** Skips time words (上半年, 今年以来, 截至), dates (6月底, 1-9月) and 其中 at the start of a metric. */
	private int skipTime(String text, int from, int to) {
		int at = from;
		boolean moved = true;
		while (moved && at < to) {
			moved = false;
			char c = text.charAt(at);
			if (Passage.isPunctuation(c) && !Passage.isOpening(c)) {
				at++;
				moved = true;
				continue;
			}
			WordTable.Hit<Boolean> word = this.words.table(Role.TIME).startingAt(text, at, to);
			if (word == null) {
				word = this.words.table(Role.PART).startingAt(text, at, to);
			}
			if (word == null) {
				word = this.words.table(Role.PERIOD).startingAt(text, at, to);
			}
			if (word == null) {
				word = this.words.table(Role.REMAINDER).startingAt(text, at, to);
			}
			if (word != null) {
				at = word.end();
				moved = true;
				continue;
			}
			int date = dateEnd(text, at, to);
			if (date > at) {
				at = date;
				moved = true;
			}
		}
		return at;
	}

	/** The end of a date or a span of months at {@code at} (2022年, 6月底, 1-9月, 9月末), or {@code at}. */
	private static int dateEnd(String text, int at, int to) {
		int q = at;
		while (q < to && (Character.isDigit(text.charAt(q)) || "-—~～至到".indexOf(text.charAt(q)) >= 0)) {
			q++;
		}
		if (q == at || q >= to || "年月".indexOf(text.charAt(q)) < 0) {
			return at;
		}
		q++;
		while (q < to && "度份底末初中旬日号".indexOf(text.charAt(q)) >= 0) {
			q++;
		}
		return q;
	}

	/** Where the words before a number start once a comparison word is set aside, for 目标35台. */
	private int linkStart(String text, int i, int segment) {
		WordTable.Hit<Op> before = this.vocabulary.comparisonBeforeTable.endingAt(text, i, segment);
		int k = (before != null) ? before.start() : i;
		while (k > segment && (text.charAt(k - 1) == '：' || text.charAt(k - 1) == ':')) {
			k--;
		}
		return k;
	}

	private static boolean endsWith(String text, int end, int floor, String word) {
		int start = end - word.length();
		return start >= floor && text.startsWith(word, start);
	}

	private boolean hasRespective(String text, int from, int to) {
		for (int q = from; q < to; q++) {
			if (this.vocabulary.respectiveTable.startingAt(text, q, to) != null) {
				return true;
			}
		}
		return false;
	}

	private static int[] sentenceStarts(Passage passage) {
		int[] starts = new int[passage.length + 1];
		int start = 0;
		for (int k = 0; k <= passage.length; k++) {
			if (k > 0 && passage.sentence[k] != passage.sentence[k - 1]) {
				start = k;
			}
			starts[k] = start;
		}
		return starts;
	}

	private static int skipSpace(String text, int at) {
		int q = at;
		while (q < text.length() && Character.isWhitespace(text.charAt(q))) {
			q++;
		}
		return q;
	}

}
