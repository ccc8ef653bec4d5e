package com.pledgeboard.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import com.pledgeboard.extraction.AmbitionFinding.Kind;
import com.pledgeboard.extraction.AmbitionVocabulary.Role;

/**
 * Checks of ambition and measurability of one commitment while its plan year is drafted, each finding
 * with what it rests on ({@link AmbitionFinding}):
 * <ul>
 * <li>nothing measurable: no target at all ({@link Kind#NO_MEASURABLE_TARGET}), or nothing but words of
 * effort and no date ({@link Kind#VAGUE_ONLY}), told apart by the {@link AmbitionVocabulary};</li>
 * <li>a target asking for less than the department reached in an earlier plan year on the same metric
 * ({@link Kind#BELOW_EARLIER_YEAR}), targets matched across years the one way ({@link MetricSimilarity#sameMetric});
 * or less than a baseline the description states itself ({@link Kind#BELOW_BASELINE}): a number the
 * extractor marks as history (去年为97%), or one framed as the basis of the promise (在去年完成120万的基础上);</li>
 * <li>a stretch (力争) short of the committed value ({@link Kind#STRETCH_BELOW_VALUE}), and a place to be
 * held better than the place aimed for ({@link Kind#FLOOR_BELOW_AIM}, 保3争5).</li>
 * </ul>
 * What "less" means is the caller's rule of attainment ({@code lessIsBetter}: caps and places go down, the
 * rest up), so that this check and the year's lights and scores read a target the same way. Changes (同比)
 * are compared with their own stretch only: a change is measured against a basis that moves every year.
 * <p>
 * Immutable and thread-safe.
 */
public final class AmbitionCheck {

	private final TargetExtractor extractor;

	private final AmbitionVocabulary words;

	private final MetricSimilarity metrics;

	private final Predicate<ExtractedTarget> lessIsBetter;

	/** With the default vocabularies. */
	public AmbitionCheck(Predicate<ExtractedTarget> lessIsBetter) {
		this(new TargetExtractor(), AmbitionVocabulary.defaults(), lessIsBetter);
	}

	public AmbitionCheck(TargetExtractor extractor, AmbitionVocabulary words, Predicate<ExtractedTarget> lessIsBetter) {
		this.extractor = Objects.requireNonNull(extractor, "extractor");
		this.words = Objects.requireNonNull(words, "words");
		this.lessIsBetter = Objects.requireNonNull(lessIsBetter, "lessIsBetter");
		this.metrics = MetricSimilarity.defaults();
	}

	/**
	 * The findings on one commitment, the whole commitment's first, then each target's in order.
	 * @param description the commitment's description (具体描述)
	 * @param planYear its plan year
	 * @param targets the commitment's targets as they stand (stored, confirmed or edited by people), or
	 * {@code null} for the extractor's proposals (an upload under review); baselines among them are ignored
	 * @param earlier what the department reached in earlier plan years, any order
	 */
	public List<AmbitionFinding> check(String description, int planYear, List<ExtractedTarget> targets,
			List<EarlierReading> earlier) {
		String text = (description == null) ? "" : description;
		Passage passage = new Passage(text, planYear);
		List<ExtractedTarget> extracted = this.extractor.extract(text, planYear);
		List<ExtractedTarget> framed = framedAsBasis(passage, extracted);
		List<ExtractedTarget> baselines = new ArrayList<>(framed);
		extracted.stream().filter(ExtractedTarget::isBaseline).forEach(baselines::add);
		List<ExtractedTarget> promises = new ArrayList<>();
		for (ExtractedTarget t : (targets == null) ? extracted : targets) {
			if (!t.isBaseline() && framed.stream().noneMatch(b -> sameStatement(b, t))) {
				promises.add(t);
			}
		}
		List<AmbitionFinding> findings = new ArrayList<>();
		if (promises.isEmpty()) {
			findings.add(unmeasurable(passage));
			return findings;
		}
		for (ExtractedTarget t : promises) {
			if (t.value() == null || t.kind() == TargetKind.DEADLINE) {
				continue;
			}
			if (t.stretch() != null && worse(t, t.stretch(), t.value())) {
				findings.add(new AmbitionFinding(Kind.STRETCH_BELOW_VALUE, t, t.value(), null, List.of()));
			}
			if (t.kind() == TargetKind.RANK && t.floor() != null && t.floor().compareTo(t.value()) < 0) {
				findings.add(new AmbitionFinding(Kind.FLOOR_BELOW_AIM, t, t.value(), null, List.of()));
			}
			if (t.kind() == TargetKind.CHANGE) {
				continue;
			}
			ExtractedTarget baseline = baselineOf(passage, t, baselines);
			if (baseline != null && worse(t, t.value(), baseline.value())) {
				findings.add(new AmbitionFinding(Kind.BELOW_BASELINE, t, baseline.value(), null,
						List.of(nullToEmpty(baseline.span()))));
			}
			EarlierReading reached = reachedBefore(t, earlier);
			if (reached != null && worse(t, t.value(), reached.value())) {
				findings.add(new AmbitionFinding(Kind.BELOW_EARLIER_YEAR, t, reached.value(), reached.year(),
						List.of(reached.target().describe())));
			}
		}
		return findings;
	}

