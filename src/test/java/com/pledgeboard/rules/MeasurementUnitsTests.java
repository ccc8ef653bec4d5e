package com.pledgeboard.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.extraction.TargetRole;
import com.pledgeboard.extraction.Vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A typed reading is whole exactly where the one unit vocabulary (the extractor's) says its unit counts
 * things one by one: the reading rule has no list of units of its own to drift from the extractor's.
 */
class MeasurementUnitsTests {

	private static final LocalDate TODAY = LocalDate.of(2023, 3, 1);

	@Test
	void shouldRefuseAFractionOfEveryUnitCountedOneByOne() {
		assertThat(Vocabulary.defaults().countUnits()).contains("家", "人次", "株", "口");
		for (String unit : Vocabulary.defaults().countUnits()) {
			assertThat(Measurement.parse(quantity(unit), "12", 2022, TODAY).value()).isEqualByComparingTo("12");
			assertThatThrownBy(() -> Measurement.parse(quantity(unit), "12.5", 2022, TODAY)).as(unit)
				.isInstanceOfSatisfying(ReadingRefused.class,
						(ex) -> assertThat(ex.code()).isEqualTo("reading.refused.wholeCount"));
		}
	}

	@Test
	void shouldAcceptAFractionOfAUnitThatIsMeasured() {
		for (String unit : new String[] { "亩", "公里", "吨", "元", "分", "课时" }) {
			assertThat(Vocabulary.defaults().units()).as(unit).containsKey(unit);
			assertThat(Vocabulary.defaults().countsOneByOne(unit)).as(unit).isFalse();
			assertThat(Measurement.parse(quantity(unit), "12.5", 2022, TODAY).value()).isEqualByComparingTo("12.5");
		}
	}

	@Test
	void shouldCountOnlyWordsThatAreUnits() {
		Vocabulary vocabulary = Vocabulary.defaults();

		assertThat(vocabulary.units().keySet()).containsAll(vocabulary.countUnits());
		assertThat(vocabulary.units().keySet()).containsAll(vocabulary.unitGroups().keySet());
	}

	private static ExtractedTarget quantity(String unit) {
		return new ExtractedTarget(TargetKind.QUANTITY, "新建", Op.GE, BigDecimal.TEN, unit, null, null, null, null, null,
				null, "", 0, 0, TargetRole.TARGET);
	}

}
