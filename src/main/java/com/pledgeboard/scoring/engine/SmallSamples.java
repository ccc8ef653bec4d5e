package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;

/**
 * How the public (群众评议) and leadership (领导评价) parts treat a department rated by few people, so that
 * one citizen's 不满意 cannot put a department last, and a department nobody rated is not lifted above
 * the rated ones by having the part left out. The reference is the category's mean: all the ratings of
 * the category's departments pooled. Where nobody in the category was rated, the part counts for none of
 * them and its weight goes to the other parts.
 * <ul>
 * <li>{@code SHRINK} (the default): a Bayesian average, as if each department also had {@code prior}
 * ratings at the category's mean: (n × own mean + prior × category mean) ÷ (n + prior). One rating moves a
 * department a little, many ratings move it to its own mean; nobody's rating gives the category mean.</li>
 * <li>{@code MINIMUM}: a department with fewer than {@code prior} ratings gets the category mean; from
 * {@code prior} ratings on, its own.</li>
 * <li>{@code NONE}: each department's own mean however few rated it; a part nobody rated is left out.</li>
 * </ul>
 *
 * @param publicPrior the number of ratings of the rule for the public part
 * @param leadershipPrior the number of ratings of the rule for the leadership part
 */
public record SmallSamples(Mode mode, int publicPrior, int leadershipPrior) {

	public enum Mode {

		SHRINK, MINIMUM, NONE

	}

	public static SmallSamples defaults() {
		return new SmallSamples(Mode.SHRINK, 20, 3);
	}

	/**
	 * A part's score from a department's own mean over {@code n} ratings, under this rule, with the
	 * category's mean; {@code null} where the rule leaves the part out.
	 *
	 * @param own the department's own mean, {@code null} when {@code n} is 0
	 * @param category the category's pooled mean, {@code null} when nobody in it was rated
	 */
	BigDecimal apply(BigDecimal own, int n, BigDecimal category, int prior) {
		if (mode == Mode.NONE || category == null) {
			return own;
		}
		if (mode == Mode.MINIMUM) {
			return n >= prior ? own : category;
		}
		if (n == 0) {
			return category;
		}
		BigDecimal weighted = own.multiply(BigDecimal.valueOf(n)).add(category.multiply(BigDecimal.valueOf(prior)));
		return Decimals.divide(weighted, BigDecimal.valueOf((long) n + prior));
	}

	/** The rule with its numbers filled in, for the explanation; {@code null} where no rule applied. */
	Explanation explain(BigDecimal own, int n, BigDecimal category, int prior, BigDecimal score) {
		if (mode == Mode.NONE || category == null) {
			return null;
		}
		String mean = category.toPlainString();
		if (mode == Mode.MINIMUM) {
			return n >= prior ? Explanation.of("scoring.x.small.enough", n, prior)
					: Explanation.of("scoring.x.small.few", n, prior, mean, score.toPlainString());
		}
		if (n == 0) {
			return Explanation.of("scoring.x.small.none", mean, score.toPlainString());
		}
		return Explanation.of("scoring.x.small.shrink", n, own.toPlainString(), prior, mean, score.toPlainString());
	}

	/** The rule in plain Chinese, for the scheme's description. */
	Explanation describe() {
		return Explanation.of("scoring.x.rule.small." + mode, publicPrior, leadershipPrior);
	}

}
