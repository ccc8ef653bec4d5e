package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import com.pledgeboard.evaluation.PublicTally;
import com.pledgeboard.rules.TrimmedMean;
import com.pledgeboard.scoring.Reading;
import com.pledgeboard.scoring.engine.DepartmentInput.CommitmentInput;
import com.pledgeboard.scoring.engine.DepartmentInput.TargetInput;
import com.pledgeboard.scoring.engine.DepartmentResult.CommitmentResult;
import com.pledgeboard.scoring.engine.DepartmentResult.PartResult;
import com.pledgeboard.scoring.engine.DepartmentResult.TargetResult;

import static com.pledgeboard.scoring.engine.Decimals.divide;
import static com.pledgeboard.scoring.engine.Decimals.plain;
import static com.pledgeboard.scoring.engine.Decimals.round;

/**
 * Scores a plan year under a scheme: target attainments, commitment attainments, the three parts,
 * the total, then ranks and grades within each category. Same inputs, same digits: the rounding is
 * {@link Decimals}'.
 */
public final class ScoringEngine {

	public static final String COMMITMENT_PART = "承诺事项";

	public static final String PUBLIC_PART = "群众评议";

	public static final String LEADERSHIP_PART = "领导评价";

	private static final BigDecimal TWENTY = BigDecimal.valueOf(20);

	private final Scheme scheme;

	private final int year;

	public ScoringEngine(Scheme scheme, int year) {
		this.scheme = scheme;
		this.year = year;
	}

	public YearResult score(List<DepartmentInput> departments) {
		Map<String, CategoryMeans> means = categoryMeans(departments);
		List<DepartmentResult> scored = new ArrayList<>(departments.size());
		for (DepartmentInput d : departments) {
			scored.add(score(d, means.get(String.valueOf(d.category()))));
		}
		return Ranking.rank(scored, scheme.grades());
	}

	/** A department scored alone: its category's means are its own. */
	DepartmentResult score(DepartmentInput d) {
		return score(d, categoryMeans(List.of(d)).get(String.valueOf(d.category())));
	}

	/**
	 * The pooled means of a category's ratings, what the small-sample rule moves a department towards:
	 * every public rating of its departments at its points; each department's leadership score weighted
	 * by its number of ratings; {@code null} where nobody in the category was rated.
	 */
	record CategoryMeans(BigDecimal publicMean, BigDecimal leadershipMean) {
	}

	private Map<String, CategoryMeans> categoryMeans(List<DepartmentInput> departments) {
		Map<String, List<DepartmentInput>> byCategory = new HashMap<>();
		departments.forEach(d -> byCategory.computeIfAbsent(String.valueOf(d.category()), k -> new ArrayList<>()).add(d));
		Map<String, CategoryMeans> means = new HashMap<>();
		byCategory.forEach((category, members) -> {
			BigDecimal points = BigDecimal.ZERO;
			long people = 0;
			long ratings = 0;
			BigDecimal leadership = BigDecimal.ZERO;
			for (DepartmentInput d : members) {
				points = points.add(points(d.publicTally()));
				people += d.publicTally().count();
				int n = d.leadershipRatings().size();
				if (n > 0) {
					ratings += n;
					leadership = leadership.add(leadershipMean(d.leadershipRatings()).multiply(BigDecimal.valueOf(n)));
				}
			}
			means.put(category, new CategoryMeans(people == 0 ? null : divide(points, BigDecimal.valueOf(people)),
					ratings == 0 ? null : divide(leadership, BigDecimal.valueOf(ratings))));
		});
		return means;
	}

	private BigDecimal points(PublicTally tally) {
		PublicPoints p = scheme.publicPoints();
		return p.satisfied().multiply(BigDecimal.valueOf(tally.satisfied()))
			.add(p.fairlySatisfied().multiply(BigDecimal.valueOf(tally.fairlySatisfied())))
			.add(p.unsatisfied().multiply(BigDecimal.valueOf(tally.unsatisfied())));
	}

