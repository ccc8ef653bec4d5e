package com.pledgeboard.difficulty.rules;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which coefficients a plan year's bounds allow, and what a refusal names (its words are in the bundles).
 */
class BoundsTests {

	@ParameterizedTest
	@ValueSource(strings = { "1.00", "1", "1.01", "1.37", "1.5", "1.50" })
	void shouldAllowValuesOnTheGridWithinTheDefaultBounds(String value) {
		assertThat(Bounds.DEFAULT.refusal(new BigDecimal(value))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0.99", "1.51", "2", "0", "-1.2", "1.375" })
	void shouldRefuseValuesOutsideNamingTheBounds(String value) {
		assertThat(Bounds.DEFAULT.refusal(new BigDecimal(value))).hasValueSatisfying(problem -> {
			assertThat(problem.code()).isEqualTo("difficulty.refused.outside");
			assertThat(problem.arguments()).containsExactly(new BigDecimal(value).stripTrailingZeros().toPlainString(),
					"1.00", "1.50", "0.01");
		});
	}

	@Test
	void shouldRefuseAMissingValue() {
		assertThat(Bounds.DEFAULT.refusal(null)).hasValueSatisfying(
				p -> assertThat(p.code()).isEqualTo("difficulty.refused.missing"));
	}

	@Test
	void shouldKeepConfiguredBounds() {
		Bounds coarse = new Bounds(new BigDecimal("0.8"), new BigDecimal("1.2"), new BigDecimal("0.05"));
		assertThat(coarse.allows(new BigDecimal("0.85"))).isTrue();
		assertThat(coarse.allows(new BigDecimal("0.86"))).isFalse();
		assertThat(coarse.allows(new BigDecimal("1.25"))).isFalse();
		assertThat(coarse.shown()).containsExactly("0.80", "1.20", "0.05");
	}

	@Test
	void shouldRefuseBoundsThatAreNoBounds() {
		assertThat(Bounds.problems(new BigDecimal("1.5"), new BigDecimal("1.0"), new BigDecimal("0.01"))).isPresent();
		assertThat(Bounds.problems(new BigDecimal("1.0"), new BigDecimal("1.5"), BigDecimal.ZERO)).isPresent();
		assertThat(Bounds.problems(new BigDecimal("1.0"), new BigDecimal("1.5"), new BigDecimal("0.0001"))).isPresent();
		assertThat(Bounds.problems(new BigDecimal("1.01"), new BigDecimal("1.5"), new BigDecimal("0.05"))).isPresent();
		assertThat(Bounds.problems(BigDecimal.ZERO, new BigDecimal("1.5"), new BigDecimal("0.01"))).isPresent();
		assertThat(Bounds.problems(null, new BigDecimal("1.5"), new BigDecimal("0.01"))).isPresent();
		assertThatThrownBy(() -> new Bounds(new BigDecimal("2"), BigDecimal.ONE, new BigDecimal("0.01")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("difficulty.refused.bounds.order");
		assertThat(Bounds.problems(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("0.01"))).isEmpty();
	}

}
