package com.pledgeboard.rules;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrimmedMeanTests {

	private static List<BigDecimal> of(int... values) {
		return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
	}

	@Test
	void shouldTakeThePlainMeanUnderFiveRatings() {
		assertThat(TrimmedMean.of(of(5, 1, 3, 4)).orElseThrow()).isEqualByComparingTo("3.2500");
	}

	@Test
	void shouldDropOneHighestAndOneLowestFromFiveRatings() {
		assertThat(TrimmedMean.of(of(5, 5, 1, 4, 3)).orElseThrow()).isEqualByComparingTo("4.0000");
		assertThat(TrimmedMean.counted(of(5, 5, 1, 4, 3))).extracting(BigDecimal::intValue).containsExactly(3, 4, 5);
	}

	@Test
	void shouldHaveNoMeanWithoutRatings() {
		assertThat(TrimmedMean.of(List.of())).isEmpty();
	}

}