	private DepartmentResult score(DepartmentInput d, CategoryMeans means) {
		List<CommitmentResult> commitments = new ArrayList<>(d.commitments().size());
		for (CommitmentInput c : d.commitments()) {
			commitments.add(commitment(c));
		}
		BigDecimal coefficient = d.coefficient() == null ? BigDecimal.ONE : d.coefficient();
		Weights w = scheme.weights();
		Part[] scored = { commitmentScore(commitments, coefficient, d.coefficient() == null),
				publicScore(d.publicTally(), means.publicMean()), leadershipScore(d.leadershipRatings(), means.leadershipMean()) };
		BigDecimal[] scores = { scored[0].score(), scored[1].score(), scored[2].score() };
		Explanation[] formulas = { scored[0].formula(), scored[1].formula(), scored[2].formula() };
		String[] titles = { COMMITMENT_PART, PUBLIC_PART, LEADERSHIP_PART };
		BigDecimal[] weights = { w.commitmentPart(), w.publicPart(), w.leadershipPart() };
		BigDecimal present = BigDecimal.ZERO;
		for (int i = 0; i < 3; i++) {
			if (scores[i] != null) {
				present = present.add(weights[i]);
			}
		}
		PartResult[] parts = new PartResult[3];
		BigDecimal sum = BigDecimal.ZERO;
		StringJoiner total = new StringJoiner(" + ");
		for (int i = 0; i < 3; i++) {
			if (scores[i] == null || present.signum() == 0) {
				parts[i] = new PartResult(titles[i], scores[i], weights[i], BigDecimal.ZERO.setScale(Decimals.SCALE),
						BigDecimal.ZERO.setScale(Decimals.SCALE), null, scored[i].ratings(), scored[i].rule(), formulas[i]);
				continue;
			}
			BigDecimal effective = present.compareTo(BigDecimal.ONE) == 0 ? round(weights[i]) : divide(weights[i], present);
			BigDecimal contribution = round(scores[i].multiply(effective));
			sum = sum.add(contribution);
			total.add(scores[i].toPlainString() + " × " + effective.toPlainString());
			parts[i] = new PartResult(titles[i], scores[i], weights[i], effective, contribution, null,
					scored[i].ratings(), scored[i].rule(), formulas[i]);
		}
		BigDecimal rounded = sum.setScale(Decimals.TOTAL_SCALE, Decimals.ROUNDING);
		Explanation totalFormula = total.length() == 0 ? Explanation.of("scoring.x.total.none")
				: Explanation.of("scoring.x.total", total, rounded.toPlainString());
		return new DepartmentResult(d.entryId(), d.name(), d.category(), d.position(), d.coefficient(), commitments,
				parts[0], parts[1], parts[2], rounded, null, 0, 0, 0, null, totalFormula);
	}

	/**
	 * A part's score, {@code null} when there was nothing to score, and how it came about; for the rated
	 * parts, how many ratings it rests on and the small-sample rule that applied.
	 */
	private record Part(BigDecimal score, Explanation formula, Integer ratings, String rule) {

		Part(BigDecimal score, Explanation formula) {
			this(score, formula, null, null);
		}

	}

	private CommitmentResult commitment(CommitmentInput c) {
		BigDecimal weight = scheme.weights().commitment(c.id());
		if (c.targets().isEmpty()) {
			if (c.judgement() == null) {
				return new CommitmentResult(c.id(), c.no(), c.title(), weight, round(BigDecimal.ZERO), null, List.of(),
						Explanation.of("scoring.x.commitment.none"));
			}
			Attainment a = scheme.judgement().grade(c.judgement().grade());
			return new CommitmentResult(c.id(), c.no(), c.title(), weight, a.value(), null, List.of(), a.explanation());
		}
		List<TargetResult> targets = new ArrayList<>(c.targets().size());
		for (TargetInput t : c.targets()) {
			targets.add(target(t));
		}
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		StringJoiner terms = new StringJoiner(" + ");
		for (TargetResult t : targets) {
			weighted = weighted.add(t.weight().multiply(t.attainment()));
			weights = weights.add(t.weight());
			terms.add(plain(t.weight()) + " × " + t.attainment().toPlainString());
		}
		if (weights.signum() == 0) {
			return new CommitmentResult(c.id(), c.no(), c.title(), weight, round(BigDecimal.ZERO), null, targets,
					Explanation.of("scoring.x.commitment.zeroWeights"));
		}
		BigDecimal attainment = divide(weighted, weights);
		return new CommitmentResult(c.id(), c.no(), c.title(), weight, attainment, null, targets,
				Explanation.of("scoring.x.commitment.mean", terms, plain(weights), attainment.toPlainString()));
	}

	private TargetResult target(TargetInput t) {
		TargetSpec spec = t.spec();
		BigDecimal weight = scheme.weights().target(spec.id());
		Reading reading = t.reading();
		if (!Scheme.usable(spec, reading)) {
			return new TargetResult(spec.id(), spec.text(), null, null, weight, round(BigDecimal.ZERO), null,
					Explanation.of("scoring.x.function.none"), Explanation.of("scoring.x.reading.missing"),
					Explanation.of("scoring.x.target.noReading"));
		}
		AttainmentFunction function = scheme.functionFor(spec, reading);
		Attainment a = function.apply(spec, reading, year);
		return new TargetResult(spec.id(), spec.text(), null, null, weight, a.value(), null,
				Explanation.of(function.title()), describe(reading), a.explanation());
	}

