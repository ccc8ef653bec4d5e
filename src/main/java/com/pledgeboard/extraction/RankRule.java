package com.pledgeboard.extraction;

import java.math.BigDecimal;

/**
 * Places in a league table: 保X争Y拼Z (floor X, value Y, stretch Z; 保二拼第一 has value = floor),
 * 前N (op {@code <=}: 全省前三, 进入全国前20, 全省前列（前三）) and 第N (op {@code =}: 位列全省第1,
 * 全省第一). 前N and 第N need a league (全省, 全国 …) before them, so that 前三年 and 第十七届 stay
 * what they are; 保X争Y needs none, the pattern is its own mark. Runs inside quotation marks too:
 * 在全省“保三争二拼第一” is a rank, not a name.
 */
final class RankRule {

	private static final int MAX_LINKS = 3;

	private final Vocabulary vocabulary;

	private final Phrases phrases;

	RankRule(Vocabulary vocabulary, Phrases phrases) {
		this.vocabulary = vocabulary;
		this.phrases = phrases;
	}

	/** Reads a rank starting at {@code i}; returns where it ends, or -1. */
	int tryAt(Passage passage, int i) {
		String text = passage.text;
		char first = text.charAt(i);
		int limit = passage.clauseEnd[i];
		String scope = null;
		int j = i;
		WordTable.Hit<Boolean> stretchWord = this.vocabulary.stretchTable.startingAt(text, i, limit);
		if (stretchWord != null) {
			int end = readStretch(passage, stretchWord.end(), limit);
			if (end > 0) {
				return end;
			}
		}
		WordTable.Hit<Boolean> scopeHit = this.vocabulary.rankScopeTable.startingAt(text, i, limit);
		if (scopeHit != null) {
			scope = text.substring(scopeHit.start(), scopeHit.end());
			j = scopeHit.end();
			for (int links = 0; links < MAX_LINKS; links++) {
				WordTable.Hit<Boolean> link = this.vocabulary.rankLinkTable.startingAt(text, j, limit);
				if (link == null) {
					break;
				}
				j = link.end();
			}
			while (j < limit && Passage.isOpening(text.charAt(j))) {
				j++;
			}
		}
		else if (first != '保') {
			return -1;
		}
		Draft draft = new Draft(TargetKind.RANK, i);
		int end = readPledge(text, j, limit, draft);
		if (end < 0 && scope != null) {
			end = readPlace(text, j, limit, draft);
		}
		if (end < 0) {
			return -1;
		}
		while (end < limit && Passage.isClosing(text.charAt(end))) {
			end++;
		}
		draft.scope = (scope != null) ? scope : scopeBefore(passage, i);
		Phrases.Phrase metric = this.phrases.trim(passage, passage.segmentStart(i), i, true, this.vocabulary.rankTrailingTable);
		draft.metric = metric.text(text);
		draft.role = metric.baseline() ? TargetRole.BASELINE : TargetRole.TARGET;
		draft.spanStart = metric.isEmpty() ? i : metric.start();
		draft.spanEnd = end;
		passage.drafts.add(draft);
		passage.cursor = end;
		return end;
	}

	/**
	 * 确保全省前五、力争前三: a place after a stretch word, with no league of its own, is the best hoped
	 * for by the rank before it in the sentence.
	 */
	private int readStretch(Passage passage, int j, int limit) {
		String text = passage.text;
		for (int links = 0; links < MAX_LINKS; links++) {
			WordTable.Hit<Boolean> link = this.vocabulary.rankLinkTable.startingAt(text, j, limit);
			if (link == null) {
				break;
			}
			j = link.end();
		}
		Draft place = new Draft(TargetKind.RANK, j);
		int end = readPlace(text, j, limit, place);
		if (end < 0 || passage.drafts.isEmpty()) {
			return -1;
		}
		Draft previous = passage.drafts.get(passage.drafts.size() - 1);
		if (previous.kind != TargetKind.RANK || previous.stretch != null
				|| passage.sentence[previous.anchor] != passage.sentence[j]
				|| previous.value == null || place.value.compareTo(previous.value) >= 0) {
			return -1;
		}
		previous.stretch = place.value;
		previous.spanEnd = Math.max(previous.spanEnd, end);
		passage.cursor = end;
		return end;
	}

	/** 保X争Y拼Z, 保X拼Z, 保X争Y. */
	private int readPledge(String text, int j, int limit, Draft draft) {
		if (j >= limit || text.charAt(j) != '保') {
			return -1;
		}
		Place hold = place(text, j + 1, limit);
		if (hold == null) {
			return -1;
		}
		int end = hold.end();
		Place aim = null;
		Place hope = null;
		if (end < limit && (text.charAt(end) == '争')) {
			aim = place(text, end + 1, limit);
			if (aim != null) {
				end = aim.end();
			}
		}
		if (end < limit && (text.charAt(end) == '拼' || text.charAt(end) == '冲' || text.charAt(end) == '夺')) {
			hope = place(text, end + 1, limit);
			if (hope != null) {
				end = hope.end();
			}
		}
		if (aim == null && hope == null) {
			return -1;
		}
		draft.op = Op.LE;
		draft.floor = hold.value();
		draft.value = (aim != null) ? aim.value() : hold.value();
		draft.stretch = (hope != null) ? hope.value() : null;
		return end;
	}

	/** 前N (at most N-th) or 第N (exactly N-th). */
	private int readPlace(String text, int j, int limit, Draft draft) {
		if (j >= limit) {
			return -1;
		}
		char c = text.charAt(j);
		if (c != '前' && c != '第') {
			return -1;
		}
		ChineseNumbers.Numeral numeral = ChineseNumbers.read(text, j + 1, limit);
		if (numeral == null || numeral.scaled() || numeral.value().signum() <= 0) {
			return -1;
		}
		int end = numeral.end();
		if (end < limit && (text.charAt(end) == '名' || text.charAt(end) == '位' || (c == '前' && text.charAt(end) == '强'))) {
			end++;
		}
		else if (this.vocabulary.rankOrdinalBlockerTable.startsWithWord(text, end, limit)
				|| this.vocabulary.nonAmountFollowerTable.startsWithWord(text, end, limit)) {
			return -1;
		}
		draft.op = (c == '前') ? Op.LE : Op.EQ;
		draft.value = numeral.value();
		return end;
	}

	/** The nearest league named earlier in the sentence, for 保X争Y written without one. */
	private String scopeBefore(Passage passage, int i) {
		int sentence = passage.sentence[i];
		for (int k = i - 1; k >= 0 && passage.sentence[k] == sentence; k--) {
			WordTable.Hit<Boolean> hit = this.vocabulary.rankScopeTable.startingAt(passage.text, k, i);
			if (hit != null) {
				return passage.text.substring(hit.start(), hit.end());
			}
		}
		return null;
	}

	private record Place(BigDecimal value, int end) {
	}

	private static Place place(String text, int at, int limit) {
		int from = (at < limit && text.charAt(at) == '第') ? at + 1 : at;
		ChineseNumbers.Numeral numeral = ChineseNumbers.read(text, from, limit);
		if (numeral == null || numeral.scaled() || numeral.value().signum() <= 0) {
			return null;
		}
		int end = numeral.end();
		if (end < limit && (text.charAt(end) == '名' || text.charAt(end) == '位')) {
			end++;
		}
		return new Place(numeral.value(), end);
	}

}
