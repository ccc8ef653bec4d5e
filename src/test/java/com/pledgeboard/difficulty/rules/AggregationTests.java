package com.pledgeboard.difficulty.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The aggregation rule as the rating page documents it, value by value.
 */
class AggregationTests {

	private static final BigDecimal CENT = new BigDecimal("0.01");

	private static List<BigDecimal> values(String... v) {
		return Arrays.stream(v).map(BigDecimal::new).toList();
	}

	private static BigDecimal aggregate(String step, String... v) {
		return Aggregation.aggregate(values(v), new BigDecimal(step)).orElseThrow().value();
	}

	@Test
	void shouldGiveNothingWithoutRatings() {
		assertThat(Aggregation.aggregate(List.of(), CENT)).isEmpty();
	}

	@Test
	void shouldAverageAllOfFewerThanFive() {
		var four = Aggregation.aggregate(values("1.10", "1.50", "1.20", "1.30"), CENT).orElseThrow();
		assertThat(four.value()).isEqualByComparingTo("1.28");
		assertThat(four.trimmed()).isFalse();
		assertThat(four.used()).hasSize(4);
		assertThat(aggregate("0.01", "1.33")).isEqualByComparingTo("1.33");
		assertThat(aggregate("0.01", "1.00", "1.50")).isEqualByComparingTo("1.25");
	}

	@Test
	void shouldDropOneHighestAndOneLowestOfExactlyFive() {
		var five = Aggregation.aggregate(values("1.50", "1.00", "1.30", "1.20", "1.40"), CENT).orElseThrow();
		assertThat(five.dropped()).containsExactly(new BigDecimal("1.00"), new BigDecimal("1.50"));
		assertThat(five.used()).containsExactly(new BigDecimal("1.20"), new BigDecimal("1.30"), new BigDecimal("1.40"));
		assertThat(five.value()).isEqualByComparingTo("1.30");
		assertThat(five.count()).isEqualTo(5);
	}

	@Test
	void shouldDropOnlyOneOfTiedExtremes() {
		// Of two equal lowest and two equal highest, one each is dropped and the other counted.
		assertThat(aggregate("0.01", "1.20", "1.20", "1.30", "1.40", "1.40")).isEqualByComparingTo("1.30");
		assertThat(aggregate("0.01", "1.20", "1.20", "1.20", "1.20", "1.50")).isEqualByComparingTo("1.20");
		assertThat(aggregate("0.01", "1.30", "1.30", "1.30", "1.30", "1.30", "1.30")).isEqualByComparingTo("1.30");
	}

	@Test
	void shouldTrimSixOrMoreToo() {
		// 1.00 and 1.50 dropped; (1.20 + 1.21 + 1.22 + 1.23) / 4 = 1.215, rounded half up to 1.22.
		assertThat(aggregate("0.01", "1.50", "1.21", "1.00", "1.22", "1.20", "1.23")).isEqualByComparingTo("1.22");
	}

	@ParameterizedTest(name = "{0} at step {1} is {2}")
	@CsvSource({ "1.365, 0.01, 1.37", "1.364, 0.01, 1.36", "1.375, 0.05, 1.40", "1.374, 0.05, 1.35",
			"1.325, 0.05, 1.35", "1.3249, 0.05, 1.30", "1.25, 0.1, 1.3", "1.2, 0.25, 1.25", "1.1, 0.25, 1.00" })
	void shouldRoundHalfUpToTheStep(String value, String step, String expected) {
		assertThat(Aggregation.roundToStep(new BigDecimal(value), new BigDecimal(step)))
			.isEqualByComparingTo(expected);
	}

	@Test
	void shouldRoundTheExactMeanNotARoundedOne() {
		// 4.10 / 3 = 1.3666… → 1.37; 1.31 + 1.32 = 2.63 / 2 = 1.315 exactly → half up 1.32.
		assertThat(aggregate("0.01", "1.36", "1.37", "1.37")).isEqualByComparingTo("1.37");
		assertThat(aggregate("0.01", "1.31", "1.32")).isEqualByComparingTo("1.32");
		// Three equal halves of a step, never rounded down by a lossy division first.
		assertThat(aggregate("0.01", "1.305", "1.305", "1.305")).isEqualByComparingTo("1.31");
	}

	@Test
	void shouldKeepTheAggregateWithinBoundsOfOnGridRatings() {
		Bounds bounds = Bounds.DEFAULT;
		assertThat(bounds.allows(aggregate("0.01", "1.00", "1.00", "1.01"))).isTrue();
		assertThat(bounds.allows(aggregate("0.01", "1.50", "1.49", "1.50", "1.50", "1.50"))).isTrue();
	}

	@Test
	void shouldRefuseToAverageNothing() {
		assertThatThrownBy(() -> Aggregation.meanToStep(List.of(), CENT)).isInstanceOf(IllegalArgumentException.class);
	}

}
