package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static com.pledgeboard.scoring.engine.Decimals.plain;

/**
 * How totals become grades. 优秀 goes to the top {@code excellentShare} percent of a category whose
 * total is at least {@code excellentMin}; "the top share" is the first floor(n × share ÷ 100)
 * places of a category of n, so 优秀 never exceeds the share (a category of 8 at 30% has 2 places; a
 * category of 1, 2 or 3 has none), and departments tied on a total share a fate: a tied group that
 * does not fit wholly within those places gets none of them. Everyone else earns 良好 from
 * {@code goodMin}, 合格 from {@code passMin}, else 不合格.
 */
public record GradeRule(BigDecimal excellentShare, BigDecimal excellentMin, BigDecimal goodMin, BigDecimal passMin) {

	/** The places open to 优秀 in a category of {@code size}. */
	public int excellentPlaces(int size) {
		return BigDecimal.valueOf(size).multiply(excellentShare).divide(Decimals.HUNDRED, 0, RoundingMode.FLOOR).intValue();
	}

	/**
	 * @param rank the department's rank in its category (ties share it)
	 * @param tied how many departments share that rank, itself included
	 */
	public Grade grade(BigDecimal total, int rank, int tied, int categorySize) {
		if (total.compareTo(excellentMin) >= 0 && rank + tied - 1 <= excellentPlaces(categorySize)) {
			return Grade.EXCELLENT;
		}
		if (total.compareTo(goodMin) >= 0) {
			return Grade.GOOD;
		}
		return total.compareTo(passMin) >= 0 ? Grade.PASS : Grade.FAIL;
	}

	public Explanation describe() {
		return Explanation.of("scoring.x.rule.grades", plain(excellentShare), plain(excellentMin), plain(goodMin),
				plain(passMin));
	}

}
