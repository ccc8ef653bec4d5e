package com.pledgeboard.extraction;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNumberFormatTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			30000000000 | 300亿
			1120000000  | 11.2亿
			100000000   | 1亿
			120000      | 12万
			16000       | 1.6万
			123400      | 12.34万
			123456      | 123456
			12345678    | 12345678
			9999        | 9999
			80.5        | 80.5
			""")
	void shouldWriteLargeNumbersWithTheirScaleWordWhenNothingIsLost(BigDecimal value, String formatted) {
		assertThat(ChineseNumbers.format(value)).isEqualTo(formatted);
	}

}
