package com.pledgeboard.extraction;

import java.time.MonthDay;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words the extractor's rules are written in terms of, kept as data so that they can be read,
 * printed, tested and extended for another city's or department's phrasing without touching the
 * rules: comparison words, units and measure words, change verbs, rank scopes, deadline words and
 * the fillers that are trimmed from a metric.
 * <p>
 * Immutable; {@link #defaults()} is the vocabulary of municipal commitment tables, and
 * {@link #toBuilder()} extends it: {@code Vocabulary.defaults().toBuilder().unit("株").build()}.
 */
public final class Vocabulary {

	private final Map<String, Op> comparisonsBefore;

	private final Map<String, Op> comparisonsAfter;

	private final Map<String, Op> numberSuffixes;

	private final Map<String, String> units;

	private final Set<String> countUnits;

	private final Set<String> rateUnits;

	private final Map<String, String> unitGroups;

	private final Map<String, Direction> changeVerbs;

	private final Set<String> bases;

	private final Set<String> basisOpeners;

	private final Set<String> basisClosers;

	private final Set<String> comparativeMarkers;

	private final Set<String> distributors;

	private final Set<String> stretchWords;

	private final Set<String> rankScopes;

	private final Set<String> rankLinks;

	private final Set<String> rankOrdinalBlockers;

	private final Map<String, MonthDay> deadlineWords;

	private final Set<String> deadlineSuffixes;

	private final Set<String> metricPrefixes;

	private final Set<String> objectVerbs;

	private final Set<String> metricSuffixes;

	private final Set<String> genericMetrics;

	private final Set<String> thresholdMarkers;

	private final Set<String> baselineMarkers;

	private final Set<String> listConnectors;

	private final Set<String> nonAmountFollowers;

	private final Set<String> nonAmountPrecedents;

	private final Set<String> nounSuffixes;

	private final Set<String> perPhrases;

	private final Set<String> nonConnectors;

	private final Set<String> nonDistributors;

	private final Set<String> rangeSeparators;

	private final Set<String> ruleCapMarkers;

	private final Set<String> ruleClauseOpeners;

	private final Set<String> ruleClauseVerbs;

	private final Set<String> respectiveWords;

	final WordTable<Op> comparisonBeforeTable;

	final WordTable<Op> comparisonAfterTable;

	final WordTable<Op> numberSuffixTable;

	final WordTable<String> unitTable;

	final WordTable<Direction> changeVerbTable;

	final WordTable<Boolean> basisTable;

	final WordTable<Boolean> basisOpenerTable;

	final WordTable<Boolean> basisCloserTable;

	final WordTable<Boolean> comparativeMarkerTable;

	final WordTable<Boolean> distributorTable;

	final WordTable<Boolean> stretchTable;

	final WordTable<Boolean> rankScopeTable;

	final WordTable<Boolean> rankLinkTable;

	final WordTable<Boolean> rankOrdinalBlockerTable;

	/** Links and leagues trimmed from the end of a rank's metric (…指数在全省排名 → …指数). */
	final WordTable<Boolean> rankTrailingTable;

	final WordTable<MonthDay> deadlineTable;

	final WordTable<Boolean> deadlineSuffixTable;

	final WordTable<Boolean> metricPrefixTable;

	final WordTable<Boolean> objectVerbTable;

	final WordTable<Boolean> metricSuffixTable;

	final WordTable<Boolean> thresholdTable;

	final WordTable<Boolean> baselineTable;

	final WordTable<Boolean> listConnectorTable;

	final WordTable<Boolean> nonAmountFollowerTable;

	final WordTable<Boolean> nonAmountPrecedentTable;

	final WordTable<Boolean> nounSuffixTable;

	final WordTable<Boolean> perPhraseTable;

	final WordTable<Boolean> nonConnectorTable;

	final WordTable<Boolean> nonDistributorTable;

	final WordTable<Boolean> rangeSeparatorTable;

	final WordTable<Boolean> ruleCapTable;

	final WordTable<Boolean> ruleOpenerTable;

	final WordTable<Boolean> ruleVerbTable;

	final WordTable<Boolean> respectiveTable;

	private Vocabulary(Builder builder) {
		this.comparisonsBefore = frozen(builder.comparisonsBefore);
		this.comparisonsAfter = frozen(builder.comparisonsAfter);
		this.numberSuffixes = frozen(builder.numberSuffixes);
		this.units = frozen(builder.units);
		this.countUnits = frozen(builder.countUnits);
		this.rateUnits = frozen(builder.rateUnits);
		this.unitGroups = frozen(builder.unitGroups);
		this.changeVerbs = frozen(builder.changeVerbs);
		this.bases = frozen(builder.bases);
		this.basisOpeners = frozen(builder.basisOpeners);
		this.basisClosers = frozen(builder.basisClosers);
		this.comparativeMarkers = frozen(builder.comparativeMarkers);
		this.distributors = frozen(builder.distributors);
		this.stretchWords = frozen(builder.stretchWords);
		this.rankScopes = frozen(builder.rankScopes);
		this.rankLinks = frozen(builder.rankLinks);
		this.rankOrdinalBlockers = frozen(builder.rankOrdinalBlockers);
		this.deadlineWords = frozen(builder.deadlineWords);
		this.deadlineSuffixes = frozen(builder.deadlineSuffixes);
		this.metricPrefixes = frozen(builder.metricPrefixes);
		this.objectVerbs = frozen(builder.objectVerbs);
		this.metricSuffixes = frozen(builder.metricSuffixes);
		this.genericMetrics = frozen(builder.genericMetrics);
		this.thresholdMarkers = frozen(builder.thresholdMarkers);
		this.baselineMarkers = frozen(builder.baselineMarkers);
		this.listConnectors = frozen(builder.listConnectors);
		this.nonAmountFollowers = frozen(builder.nonAmountFollowers);
		this.nonAmountPrecedents = frozen(builder.nonAmountPrecedents);
		this.nounSuffixes = frozen(builder.nounSuffixes);
		this.perPhrases = frozen(builder.perPhrases);
		this.nonConnectors = frozen(builder.nonConnectors);
		this.nonDistributors = frozen(builder.nonDistributors);
		this.rangeSeparators = frozen(builder.rangeSeparators);
		this.ruleCapMarkers = frozen(builder.ruleCapMarkers);
		this.ruleClauseOpeners = frozen(builder.ruleClauseOpeners);
		this.ruleClauseVerbs = frozen(builder.ruleClauseVerbs);
		this.respectiveWords = frozen(builder.respectiveWords);
		this.comparisonBeforeTable = new WordTable<>(this.comparisonsBefore);
		this.comparisonAfterTable = new WordTable<>(this.comparisonsAfter);
		this.numberSuffixTable = new WordTable<>(this.numberSuffixes);
		this.unitTable = new WordTable<>(this.units);
		this.changeVerbTable = new WordTable<>(this.changeVerbs);
		this.basisTable = WordTable.of(this.bases);
		this.basisOpenerTable = WordTable.of(this.basisOpeners);
		this.basisCloserTable = WordTable.of(this.basisClosers);
		this.comparativeMarkerTable = WordTable.of(this.comparativeMarkers);
		this.distributorTable = WordTable.of(this.distributors);
		this.stretchTable = WordTable.of(this.stretchWords);
		this.rankScopeTable = WordTable.of(this.rankScopes);
		this.rankLinkTable = WordTable.of(this.rankLinks);
		this.rankOrdinalBlockerTable = WordTable.of(this.rankOrdinalBlockers);
		Set<String> rankTrailing = new LinkedHashSet<>(this.rankLinks);
		rankTrailing.addAll(this.rankScopes);
		this.rankTrailingTable = WordTable.of(rankTrailing);
		this.deadlineTable = new WordTable<>(this.deadlineWords);
		this.deadlineSuffixTable = WordTable.of(this.deadlineSuffixes);
		Set<String> prefixes = new LinkedHashSet<>(this.metricPrefixes);
		prefixes.addAll(this.objectVerbs);
		this.metricPrefixTable = WordTable.of(prefixes);
		this.objectVerbTable = WordTable.of(this.objectVerbs);
		this.metricSuffixTable = WordTable.of(this.metricSuffixes);
		this.thresholdTable = WordTable.of(this.thresholdMarkers);
		this.baselineTable = WordTable.of(this.baselineMarkers);
		this.listConnectorTable = WordTable.of(this.listConnectors);
		this.nonAmountFollowerTable = WordTable.of(this.nonAmountFollowers);
		this.nonAmountPrecedentTable = WordTable.of(this.nonAmountPrecedents);
		this.nounSuffixTable = WordTable.of(this.nounSuffixes);
		this.perPhraseTable = WordTable.of(this.perPhrases);
		this.nonConnectorTable = WordTable.of(this.nonConnectors);
		this.nonDistributorTable = WordTable.of(this.nonDistributors);
		this.rangeSeparatorTable = WordTable.of(this.rangeSeparators);
		this.ruleCapTable = WordTable.of(this.ruleCapMarkers);
		this.ruleOpenerTable = WordTable.of(this.ruleClauseOpeners);
		this.ruleVerbTable = WordTable.of(this.ruleClauseVerbs);
		this.respectiveTable = WordTable.of(this.respectiveWords);
	}

	/** The vocabulary of Chinese municipal commitment tables. */
	public static Vocabulary defaults() {
		return DefaultVocabulary.INSTANCE;
	}

	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.comparisonsBefore.putAll(this.comparisonsBefore);
		builder.comparisonsAfter.putAll(this.comparisonsAfter);
		builder.numberSuffixes.putAll(this.numberSuffixes);
		builder.units.putAll(this.units);
		builder.countUnits.addAll(this.countUnits);
		builder.rateUnits.addAll(this.rateUnits);
		builder.unitGroups.putAll(this.unitGroups);
		builder.changeVerbs.putAll(this.changeVerbs);
		builder.bases.addAll(this.bases);
		builder.basisOpeners.addAll(this.basisOpeners);
		builder.basisClosers.addAll(this.basisClosers);
		builder.comparativeMarkers.addAll(this.comparativeMarkers);
		builder.distributors.addAll(this.distributors);
		builder.stretchWords.addAll(this.stretchWords);
		builder.rankScopes.addAll(this.rankScopes);
		builder.rankLinks.addAll(this.rankLinks);
		builder.rankOrdinalBlockers.addAll(this.rankOrdinalBlockers);
		builder.deadlineWords.putAll(this.deadlineWords);
		builder.deadlineSuffixes.addAll(this.deadlineSuffixes);
		builder.metricPrefixes.addAll(this.metricPrefixes);
		builder.objectVerbs.addAll(this.objectVerbs);
		builder.metricSuffixes.addAll(this.metricSuffixes);
		builder.genericMetrics.addAll(this.genericMetrics);
		builder.thresholdMarkers.addAll(this.thresholdMarkers);
		builder.baselineMarkers.addAll(this.baselineMarkers);
		builder.listConnectors.addAll(this.listConnectors);
		builder.nonAmountFollowers.addAll(this.nonAmountFollowers);
		builder.nonAmountPrecedents.addAll(this.nonAmountPrecedents);
		builder.nounSuffixes.addAll(this.nounSuffixes);
		builder.perPhrases.addAll(this.perPhrases);
		builder.nonConnectors.addAll(this.nonConnectors);
		builder.nonDistributors.addAll(this.nonDistributors);
		builder.rangeSeparators.addAll(this.rangeSeparators);
		builder.ruleCapMarkers.addAll(this.ruleCapMarkers);
		builder.ruleClauseOpeners.addAll(this.ruleClauseOpeners);
		builder.ruleClauseVerbs.addAll(this.ruleClauseVerbs);
		builder.respectiveWords.addAll(this.respectiveWords);
		return builder;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Words before a number that say how to read it: 不少于 → {@code >=}, 突破 → {@code >}, 约 → {@code ~}; 为, 稳定在 → {@code =}. */
	public Map<String, Op> comparisonsBefore() {
		return this.comparisonsBefore;
	}

	/** Words after a number and its unit: 以上 → {@code >=}, 以内 → {@code <=}, 左右 → {@code ~}. */
	public Map<String, Op> comparisonsAfter() {
		return this.comparisonsAfter;
	}

	/** Words between a number and its unit: 余 and 多 (4500余户) → {@code >=}. */
	public Map<String, Op> numberSuffixes() {
		return this.numberSuffixes;
	}

	/** Units and measure words as written, each with its normalised form (％ → %, 百分点 → 个百分点). */
	public Map<String, String> units() {
		return this.units;
	}

	/**
	 * Measure words of things counted one by one (家, 个, 人次, 株): a reading or a target in one of them
	 * is a whole number. Every one of them is among the {@link #units()}.
	 */
	public Set<String> countUnits() {
		return this.countUnits;
	}

	/** Units of a share in percent and of its change (%, 个百分点): a number in one is a rate, not an amount. */
	public Set<String> rateUnits() {
		return this.rateUnits;
	}

	/** Whether a normalised unit is one of a rate (%, 个百分点). */
	public boolean isRate(String unit) {
		return unit != null && this.rateUnits.contains(unit);
	}

	/** Whether a normalised unit counts things one by one, so that its amounts are whole. */
	public boolean countsOneByOne(String unit) {
		return unit != null && this.countUnits.contains(unit);
	}

	/**
	 * Units that count the same thing, each mapped to the first of its group (名 and 人 and 位 count
	 * people); a reading in one measures a target in another.
	 */
	public Map<String, String> unitGroups() {
		return this.unitGroups;
	}

	/** Whether two normalised units count the same thing. */
	public boolean sameUnit(String a, String b) {
		if (a == null || b == null) {
			return a == b;
		}
		return a.equals(b) || this.unitGroups.getOrDefault(a, a).equals(this.unitGroups.getOrDefault(b, b));
	}

	/** Verbs of a change target: 上升, 增长 → up; 下降, 减少 → down. */
	public Map<String, Direction> changeVerbs() {
		return this.changeVerbs;
	}

	/** Bases of a change that are one word (同比, 环比). */
	public Set<String> bases() {
		return this.bases;
	}

	/** Words opening a stated basis, 与 in 与前三年平均值相比. */
	public Set<String> basisOpeners() {
		return this.basisOpeners;
	}

	/** Words closing a stated basis, 相比 in 与前三年平均值相比. */
	public Set<String> basisClosers() {
		return this.basisClosers;
	}

	/** Words putting a basis right before the change verb, 较 in 较上年下降. */
	public Set<String> comparativeMarkers() {
		return this.comparativeMarkers;
	}

	/** Words that distribute one value over several metrics (均, 各, 分别). */
	public Set<String> distributors() {
		return this.distributors;
	}

	/** Words introducing a higher aim beside the committed one (力争, 争取). */
	public Set<String> stretchWords() {
		return this.stretchWords;
	}

	/** Leagues of a rank target (全省, 全国, 全市). */
	public Set<String> rankScopes() {
		return this.rankScopes;
	}

	/** Words between a league and its place (排名, 保持, 进入, 位列, 前列). */
	public Set<String> rankLinks() {
		return this.rankLinks;
	}

	/** Words after 第N that make it an ordinal of something else (第一批, 第一方阵), not a place. */
	public Set<String> rankOrdinalBlockers() {
		return this.rankOrdinalBlockers;
	}

	/** Deadline words with the day they stand for (年底前, 年内 → 12-31; 上半年 → 06-30). */
	public Map<String, MonthDay> deadlineWords() {
		return this.deadlineWords;
	}

	/** Words after a date that belong to the deadline, not the metric (前, 之前, 提前). */
	public Set<String> deadlineSuffixes() {
		return this.deadlineSuffixes;
	}

	/** Adverbs and auxiliary verbs trimmed from the start of a metric (确保, 力争, 持续, 全年). */
	public Set<String> metricPrefixes() {
		return this.metricPrefixes;
	}

	/** Verbs whose object is the measured thing, written after the number (新建100个…, 完成10万人次…). */
	public Set<String> objectVerbs() {
		return this.objectVerbs;
	}

	/** Words trimmed from the end of a metric (在, 为, 达到). */
	public Set<String> metricSuffixes() {
		return this.metricSuffixes;
	}

	/** Metrics that only point back to the thing named before (年度目标为40%). */
	public Set<String> genericMetrics() {
		return this.genericMetrics;
	}

	/** Words after an amount that make it a threshold inside a rule (1万元以上部分). */
	public Set<String> thresholdMarkers() {
		return this.thresholdMarkers;
	}

	/** Words that make a number history rather than a promise (去年, 上年); earlier years are found by number. */
	public Set<String> baselineMarkers() {
		return this.baselineMarkers;
	}

	/** Words joining the metrics of a list (和, 及, 、). */
	public Set<String> listConnectors() {
		return this.listConnectors;
	}

	/** Words after a number that make it a date, an edition or a name part, not an amount (年, 届, 版). */
	public Set<String> nonAmountFollowers() {
		return this.nonAmountFollowers;
	}

	/** Words before a number that make it an ordinal or a rate's base, not an amount (第, 每). */
	public Set<String> nonAmountPrecedents() {
		return this.nonAmountPrecedents;
	}

	/**
	 * Endings that bind to the word before them (率, 数, 额): a metric prefix followed by one is part of
	 * the metric (资助参保率 keeps 资助), not a verb to trim.
	 */
	public Set<String> nounSuffixes() {
		return this.nounSuffixes;
	}

	/** Per-unit bases between a metric and its number (每人每月, 每季度): read past, not part of the metric. */
	public Set<String> perPhrases() {
		return this.perPhrases;
	}

	/** Words starting with a list connector that do not join a list (及时, 和谐). */
	public Set<String> nonConnectors() {
		return this.nonConnectors;
	}

	/** Words ending in a distributor that do not distribute (平均, 人均). */
	public Set<String> nonDistributors() {
		return this.nonDistributors;
	}

	/** Marks between the ends of a range (20%-30%, 5至8个). */
	public Set<String> rangeSeparators() {
		return this.rangeSeparators;
	}

	/** Words before the cap of a rule (每人最高200万元): with a per-unit base before them, a rule, not a target. */
	public Set<String> ruleCapMarkers() {
		return this.ruleCapMarkers;
	}

	/** Words opening the object of a rule (对 in 对年收入低于2万元的家庭给予补助). */
	public Set<String> ruleClauseOpeners() {
		return this.ruleClauseOpeners;
	}

	/** Verbs of a rule (给予, 实行): after an opener, the numbers of the clause are thresholds. */
	public Set<String> ruleClauseVerbs() {
		return this.ruleClauseVerbs;
	}

	/** Distributors that pair metrics and values in order (分别下降10%和20%). */
	public Set<String> respectiveWords() {
		return this.respectiveWords;
	}

	@Override
	public String toString() {
		return "Vocabulary[" + this.units.size() + " units, " + this.comparisonsBefore.size() + "+"
				+ this.comparisonsAfter.size() + " comparisons, " + this.changeVerbs.size() + " change verbs, "
				+ this.rankScopes.size() + " rank scopes, " + this.deadlineWords.size() + " deadline words]";
	}

	private static <K, V> Map<K, V> frozen(Map<K, V> map) {
		return Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

	private static <T> Set<T> frozen(Set<T> set) {
		return Collections.unmodifiableSet(new LinkedHashSet<>(set));
	}

	/** Collects words for a {@link Vocabulary}; every method adds and returns this builder. */
	public static final class Builder {

		private final Map<String, Op> comparisonsBefore = new LinkedHashMap<>();

		private final Map<String, Op> comparisonsAfter = new LinkedHashMap<>();

		private final Map<String, Op> numberSuffixes = new LinkedHashMap<>();

		private final Map<String, String> units = new LinkedHashMap<>();

		private final Set<String> countUnits = new LinkedHashSet<>();

		private final Set<String> rateUnits = new LinkedHashSet<>();

		private final Map<String, String> unitGroups = new LinkedHashMap<>();

		private final Map<String, Direction> changeVerbs = new LinkedHashMap<>();

		private final Set<String> bases = new LinkedHashSet<>();

		private final Set<String> basisOpeners = new LinkedHashSet<>();

		private final Set<String> basisClosers = new LinkedHashSet<>();

		private final Set<String> comparativeMarkers = new LinkedHashSet<>();

		private final Set<String> distributors = new LinkedHashSet<>();

		private final Set<String> stretchWords = new LinkedHashSet<>();

		private final Set<String> rankScopes = new LinkedHashSet<>();

		private final Set<String> rankLinks = new LinkedHashSet<>();

		private final Set<String> rankOrdinalBlockers = new LinkedHashSet<>();

		private final Map<String, MonthDay> deadlineWords = new LinkedHashMap<>();

		private final Set<String> deadlineSuffixes = new LinkedHashSet<>();

		private final Set<String> metricPrefixes = new LinkedHashSet<>();

		private final Set<String> objectVerbs = new LinkedHashSet<>();

		private final Set<String> metricSuffixes = new LinkedHashSet<>();

		private final Set<String> genericMetrics = new LinkedHashSet<>();

		private final Set<String> thresholdMarkers = new LinkedHashSet<>();

		private final Set<String> baselineMarkers = new LinkedHashSet<>();

		private final Set<String> listConnectors = new LinkedHashSet<>();

		private final Set<String> nonAmountFollowers = new LinkedHashSet<>();

		private final Set<String> nonAmountPrecedents = new LinkedHashSet<>();

		private final Set<String> nounSuffixes = new LinkedHashSet<>();

		private final Set<String> perPhrases = new LinkedHashSet<>();

		private final Set<String> nonConnectors = new LinkedHashSet<>();

		private final Set<String> nonDistributors = new LinkedHashSet<>();

		private final Set<String> rangeSeparators = new LinkedHashSet<>();

		private final Set<String> ruleCapMarkers = new LinkedHashSet<>();

		private final Set<String> ruleClauseOpeners = new LinkedHashSet<>();

		private final Set<String> ruleClauseVerbs = new LinkedHashSet<>();

		private final Set<String> respectiveWords = new LinkedHashSet<>();

		private Builder() {
		}

		public Builder comparisonBefore(Op op, String... words) {
			return put(this.comparisonsBefore, op, words);
		}

		public Builder comparisonAfter(Op op, String... words) {
			return put(this.comparisonsAfter, op, words);
		}

		public Builder numberSuffix(Op op, String... words) {
			return put(this.numberSuffixes, op, words);
		}

		/** Units written as they are normalised (家, 人次, 平方米). */
		public Builder unit(String... words) {
			for (String word : words) {
				this.units.put(word, word);
			}
			return this;
		}

		/** Measure words of things counted one by one (家, 人次, 株): units whose amounts are whole. */
		public Builder countUnit(String... words) {
			Collections.addAll(this.countUnits, words);
			return unit(words);
		}

		/** Units of a share in percent and of its change (%, 个百分点). */
		public Builder rateUnit(String... words) {
			Collections.addAll(this.rateUnits, words);
			return unit(words);
		}

		/** Units (as normalised) that count the same thing: 名, 人 and 位 count people. */
		public Builder sameUnits(String first, String... others) {
			this.unitGroups.put(first, first);
			for (String other : others) {
				this.unitGroups.put(other, first);
			}
			return this;
		}

		/** A unit written one way and normalised to another (％ → %). */
		public Builder unitAlias(String written, String normalised) {
			this.units.put(written, normalised);
			return this;
		}

		public Builder changeVerb(Direction direction, String... words) {
			return put(this.changeVerbs, direction, words);
		}

		public Builder basis(String... words) {
			return add(this.bases, words);
		}

		public Builder basisOpener(String... words) {
			return add(this.basisOpeners, words);
		}

		public Builder basisCloser(String... words) {
			return add(this.basisClosers, words);
		}

		public Builder comparativeMarker(String... words) {
			return add(this.comparativeMarkers, words);
		}

		public Builder distributor(String... words) {
			return add(this.distributors, words);
		}

		public Builder stretchWord(String... words) {
			return add(this.stretchWords, words);
		}

		public Builder rankScope(String... words) {
			return add(this.rankScopes, words);
		}

		public Builder rankLink(String... words) {
			return add(this.rankLinks, words);
		}

		public Builder rankOrdinalBlocker(String... words) {
			return add(this.rankOrdinalBlockers, words);
		}

		public Builder deadlineWord(MonthDay day, String... words) {
			return put(this.deadlineWords, day, words);
		}

		public Builder deadlineSuffix(String... words) {
			return add(this.deadlineSuffixes, words);
		}

		public Builder metricPrefix(String... words) {
			return add(this.metricPrefixes, words);
		}

		public Builder objectVerb(String... words) {
			return add(this.objectVerbs, words);
		}

		public Builder metricSuffix(String... words) {
			return add(this.metricSuffixes, words);
		}

		public Builder genericMetric(String... words) {
			return add(this.genericMetrics, words);
		}

		public Builder thresholdMarker(String... words) {
			return add(this.thresholdMarkers, words);
		}

		public Builder baselineMarker(String... words) {
			return add(this.baselineMarkers, words);
		}

		public Builder listConnector(String... words) {
			return add(this.listConnectors, words);
		}

		public Builder nonAmountFollower(String... words) {
			return add(this.nonAmountFollowers, words);
		}

		public Builder nonAmountPrecedent(String... words) {
			return add(this.nonAmountPrecedents, words);
		}

		public Builder nounSuffix(String... words) {
			return add(this.nounSuffixes, words);
		}

		public Builder perPhrase(String... words) {
			return add(this.perPhrases, words);
		}

		public Builder nonConnector(String... words) {
			return add(this.nonConnectors, words);
		}

		public Builder nonDistributor(String... words) {
			return add(this.nonDistributors, words);
		}

		public Builder rangeSeparator(String... words) {
			return add(this.rangeSeparators, words);
		}

		public Builder ruleCapMarker(String... words) {
			return add(this.ruleCapMarkers, words);
		}

		public Builder ruleClauseOpener(String... words) {
			return add(this.ruleClauseOpeners, words);
		}

		public Builder ruleClauseVerb(String... words) {
			return add(this.ruleClauseVerbs, words);
		}

		public Builder respectiveWord(String... words) {
			return add(this.respectiveWords, words);
		}

		public Vocabulary build() {
			return new Vocabulary(this);
		}

		private <V> Builder put(Map<String, V> map, V value, String... words) {
			for (String word : words) {
				map.put(word, value);
			}
			return this;
		}

		private Builder add(Set<String> set, String... words) {
			Collections.addAll(set, words);
			return this;
		}

	}

}