	/** The reading used: its value, the date it was done and its grade, whichever it has. */
	private static Explanation describe(Reading r) {
		List<Explanation> parts = new ArrayList<>();
		if (r.value() != null) {
			parts.add(Explanation.of("scoring.x.reading.value", plain(r.value())));
		}
		if (r.doneDate() != null) {
			parts.add(Explanation.of("scoring.x.reading.done", r.doneDate()));
		}
		if (r.grade() != null) {
			parts.add(Explanation.of("scoring.x.reading.value", Judgement.named(r.grade())));
		}
		Explanation reading = parts.isEmpty() ? Explanation.of("scoring.x.reading.none") : parts.get(0);
		for (int i = 1; i < parts.size(); i++) {
			reading = reading.then(Explanation.of("scoring.x.separator")).then(parts.get(i));
		}
		return r.byHand() ? reading.then(Explanation.of("scoring.x.reading.byHand")) : reading;
	}

	private Part commitmentScore(List<CommitmentResult> commitments, BigDecimal coefficient, boolean unrated) {
		if (commitments.isEmpty()) {
			return new Part(null, Explanation.of("scoring.x.part.noCommitments"));
		}
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		StringJoiner terms = new StringJoiner(" + ");
		for (CommitmentResult c : commitments) {
			weighted = weighted.add(c.weight().multiply(c.attainment()));
			weights = weights.add(c.weight());
			terms.add(plain(c.weight()) + " × " + c.attainment().toPlainString());
		}
		if (weights.signum() == 0) {
			return new Part(null, Explanation.of("scoring.x.part.zeroWeights"));
		}
		BigDecimal attainment = divide(weighted, weights);
		BigDecimal score = round(attainment.multiply(Decimals.HUNDRED).multiply(coefficient));
		return new Part(score, Explanation.of("scoring.x.part.commitments", terms, plain(weights), attainment.toPlainString(),
				plain(coefficient), unrated ? Explanation.word("scoring.x.part.unrated") : "", score.toPlainString()));
	}

	private Part publicScore(PublicTally tally, BigDecimal categoryMean) {
		SmallSamples rule = scheme.smallSamples();
		int n = tally.count();
		BigDecimal own = null;
		Explanation formula = Explanation.of("scoring.x.part.noPublic");
		if (n > 0) {
			PublicPoints p = scheme.publicPoints();
			own = divide(points(tally), BigDecimal.valueOf(n));
			formula = Explanation.of("scoring.x.part.public", n, tally.satisfied(), plain(p.satisfied()),
					tally.fairlySatisfied(), plain(p.fairlySatisfied()), tally.unsatisfied(), plain(p.unsatisfied()),
					own.toPlainString());
		}
		return rated(rule, own, n, categoryMean, rule.publicPrior(), formula,
				Explanation.of("scoring.x.part.publicNotCounted"));
	}

	private Part leadershipScore(List<Integer> ratings, BigDecimal categoryMean) {
		SmallSamples rule = scheme.smallSamples();
		BigDecimal own = null;
		Explanation formula = Explanation.of("scoring.x.part.noLeadership");
		if (!ratings.isEmpty()) {
			List<BigDecimal> values = ratings.stream().map(BigDecimal::valueOf).toList();
			List<BigDecimal> counted = TrimmedMean.counted(values);
			BigDecimal mean = TrimmedMean.of(values).orElseThrow();
			own = leadershipMean(ratings);
			String trimmed = counted.size() < values.size() ? Explanation.word("scoring.x.part.trimmed") : "";
			formula = Explanation.of("scoring.x.part.leadership", ratings.size(), trimmed,
					String.join(" + ", counted.stream().map(Decimals::plain).toList()), counted.size(), mean.toPlainString(),
					own.toPlainString());
		}
		return rated(rule, own, ratings.size(), categoryMean, rule.leadershipPrior(), formula,
				Explanation.of("scoring.x.part.leadershipNotCounted"));
	}

	/** A department's own leadership score: the trimmed mean of its ratings × 20. */
	private static BigDecimal leadershipMean(List<Integer> ratings) {
		return round(TrimmedMean.of(ratings.stream().map(BigDecimal::valueOf).toList()).orElseThrow().multiply(TWENTY));
	}

	/** A rated part under the small-sample rule: the score, the formula with the rule filled in, the count. */
	private static Part rated(SmallSamples rule, BigDecimal own, int n, BigDecimal categoryMean, int prior,
			Explanation formula, Explanation none) {
		BigDecimal score = rule.apply(own, n, categoryMean, prior);
		if (score == null) {
			return new Part(null, none, n, null);
		}
		Explanation explained = rule.explain(own, n, categoryMean, prior, score);
		boolean applied = explained != null && !(rule.mode() == SmallSamples.Mode.MINIMUM && n >= prior);
		return new Part(score, formula.then(explained), n, applied ? rule.mode().name() : null);
	}

}
