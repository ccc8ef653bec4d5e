package com.pledgeboard.extraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Proposes the readings (READINGS.md) of a progress narrative (进展情况): each figure that measures one
 * of the description's targets, as a total so far, the period's own figure, a share of the target, a
 * change, a place in a league, or done / not yet for a deadline.
 * <p>
 * The {@link NarrativeScanner} reads every figure with the words around it, using the target
 * {@link Vocabulary} for numbers, units and comparisons; plans, baselines, remainders, things under
 * way and the target restated are set aside there. A figure may then measure a target of its own kind
 * and unit (名 and 人 count alike) whose metric its words name ({@link MetricSimilarity}); each target
 * takes at most one total, one period figure and one share, and each figure measures one target, the
 * closest pairs first. A part (其中…) never takes the total of the target its whole measured. A share
 * measures the target of the figure before it in the sentence (累计销售8.37亿元，完成年度任务的74.7%),
 * or, after 分别, those of the figures before it in order. Deadlines are read by {@link DeadlineReadings}.
 * <p>
 * Immutable and thread-safe.
 */
public final class ReadingExtractor {

	private final TargetExtractor targets;

	private final ReadingVocabulary words;

	private final NarrativeScanner scanner;

	private final MetricSimilarity similarity;

	private final DeadlineReadings deadlines;

	public ReadingExtractor() {
		this(new TargetExtractor(), ReadingVocabulary.defaults());
	}

	public ReadingExtractor(TargetExtractor targets, ReadingVocabulary words) {
		this.targets = Objects.requireNonNull(targets, "targets");
		this.words = Objects.requireNonNull(words, "words");
		this.scanner = new NarrativeScanner(targets.vocabulary(), words);
		this.similarity = new MetricSimilarity(words);
		this.deadlines = new DeadlineReadings(words, this.similarity);
	}

	/**
	 * The readings of a narrative against the targets the extractor finds in the description.
	 * @param description the commitment's description (具体描述)
	 * @param narrative the progress narrative
	 * @param asOf the last day of the period reported; its year is the plan year
	 */
	public List<ProposedReading> propose(String description, String narrative, LocalDate asOf) {
		Objects.requireNonNull(asOf, "asOf");
		return propose(this.targets.extract(description, asOf.getYear()), narrative, asOf);
	}

	/**
	 * The readings of a narrative against given targets (those a person confirmed, say), in the order
	 * they are written in the narrative. Baselines among the targets are not read.
	 */
	public List<ProposedReading> propose(List<ExtractedTarget> targets, String narrative, LocalDate asOf) {
		Objects.requireNonNull(asOf, "asOf");
		if (narrative == null || narrative.isBlank() || targets.isEmpty()) {
			return List.of();
		}
		List<ExtractedTarget> promised = targets.stream().filter((t) -> !t.isBaseline()).toList();
		Passage passage = new Passage(narrative, asOf.getYear());
		List<Mention> mentions = this.scanner.scan(passage, asOf);
		inheritContexts(passage, mentions);
		List<ProposedReading> readings = new ArrayList<>();
		Map<Mention, ExtractedTarget> measured = assign(passage, mentions, promised, readings);
		shares(passage, mentions, promised, measured, readings);
		for (ExtractedTarget target : promised) {
			if (target.kind() == TargetKind.DEADLINE) {
				ProposedReading reading = this.deadlines.read(passage, target, promised, mentions);
				if (reading != null) {
					readings.add(reading);
				}
			}
		}
		readings.sort(Comparator.comparingInt(ProposedReading::spanStart));
		return List.copyOf(readings);
	}

	/**
	 * A figure with no words of its own (其中本季度新增26个, 位居全省第三) measures what the figure before it
	 * in the sentence measured; figures after 分别 take the words of the figures before them in order
	 * (生产安全事故42起、死亡39人，…分别下降36.4%和31.2%).
	 */
	private void inheritContexts(Passage passage, List<Mention> mentions) {
		for (int m = 0; m < mentions.size(); m++) {
			Mention mention = mentions.get(m);
			if (mention.group >= 0 && mention.kind == Mention.Kind.CHANGE && isGroupStart(mentions, m)) {
				int size = groupSize(mentions, m);
				List<Mention> items = itemsBefore(passage, mentions, m, size);
				if (items.size() == size) {
					for (int k = 0; k < size; k++) {
						Mention item = items.get(k);
						mentions.get(m + k).context = item.context + ((item.unit != null) ? item.unit : "");
					}
				}
			}
			else if (!mention.named && mention.kind != Mention.Kind.SHARE) {
				for (int k = m - 1; k >= 0; k--) {
					Mention previous = mentions.get(k);
					if (passage.sentence[previous.anchor] != passage.sentence[mention.anchor]) {
						break;
					}
					if (previous.named && previous.kind != Mention.Kind.SHARE) {
						mention.context = previous.context + mention.context;
						mention.named = true;
						break;
					}
				}
			}
		}
	}

