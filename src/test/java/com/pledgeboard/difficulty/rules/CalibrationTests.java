package com.pledgeboard.difficulty.rules;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Self-assessed against assessed, on the seed's five departments with both values.
 */
class CalibrationTests {

	private static Calibration.Input input(String name, String category, String self, String assessed) {
		return new Calibration.Input(name.hashCode(), name, category, self == null ? null : new BigDecimal(self),
				assessed == null ? null : new BigDecimal(assessed), true);
	}

	private static final List<Calibration.Input> SEED = List.of(input("市文化广电旅游局", "社会发展类", "1.4", "1.37"),
			input("市卫生健康委", "社会发展类", "1.4", "1.38"), input("市退役军人事务局", "社会发展类", "1.5", "1.35"),
			input("市外办", "社会发展类", "1.2", "1.25"), input("市体育局", "社会发展类", "1.3", "1.3"),
			input("市医保局", "社会发展类", null, null), input("市公安局", "政法执法类", "1.3", null));

	@Test
	void shouldTakeOnlyDepartmentsWithBothValues() {
		Calibration c = Calibration.of(SEED);
		assertThat(c.rows()).extracting(Calibration.Row::department)
			.containsExactly("市文化广电旅游局", "市卫生健康委", "市退役军人事务局", "市外办", "市体育局");
		assertThat(c.rows()).extracting(Calibration.Row::difference)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("-0.03"), new BigDecimal("-0.02"), new BigDecimal("-0.15"),
					new BigDecimal("0.05"), BigDecimal.ZERO);
	}

	@Test
	void shouldGiveTheMeanDifferenceAndItsSpreadPerCategoryAndOverall() {
		Calibration c = Calibration.of(SEED);
		// Differences -0.03, -0.02, -0.15, 0.05, 0: mean -0.03; squares of deviations 0, .0001, .0144,
		// .0064, .0009 sum to .0218, over 5 is .00436, whose root is 0.066.
		assertThat(c.overall().count()).isEqualTo(5);
		assertThat(c.overall().meanDifference()).isEqualByComparingTo("-0.030");
		assertThat(c.overall().spread()).isEqualByComparingTo("0.066");
		assertThat(c.categories()).singleElement().satisfies(g -> {
			assertThat(g.category()).isEqualTo("社会发展类");
			assertThat(g.count()).isEqualTo(5);
		});
	}

	@Test
	void shouldShowNothingWithoutPairs() {
		Calibration c = Calibration.of(List.of(input("市医保局", "社会发展类", "1.2", null)));
		assertThat(c.rows()).isEmpty();
		assertThat(c.categories()).isEmpty();
		assertThat(c.overall().count()).isZero();
		assertThat(c.overall().meanDifference()).isNull();
	}

}