	/** Whether {@code value} asks for less than {@code other} on target {@code t}. */
	private boolean worse(ExtractedTarget t, BigDecimal value, BigDecimal other) {
		int c = value.compareTo(other);
		return this.lessIsBetter.test(t) ? c > 0 : c < 0;
	}

	/** The finding on a commitment without targets: results to judge, or effort alone. */
	private AmbitionFinding unmeasurable(Passage passage) {
		Set<String> vague = new LinkedHashSet<>();
		Set<String> results = new LinkedHashSet<>();
		WordTable<Boolean> vagueTable = this.words.table(Role.VAGUE);
		WordTable<Boolean> resultTable = this.words.table(Role.RESULT);
		String text = passage.text;
		int i = 0;
		while (i < passage.length) {
			WordTable.Hit<Boolean> v = vagueTable.startingAt(text, i, passage.length);
			WordTable.Hit<Boolean> r = resultTable.startingAt(text, i, passage.length);
			WordTable.Hit<Boolean> hit = (v == null) ? r : (r == null || v.length() > r.length()) ? v : r;
			if (hit == null) {
				i++;
				continue;
			}
			(hit == v ? vague : results).add(text.substring(hit.start(), hit.end()));
			i = hit.end();
		}
		if (results.isEmpty() && !vague.isEmpty()) {
			return new AmbitionFinding(Kind.VAGUE_ONLY, null, null, null, List.copyOf(vague));
		}
		return new AmbitionFinding(Kind.NO_MEASURABLE_TARGET, null, null, null, List.copyOf(results));
	}

	/** Targets the extractor read inside 在…的基础上 or 以…为基础: the basis of a promise, not a promise. */
	private List<ExtractedTarget> framedAsBasis(Passage passage, List<ExtractedTarget> extracted) {
		List<ExtractedTarget> framed = new ArrayList<>();
		WordTable<Boolean> closers = this.words.table(Role.BASIS_CLOSE);
		WordTable<Boolean> openers = this.words.table(Role.BASIS_OPEN);
		String text = passage.text;
		for (int s = 0; s < passage.length; s++) {
			WordTable.Hit<Boolean> close = passage.quoted[s] ? null : closers.startingAt(text, s, passage.length);
			if (close == null) {
				continue;
			}
			int open = -1;
			for (int o = passage.clauseStart[s]; o < s && open < 0; o++) {
				if (openers.startingAt(text, o, s) != null) {
					open = o;
				}
			}
			if (open >= 0) {
				for (ExtractedTarget t : extracted) {
					if (!t.isBaseline() && t.value() != null && t.spanStart() >= open && t.spanStart() < s) {
						framed.add(t);
					}
				}
			}
			s = close.end() - 1;
		}
		return framed;
	}

	/** Whether a stored target is the one the extractor read at the same place with the same value. */
	private static boolean sameStatement(ExtractedTarget extracted, ExtractedTarget stored) {
		return extracted.kind() == stored.kind() && extracted.spanStart() == stored.spanStart()
				&& extracted.spanEnd() == stored.spanEnd() && Objects.equals(extracted.value(), stored.value());
	}

	/**
	 * The baseline a target is measured against: of its kind and unit, and either in its sentence before
	 * it (the nearest) or anywhere naming the same metric.
	 */
	private ExtractedTarget baselineOf(Passage passage, ExtractedTarget t, List<ExtractedTarget> baselines) {
		int sentence = sentenceOf(passage, t);
		ExtractedTarget nearest = null;
		ExtractedTarget named = null;
		for (ExtractedTarget b : baselines) {
			if (b.kind() != t.kind() || b.value() == null || !this.extractor.vocabulary().sameUnit(b.unit(), t.unit())) {
				continue;
			}
			if (sentence >= 0 && sentenceOf(passage, b) == sentence && b.spanStart() < t.spanStart()) {
				nearest = b;
			}
			else if (named == null && this.metrics.sameMetric(t, b) > 0) {
				named = b;
			}
		}
		return (nearest != null) ? nearest : named;
	}

	/**
	 * The reading of the latest earlier plan year on the same metric; within that year, the target whose
	 * metric is the closest.
	 */
	private EarlierReading reachedBefore(ExtractedTarget t, List<EarlierReading> earlier) {
		EarlierReading best = null;
		double bestScore = 0;
		for (EarlierReading e : earlier) {
			double score = this.metrics.sameMetric(t, e.target());
			if (score <= 0) {
				continue;
			}
			if (best == null || e.year() > best.year() || (e.year() == best.year() && score > bestScore)) {
				best = e;
				bestScore = score;
			}
		}
		return best;
	}

	/** The sentence a target's span is in, or -1 when the span is no longer in the text (edited since). */
	private static int sentenceOf(Passage passage, ExtractedTarget t) {
		if (t.span() == null) {
			return -1;
		}
		int at = (t.spanStart() >= 0 && passage.text.startsWith(t.span(), t.spanStart())) ? t.spanStart()
				: passage.text.indexOf(t.span());
		return (at < 0) ? -1 : passage.sentence[at];
	}

	private static String nullToEmpty(String text) {
		return (text == null) ? "" : text;
	}

}
