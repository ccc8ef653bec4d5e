package com.pledgeboard.difficulty.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.pledgeboard.difficulty.rules.DifficultyAgainstAttainment.Group;
import com.pledgeboard.difficulty.rules.DifficultyAgainstAttainment.Point;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Coefficients against attainment on fixtures whose answers are worked out by hand: Pearson's r, its
 * Fisher-z interval, the least-squares line and the departments furthest from it.
 */
class DifficultyAgainstAttainmentTests {

	private static Point point(String name, String category, String coefficient, int targets, int attained) {
		return new Point(2041, name.hashCode(), name, category, new BigDecimal(coefficient), targets, attained);
	}

	/** Coefficients 1.0 … 1.4 against 2, 4, 5, 4, 5 of 5 targets: r = √0.6 = 0.7746. */
	private static List<Point> fixture(String category) {
		return List.of(point("A", category, "1.0", 5, 2), point("B", category, "1.1", 5, 4),
				point("C", category, "1.2", 5, 5), point("D", category, "1.3", 5, 4), point("E", category, "1.4", 5, 5));
	}

	@Test
	void shouldGivePearsonsRWithItsFisherInterval() {
		Group g = DifficultyAgainstAttainment.of(fixture("社会发展类")).categories().get(0);
		assertThat(g.count()).isEqualTo(5);
		assertThat(g.r()).isCloseTo(Math.sqrt(0.6), within(1e-9));
		// atanh(0.7746) = 1.03172; ± 1.95996 / √2 = 1.38590; tanh back
		assertThat(g.low()).isCloseTo(-0.34007, within(1e-4));
		assertThat(g.high()).isCloseTo(0.98421, within(1e-4));
	}

	@Test
	void shouldFitTheLineAndNameTheDepartmentsFurthestFromIt() {
		Group g = DifficultyAgainstAttainment.of(fixture("社会发展类")).overall();
		// slope 0.6 a unit of x in the unscaled fixture, here 0.6 × (1/5) ÷ 0.1 = 1.2; through the means
		// (1.2, 0.8), so the intercept is 0.8 − 1.2 × 1.2 = −0.64
		assertThat(g.slope()).isCloseTo(1.2, within(1e-9));
		assertThat(g.intercept()).isCloseTo(-0.64, within(1e-9));
		// residuals −0.16, 0.12, 0.20, −0.12, −0.04: C, then A, then B before D (a tie, by name)
		assertThat(g.furthest()).extracting(r -> r.point().department()).containsExactly("C", "A", "B");
		assertThat(g.furthest().get(0).residual()).isCloseTo(0.2, within(1e-9));
		assertThat(g.furthest().get(1).fitted()).isCloseTo(0.56, within(1e-9));
	}

	@Test
	void shouldFindAMeaningfulCoefficientNegativeWithAnIntervalBelowZero() {
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			// the harder, the fewer attained, with a little scatter
			points.add(point("D" + i, "经济发展类", BigDecimal.valueOf(100 + 5 * i, 2).toPlainString(), 10, 10 - i * 2 / 3 - (i % 2)));
		}
		Group g = DifficultyAgainstAttainment.of(points).overall();
		assertThat(g.r()).isLessThan(-0.9);
		assertThat(g.high()).isLessThan(0);
		assertThat(g.slope()).isNegative();
	}

	@Test
	void shouldSplitByCategoryAndLeaveOutDepartmentsWithNothingScored() {
		List<Point> points = new ArrayList<>(fixture("社会发展类"));
		points.add(point("F", "政法执法类", "1.1", 4, 1));
		points.add(point("G", "政法执法类", "1.2", 4, 3));
		points.add(point("H", "政法执法类", "1.3", 4, 2));
		points.add(point("I", "政法执法类", "1.4", 0, 0));
		DifficultyAgainstAttainment result = DifficultyAgainstAttainment.of(points);
		assertThat(result.categories()).extracting(Group::category).containsExactly("社会发展类", "政法执法类");
		Group small = result.categories().get(1);
		assertThat(small.count()).isEqualTo(3);
		// three departments give r = 0.5 but no interval: Fisher's z needs n − 3 > 0
		assertThat(small.r()).isCloseTo(0.5, within(1e-9));
		assertThat(small.low()).isNull();
		assertThat(result.overall().count()).isEqualTo(8);
	}

	@Test
	void shouldSayNothingWhereEveryoneHasOneCoefficientOrTooFewDepartments() {
		Group same = DifficultyAgainstAttainment.of(List.of(point("A", "X", "1.2", 5, 1), point("B", "X", "1.2", 5, 3),
				point("C", "X", "1.2", 5, 4), point("D", "X", "1.2", 5, 5))).overall();
		assertThat(same.r()).isNull();
		assertThat(same.furthest()).isEmpty();
		Group two = DifficultyAgainstAttainment.of(List.of(point("A", "X", "1.1", 5, 1), point("B", "X", "1.2", 5, 3)))
			.overall();
		assertThat(two.r()).isNull();
	}

}