	private record Pair(Mention mention, ExtractedTarget target, double score, int targetIndex) {
	}

	private enum Slot {
		TOTAL, PERIOD
	}

	private record Place(ExtractedTarget target, Slot slot) {
	}

	/** Matches figures to targets, the closest pairs first; returns what each matched figure measures. */
	private Map<Mention, ExtractedTarget> assign(Passage passage, List<Mention> mentions, List<ExtractedTarget> targets,
			List<ProposedReading> readings) {
		List<Pair> wholes = new ArrayList<>();
		List<Pair> parts = new ArrayList<>();
		for (Mention mention : mentions) {
			if (!mention.isProgress()) {
				continue;
			}
			for (int t = 0; t < targets.size(); t++) {
				ExtractedTarget target = targets.get(t);
				if (!fits(mention, target)) {
					continue;
				}
				double score = this.similarity.score(target.metric(), scored(mention));
				if (score == 0 && this.similarity.score(target.metric(), mention.topic + scored(mention)) > 0
						&& this.similarity.coverage(target.metric(), scored(mention)) > 0) {
					// 调查站点实现全覆盖，覆盖率100%: the clause before names the thing, this one its measure.
					score = this.similarity.score(target.metric(), mention.topic + scored(mention)) / 2;
				}
				if (score > 0) {
					(mention.part && !mention.period ? parts : wholes).add(new Pair(mention, target, score, t));
				}
			}
		}
		Comparator<Pair> closestFirst = Comparator.comparingDouble(Pair::score)
			.reversed()
			.thenComparingInt((p) -> p.mention().anchor)
			.thenComparingInt(Pair::targetIndex);
		wholes.sort(closestFirst);
		parts.sort(closestFirst);
		Map<Mention, ExtractedTarget> measured = new HashMap<>();
		Set<Place> taken = new HashSet<>();
		take(wholes, measured, taken, null, passage, mentions);
		take(parts, measured, taken, measured, passage, mentions);
		for (Mention mention : mentions) {
			ExtractedTarget target = measured.get(mention);
			if (target != null) {
				readings.add(reading(mention, target, passage.text));
			}
		}
		return measured;
	}

	private void take(List<Pair> pairs, Map<Mention, ExtractedTarget> measured, Set<Place> taken,
			Map<Mention, ExtractedTarget> wholes, Passage passage, List<Mention> mentions) {
		for (Pair pair : pairs) {
			Mention mention = pair.mention();
			if (measured.containsKey(mention)) {
				continue;
			}
			Slot slot = (mention.period && pair.target().kind() == TargetKind.QUANTITY) ? Slot.PERIOD : Slot.TOTAL;
			Place place = new Place(pair.target(), slot);
			if (taken.contains(place)) {
				continue;
			}
			if (wholes != null && pair.target().equals(wholeTarget(passage, mentions, mention, wholes))) {
				continue;
			}
			taken.add(place);
			measured.put(mention, pair.target());
		}
	}

	/** The target measured by the whole that a part (其中…) belongs to: the last figure before it in the sentence. */
	private static ExtractedTarget wholeTarget(Passage passage, List<Mention> mentions, Mention part,
			Map<Mention, ExtractedTarget> measured) {
		for (int k = mentions.indexOf(part) - 1; k >= 0; k--) {
			Mention previous = mentions.get(k);
			if (passage.sentence[previous.anchor] != passage.sentence[part.anchor]) {
				return null;
			}
			if (!previous.part) {
				return measured.get(previous);
			}
		}
		return null;
	}

	/** Whether a figure can measure a target at all: kind, unit, direction of a change, league of a rank. */
	private boolean fits(Mention mention, ExtractedTarget target) {
		if (mention.perUnit != this.scanner.perUnit(target.span(), 0, target.span().length())) {
			// 每10万人口72台 measures a target per head, 612台 does not.
			return false;
		}
		Vocabulary units = this.targets.vocabulary();
		return switch (mention.kind) {
			case AMOUNT -> switch (target.kind()) {
				case QUANTITY -> (target.unit() == null) ? !units.isRate(mention.unit) : units.sameUnit(mention.unit, target.unit());
				case PERCENT -> "%".equals(mention.unit);
				default -> false;
			};
			case CHANGE -> target.kind() == TargetKind.CHANGE && !mention.intraYearBasis
					&& (target.unit() == null || units.sameUnit(mention.unit, target.unit()));
			case RANK -> target.kind() == TargetKind.RANK
					&& (mention.scope == null || target.scope() == null || mention.scope.equals(target.scope()));
			// 档案开放审核完成率100%: a rate of completion that is itself the target.
			case SHARE -> target.kind() == TargetKind.PERCENT && this.words.table(ReadingVocabulary.Role.SHARE_RATE)
				.endingAt(target.metric(), target.metric().length(), 0) != null;
		};
	}

