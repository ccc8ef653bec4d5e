package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.scoring.Reading;

import static com.pledgeboard.scoring.engine.Decimals.plain;

/**
 * A scoring scheme: the attainment functions with their parameters, the weights, the points of the
 * public evaluation and the grade rule. Stored as JSON per plan year and version; printable in plain
 * Chinese. {@link #defaults()} is what a year is scored by until the assessment office saves another.
 */
public record Scheme(AtLeast atLeast, AtMost atMost, ChangeByDirection change, RankTiers rank,
		DeadlineLateness deadline, Judgement judgement, Weights weights, PublicPoints publicPoints,
		GradeRule grades, SmallSamples smallSamples) {

	/**
	 * A scheme saved before the small-sample rule existed keeps what it meant then: each department's own
	 * ratings, however few.
	 */
	public Scheme {
		smallSamples = smallSamples == null ? new SmallSamples(SmallSamples.Mode.NONE, 0, 0) : smallSamples;
	}

	public Scheme(AtLeast atLeast, AtMost atMost, ChangeByDirection change, RankTiers rank, DeadlineLateness deadline,
			Judgement judgement, Weights weights, PublicPoints publicPoints, GradeRule grades) {
		this(atLeast, atMost, change, rank, deadline, judgement, weights, publicPoints, grades, null);
	}

	/**
	 * The defaults: bonus up to 0.1 for a stretch value; at-most slope 1; rank tiers 1.1 / 1 / 0.8 / 0;
	 * a deadline worth nothing 90 days late; 完成 1, 基本完成 0.6, 未完成 0; parts 70% commitments,
	 * 20% public, 10% leadership; public points 100 / 60 / 0; 优秀 for the top 30% at 90 or more,
	 * 良好 from 80 (the issue names no threshold for 良好; 80 is ours), 合格 from 60.
	 */
	public static Scheme defaults() {
		return new Scheme(new AtLeast(d("0.1")), new AtMost(BigDecimal.ONE), new ChangeByDirection(d("0.1"), BigDecimal.ONE),
				new RankTiers(d("1.1"), BigDecimal.ONE, d("0.8"), BigDecimal.ZERO), new DeadlineLateness(90),
				new Judgement(BigDecimal.ONE, d("0.6"), BigDecimal.ZERO),
				new Weights(d("0.7"), d("0.2"), d("0.1"), Map.of(), Map.of()),
				new PublicPoints(d("100"), d("60"), BigDecimal.ZERO), new GradeRule(d("30"), d("90"), d("80"), d("60")),
				SmallSamples.defaults());
	}

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	/** The functions in the order they are described. */
	public List<AttainmentFunction> functions() {
		return List.of(atLeast, atMost, change, rank, deadline, judgement);
	}

	/** The function that scores a target with this reading: the reviewer's grade where only that is given. */
	public AttainmentFunction functionFor(TargetSpec target, Reading reading) {
		if (reading.gradeOnly()) {
			return judgement;
		}
		return switch (target.kind()) {
			case QUANTITY, PERCENT -> target.atMost() ? atMost : atLeast;
			case CHANGE -> change;
			case RANK -> rank;
			case DEADLINE -> deadline;
		};
	}

	/** Whether the reading carries what the target's function needs. */
	static boolean usable(TargetSpec target, Reading reading) {
		if (reading == null) {
			return false;
		}
		if (reading.gradeOnly()) {
			return true;
		}
		if (target.kind() == TargetKind.DEADLINE) {
			return target.date() != null;
		}
		return reading.value() != null && target.value() != null;
	}

	/** The scheme, one paragraph a line, as message codes with the scheme's numbers. */
	public List<Explanation> describe() {
		List<Explanation> lines = new ArrayList<>();
		functions().forEach(f -> lines.add(f.describe()));
		lines.add(Explanation.of("scoring.x.rule.missing"));
		lines.add(Explanation.of("scoring.x.rule.commitments"));
		lines.add(Explanation.of("scoring.x.rule.public", plain(publicPoints.satisfied()), plain(publicPoints.fairlySatisfied()),
				plain(publicPoints.unsatisfied())));
		lines.add(Explanation.of("scoring.x.rule.leadership"));
		lines.add(Explanation.of("scoring.x.rule.total", plain(weights.commitmentPart()), plain(weights.publicPart()),
				plain(weights.leadershipPart())));
		lines.add(smallSamples.describe());
		lines.add(Explanation.of("scoring.x.rule.rank.order"));
		lines.add(grades.describe());
		lines.add(Explanation.of("scoring.x.rule.rounding"));
		return lines;
	}

	/**
	 * Why a scheme cannot be used: a code of the message bundles and its arguments, so that the page says
	 * it in its reader's language.
	 */
	public record Problem(String code, List<String> arguments) {

		public Problem {
			arguments = List.copyOf(arguments);
		}

		static Problem of(String code, String... arguments) {
			return new Problem(code, List.of(arguments));
		}

	}

	/** What is wrong with the scheme, each problem once; empty when it can be used. */
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		nonNegative(problems, "scoring.refused.rule.bonus", atLeast.bonus(), change.bonus());
		positive(problems, "scoring.refused.rule.slope", atMost.slope(), change.slope());
		nonNegative(problems, "scoring.refused.rule.rank", rank.stretch(), rank.value(), rank.floor(), rank.below());
		if (deadline.daysToZero() <= 0) {
			problems.add(Problem.of("scoring.refused.rule.daysToZero"));
		}
		nonNegative(problems, "scoring.refused.rule.judgement", judgement.done(), judgement.mostlyDone(),
				judgement.notDone());
		nonNegative(problems, "scoring.refused.rule.parts", weights.commitmentPart(), weights.publicPart(),
				weights.leadershipPart());
		if (weights.commitmentPart() != null && weights.publicPart() != null && weights.leadershipPart() != null
				&& weights.commitmentPart().add(weights.publicPart()).add(weights.leadershipPart()).signum() == 0) {
			problems.add(Problem.of("scoring.refused.rule.partsZero"));
		}
		new TreeMap<>(weights.commitments())
			.forEach((id, w) -> nonNegativeWeight(problems, "scoring.refused.rule.commitmentWeight", id, w));
		new TreeMap<>(weights.targets())
			.forEach((id, w) -> nonNegativeWeight(problems, "scoring.refused.rule.targetWeight", id, w));
		nonNegative(problems, "scoring.refused.rule.publicPoints", publicPoints.satisfied(),
				publicPoints.fairlySatisfied(), publicPoints.unsatisfied());
		nonNegative(problems, "scoring.refused.rule.grades", grades.excellentShare(), grades.excellentMin(),
				grades.goodMin(), grades.passMin());
		if (smallSamples.mode() == null || smallSamples.publicPrior() < 0 || smallSamples.leadershipPrior() < 0) {
			problems.add(Problem.of("scoring.refused.rule.smallSamples"));
		}
		if (grades.excellentShare() != null && grades.excellentShare().compareTo(Decimals.HUNDRED) > 0) {
			problems.add(Problem.of("scoring.refused.rule.excellentShare"));
		}
		return problems.stream().distinct().toList();
	}

	private static void nonNegative(List<Problem> problems, String code, BigDecimal... values) {
		for (BigDecimal v : values) {
			if (v == null || v.signum() < 0) {
				problems.add(Problem.of(code));
			}
		}
	}

	/** A weight of one commitment or target, which the problem names by its id. */
	private static void nonNegativeWeight(List<Problem> problems, String code, long id, BigDecimal weight) {
		if (weight.signum() < 0) {
			problems.add(Problem.of(code, String.valueOf(id)));
		}
	}

	private static void positive(List<Problem> problems, String code, BigDecimal... values) {
		for (BigDecimal v : values) {
			if (v == null || v.signum() <= 0) {
				problems.add(Problem.of(code));
			}
		}
	}

}
