package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * A department's score with its whole explanation: the three parts, each commitment and each target
 * with the reading used and the formula filled in, the total, the rank within the category and the
 * grade. This is what is frozen when a year closes, and what every page of scores shows.
 *
 * <p>The explanations are message codes with arguments ({@link Explanation}), worded where they are
 * shown. The {@code String} formulas (and a target's {@code function} and {@code reading}) are what
 * results frozen before the codes hold instead, in Chinese; the engine leaves them {@code null}, and a
 * page shows them where a result has no explanation.
 */
public record DepartmentResult(long entryId, String name, String category, int position, BigDecimal coefficient,
		List<CommitmentResult> commitments, PartResult commitmentPart, PartResult publicPart,
		PartResult leadershipPart, BigDecimal total, String totalFormula, int rank, int tied, int categorySize,
		Grade grade, Explanation totalExplanation) {

	public List<PartResult> parts() {
		return List.of(commitmentPart, publicPart, leadershipPart);
	}

	DepartmentResult ranked(int rank, int tied, int categorySize, Grade grade) {
		return new DepartmentResult(entryId, name, category, position, coefficient, commitments, commitmentPart,
				publicPart, leadershipPart, total, totalFormula, rank, tied, categorySize, grade, totalExplanation);
	}

	/**
	 * One part of the total. {@code score} is {@code null} where the part had nothing to score (no
	 * commitment, no public rating, no leadership rating); its weight then goes to the other parts.
	 * {@code ratings} is how many ratings the public and leadership parts rest on ({@code null} for the
	 * commitment part), and {@code rule} the small-sample rule that applied ({@code SHRINK},
	 * {@code MINIMUM}, or {@code null} where the department's own ratings counted as they were).
	 */
	public record PartResult(String title, BigDecimal score, BigDecimal weight, BigDecimal effectiveWeight,
			BigDecimal contribution, String formula, Integer ratings, String rule, Explanation explanation) {

		public boolean missing() {
			return score == null;
		}

	}

	/** A commitment's attainment: the weighted mean of its targets', or its reviewer's grade. */
	public record CommitmentResult(long commitmentId, int no, String title, BigDecimal weight, BigDecimal attainment,
			String formula, List<TargetResult> targets, Explanation explanation) {
	}

	/**
	 * A target's attainment: which function ({@code functionName}), which reading ({@code readingText}),
	 * which formula ({@code explanation}).
	 */
	public record TargetResult(long targetId, String text, String function, String reading, BigDecimal weight,
			BigDecimal attainment, String formula, Explanation functionName, Explanation readingText,
			Explanation explanation) {
	}

}
