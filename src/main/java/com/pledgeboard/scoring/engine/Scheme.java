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

	/** The scheme in plain Chinese, one paragraph a line. */
	public List<String> describe() {
		List<String> lines = new ArrayList<>();
		functions().forEach(f -> lines.add(f.describe()));
		lines.add("没有最终读数的目标完成度计 0；一项承诺有多个目标的，按目标权重加权平均（未另行设置的权重为 1），没有量化目标的承诺按评审等次计。");
		lines.add("承诺事项得分 = 各承诺完成度按承诺权重加权平均 × 100 × 评定难度系数（未评定的按 1 计）。");
		lines.add("群众评议得分 = (满意人数 × " + plain(publicPoints.satisfied()) + " + 基本满意人数 × "
				+ plain(publicPoints.fairlySatisfied()) + " + 不满意人数 × " + plain(publicPoints.unsatisfied()) + ") ÷ 评议人数。");
		lines.add("领导评价得分 = 评审专家所评 1–5 分的平均分 × 20；“不了解”不计入；评分达到 5 个及以上的，去掉一个最高分和一个最低分后平均。");
		lines.add("总分 = 承诺事项得分 × " + plain(weights.commitmentPart()) + " + 群众评议得分 × " + plain(weights.publicPart())
				+ " + 领导评价得分 × " + plain(weights.leadershipPart()) + "；某部分没有任何评分时不计入，其权重按比例分给其余部分。");
		lines.add(smallSamples.describe());
		lines.add("排名：同类别内按总分从高到低排列，总分相同的名次并列（如 1、2、2、4）。");
		lines.add(grades.describe());
		lines.add("计算过程中每一步结果四舍五入保留 4 位小数，总分四舍五入保留 2 位小数，排名和等次以保留 2 位小数后的总分为准。");
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
