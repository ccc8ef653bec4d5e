package com.pledgeboard.extraction;

import java.util.Map;
import java.util.Set;

/**
 * The words a progress narrative (进展情况) is read with, beside the target {@link Vocabulary} whose
 * numbers, units, comparisons, change verbs and leagues the {@link ReadingExtractor} shares: which words
 * make a number a total so far or the period's own, a plan, a baseline, a remainder, a part, a share of
 * the target, and which say that a thing is done or not yet. Kept as data so that another city's or
 * department's phrasing is added here, not in the rules.
 * <p>
 * Immutable; {@link #defaults()} is the phrasing of municipal progress reports, and
 * {@link #toBuilder()} extends it: {@code ReadingVocabulary.defaults().toBuilder().add(Role.PLAN, "拟于").build()}.
 */
public final class ReadingVocabulary extends RoleVocabulary<ReadingVocabulary.Role, ReadingVocabulary> {

	/** What a word tells about the number near it. */
	public enum Role {

		/** Before a number in its clause: a total so far (累计, 已, 共). */
		CUMULATIVE,
		/** Before a number in its clause: the period's own figure (本季度, 当月). */
		PERIOD,
		/** Before a number in its clause: a plan or an expectation (预计, 计划, 力争), not progress. */
		PLAN,
		/** Opening a sentence: the whole sentence is about what comes next (下一步, 下阶段). */
		OUTLOOK,
		/** Right before a plan word, making it the past (已争取 is obtained, not aimed at). */
		PAST,
		/** Words containing a plan word that are no plan (年度计划 is the plan's amount, 按计划 the pace). */
		NOT_PLAN,
		/** Before a number in its clause: history or a comparison's basis (去年同期为5家). */
		BASELINE,
		/** Before a number in its clause: what is left or besides (其余22个, 另有7个). */
		REMAINDER,
		/** Anywhere in the clause: things under way, counted before they are done (正在推进, 待验收). */
		UNDER_WAY,
		/** Before a number in its clause: a part of the total before it (其中). */
		PART,
		/** Time words that are no part of what is measured (上半年, 今年以来), dropped from the metric. */
		TIME,
		/** Before 的 and a percentage: the share of the target (完成年度目标的65%). */
		SHARE_OF,
		/** Before a percentage: a rate of completion of the target (完成率65%). */
		SHARE_RATE,
		/** A noun for a rise (增幅12%, 增速8%): a change upwards without a verb. */
		RISE_NOUN,
		/** A noun for a fall (降幅12%): a change downwards without a verb. */
		FALL_NOUN,
		/** A basis within the year (环比, 较一季度): not the year-on-year change that targets promise. */
		INTRA_YEAR_BASIS,
		/** Ends of a target's metric that do not name the thing (任务, 建设): left out when comparing metrics. */
		GENERIC_HEAD,
		/** After a league: the first place, said without a number (居全省首位, 位列榜首). */
		FIRST_PLACE,
		/** In a clause: the thing is done (按期, 如期, 已全部, 全面建成). */
		DONE,
		/** After 已 in a clause: verbs of completion (已出台, 已建成, 已上线). */
		COMPLETION_VERB,
		/** In a clause: the thing is not done yet (尚未, 仍在…中, 正在). */
		NOT_DONE,
		/** In a clause: the whole of the thing (全部, 全面), which a clause counting a part needs to say done. */
		WHOLE,
		/** In a clause: done only in part or in outline (基本, 初步), which is neither done nor not. */
		HEDGE,
		/** In a clause: only the preparation is done (方案, 编制), not the thing itself. */
		PREPARATION

	}

	private ReadingVocabulary(Map<Role, Set<String>> words) {
		super(Role.class, words, ReadingVocabulary::new);
	}

	/** The phrasing of Chinese municipal progress reports. */
	public static ReadingVocabulary defaults() {
		return DefaultReadingVocabulary.INSTANCE;
	}

	public static Builder<Role, ReadingVocabulary> builder() {
		return new Builder<>(Role.class, ReadingVocabulary::new);
	}

	/** Whether a word of {@code role} starts in {@code [from, to)} and ends by {@code to}. */
	boolean contains(Role role, String text, int from, int to) {
		WordTable<Boolean> table = table(role);
		for (int q = from; q < to; q++) {
			if (table.startingAt(text, q, to) != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a plan word stands in {@code [from, to)}, unless the past is said right before it (已争取)
	 * or it is part of a word that is no plan (年度计划, 按计划).
	 */
	boolean plans(String text, int from, int to) {
		WordTable<Boolean> plans = table(Role.PLAN);
		WordTable<Boolean> past = table(Role.PAST);
		WordTable<Boolean> notPlans = table(Role.NOT_PLAN);
		for (int q = from; q < to; q++) {
			WordTable.Hit<Boolean> hit = plans.startingAt(text, q, to);
			if (hit == null || past.endingAt(text, q, from) != null) {
				continue;
			}
			boolean inWord = false;
			for (int s = Math.max(from, q - 3); s <= q && !inWord; s++) {
				WordTable.Hit<Boolean> word = notPlans.startingAt(text, s, to);
				inWord = word != null && word.end() >= hit.end();
			}
			if (!inWord) {
				return true;
			}
		}
		return false;
	}

}
