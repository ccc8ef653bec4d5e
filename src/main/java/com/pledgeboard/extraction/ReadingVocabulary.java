package com.pledgeboard.extraction;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
public final class ReadingVocabulary {

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

	private final Map<Role, Set<String>> words;

	private final Map<String, String> unitGroups;

	private final Map<Role, WordTable<Boolean>> tables = new EnumMap<>(Role.class);

	private ReadingVocabulary(Builder builder) {
		Map<Role, Set<String>> copy = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			copy.put(role, Collections.unmodifiableSet(new LinkedHashSet<>(builder.words.get(role))));
			this.tables.put(role, new WordTable<>(builder.words.get(role)
				.stream()
				.collect(Collectors.toMap(Function.identity(), w -> Boolean.TRUE))));
		}
		this.words = Collections.unmodifiableMap(copy);
		this.unitGroups = Collections.unmodifiableMap(new LinkedHashMap<>(builder.unitGroups));
	}

	/** The phrasing of Chinese municipal progress reports. */
	public static ReadingVocabulary defaults() {
		return DefaultReadingVocabulary.INSTANCE;
	}

	public static Builder builder() {
		return new Builder();
	}

	public Builder toBuilder() {
		Builder builder = new Builder();
		this.words.forEach((role, set) -> builder.words.get(role).addAll(set));
		builder.unitGroups.putAll(this.unitGroups);
		return builder;
	}

	/** The words of one role. */
	public Set<String> words(Role role) {
		return this.words.get(role);
	}

	/**
	 * Units that count the same thing, each mapped to the first of its group (名 and 人 and 位 count
	 * people); a reading in one measures a target in another.
	 */
	public Map<String, String> unitGroups() {
		return this.unitGroups;
	}

	/** Whether two normalised units count the same thing. */
	boolean sameUnit(String a, String b) {
		if (a == null || b == null) {
			return a == b;
		}
		return a.equals(b) || this.unitGroups.getOrDefault(a, a).equals(this.unitGroups.getOrDefault(b, b));
	}

	WordTable<Boolean> table(Role role) {
		return this.tables.get(role);
	}

	/** Whether a word of {@code role} starts in {@code [from, to)} and ends by {@code to}. */
	boolean contains(Role role, String text, int from, int to) {
		WordTable<Boolean> table = this.tables.get(role);
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
		WordTable<Boolean> plans = this.tables.get(Role.PLAN);
		WordTable<Boolean> past = this.tables.get(Role.PAST);
		WordTable<Boolean> notPlans = this.tables.get(Role.NOT_PLAN);
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

	@Override
	public String toString() {
		return "ReadingVocabulary" + this.words.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().size(), (a, b) -> a, LinkedHashMap::new));
	}

	/** Collects words for a {@link ReadingVocabulary}; every method adds and returns this builder. */
	public static final class Builder {

		private final Map<Role, Set<String>> words = new EnumMap<>(Role.class);

		private final Map<String, String> unitGroups = new LinkedHashMap<>();

		private Builder() {
			for (Role role : Role.values()) {
				this.words.put(role, new LinkedHashSet<>());
			}
		}

		public Builder add(Role role, String... words) {
			Collections.addAll(this.words.get(role), words);
			return this;
		}

		/** Units (as normalised by the target vocabulary) that count the same thing. */
		public Builder sameUnits(String first, String... others) {
			this.unitGroups.put(first, first);
			for (String other : others) {
				this.unitGroups.put(other, first);
			}
			return this;
		}

		public ReadingVocabulary build() {
			return new ReadingVocabulary(this);
		}

	}

}
