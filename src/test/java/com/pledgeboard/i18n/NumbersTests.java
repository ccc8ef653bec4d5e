package com.pledgeboard.i18n;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTests {

	private final Numbers numbers = new Numbers();

	@ParameterizedTest(name = "{0} reads {1} in Chinese and {2} in English")
	@CsvSource(delimiter = '|', textBlock = """
			120000      | 12万      | 120,000
			1120000000  | 11.2亿    | 1,120,000,000
			123456      | 123456    | 123,456
			30.50       | 30.5      | 30.5
			16000.000   | 1.6万     | 16,000
			-25000      | -2.5万    | -25,000
			0.125       | 0.125     | 0.125
			""")
	void shouldWriteAmountsTheWayEachLanguageReadsThem(String value, String chinese, String english) {
		assertThat(numbers.amount(new BigDecimal(value), Locale.SIMPLIFIED_CHINESE)).isEqualTo(chinese);
		assertThat(numbers.amount(new BigDecimal(value), Locale.ENGLISH)).isEqualTo(english);
	}

	@ParameterizedTest
	@CsvSource({ "zh", "en" })
	void shouldWriteNothingForNoValue(String language) {
		assertThat(numbers.amount(null, Locale.forLanguageTag(language))).isEmpty();
	}

}