	/** The words scored against a metric: the figure's words with its measure (死亡人 for 死亡人数). */
	private String scored(Mention mention) {
		return (mention.kind == Mention.Kind.AMOUNT && mention.unit != null && !this.targets.vocabulary().isRate(mention.unit))
				? mention.context + mention.unit : mention.context;
	}

	private static ProposedReading reading(Mention mention, ExtractedTarget target, String text) {
		BigDecimal value = mention.value;
		Boolean cumulative = null;
		if (mention.kind == Mention.Kind.CHANGE && target.direction() != null && mention.direction != null
				&& mention.direction != target.direction()) {
			value = value.negate();
		}
		if (target.kind() == TargetKind.QUANTITY) {
			cumulative = mention.cumulative;
		}
		String unit = (mention.kind == Mention.Kind.RANK) ? null : mention.unit;
		if (mention.kind == Mention.Kind.SHARE) {
			unit = "%";
		}
		return new ProposedReading(target, value, unit, null, null, cumulative,
				text.substring(mention.spanStart, mention.spanEnd), mention.spanStart, mention.spanEnd);
	}

	/**
	 * Shares of the target: of the target measured by the figure before in the sentence, or after 分别 by
	 * the figures before in order; failing that, of the target their words name, or of the only quantity.
	 */
	private void shares(Passage passage, List<Mention> mentions, List<ExtractedTarget> targets,
			Map<Mention, ExtractedTarget> measured, List<ProposedReading> readings) {
		Set<ExtractedTarget> shared = new HashSet<>();
		for (int m = 0; m < mentions.size(); m++) {
			Mention mention = mentions.get(m);
			if (mention.kind != Mention.Kind.SHARE || !mention.isProgress() || measured.containsKey(mention)) {
				continue;
			}
			List<ExtractedTarget> of = new ArrayList<>();
			if (mention.group >= 0) {
				if (!isGroupStart(mentions, m)) {
					continue;
				}
				int size = groupSize(mentions, m);
				for (Mention item : itemsBefore(passage, mentions, m, size)) {
					if (measured.containsKey(item)) {
						of.add(measured.get(item));
					}
				}
				if (of.size() != size) {
					continue;
				}
				for (int k = 0; k < size; k++) {
					addShare(mentions.get(m + k), of.get(k), shared, readings, passage.text);
				}
				continue;
			}
			ExtractedTarget target = null;
			for (int k = m - 1; k >= 0 && target == null; k--) {
				Mention previous = mentions.get(k);
				if (passage.sentence[previous.anchor] != passage.sentence[mention.anchor]) {
					break;
				}
				// 吞吐量5320万吨，同比增长2.1%，完成全年目标的48.4%: a share is of an amount, not of a change.
				if (previous.kind == Mention.Kind.AMOUNT) {
					target = measured.get(previous);
				}
			}
			if (target == null) {
				target = namedOrOnly(mention, targets);
			}
			if (target != null) {
				addShare(mention, target, shared, readings, passage.text);
			}
		}
	}

	private ExtractedTarget namedOrOnly(Mention mention, List<ExtractedTarget> targets) {
		ExtractedTarget best = null;
		double bestScore = 0;
		List<ExtractedTarget> amounts = new ArrayList<>();
		for (ExtractedTarget target : targets) {
			if (target.kind() != TargetKind.QUANTITY && target.kind() != TargetKind.PERCENT) {
				continue;
			}
			amounts.add(target);
			double score = this.similarity.score(target.metric(), mention.context);
			if (score > bestScore) {
				bestScore = score;
				best = target;
			}
		}
		return (best == null && amounts.size() == 1) ? amounts.get(0) : best;
	}

	private static void addShare(Mention mention, ExtractedTarget target, Set<ExtractedTarget> shared,
			List<ProposedReading> readings, String text) {
		if (shared.add(target)) {
			readings.add(new ProposedReading(target, null, null, null, mention.value, null,
					text.substring(mention.spanStart, mention.spanEnd), mention.spanStart, mention.spanEnd));
		}
	}

	private static boolean isGroupStart(List<Mention> mentions, int m) {
		return m == 0 || mentions.get(m - 1).group != mentions.get(m).group;
	}

	private static int groupSize(List<Mention> mentions, int m) {
		int size = 1;
		while (m + size < mentions.size() && mentions.get(m + size).group == mentions.get(m).group) {
			size++;
		}
		return size;
	}

	/** The {@code size} amounts before {@code m} in its sentence, in the order written. */
	private static List<Mention> itemsBefore(Passage passage, List<Mention> mentions, int m, int size) {
		List<Mention> items = new ArrayList<>();
		for (int k = m - 1; k >= 0 && items.size() < size; k--) {
			Mention previous = mentions.get(k);
			if (passage.sentence[previous.anchor] != passage.sentence[mentions.get(m).anchor]) {
				break;
			}
			if (previous.kind == Mention.Kind.AMOUNT) {
				items.add(0, previous);
			}
		}
		return items;
	}

}
