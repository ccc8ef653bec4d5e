package com.pledgeboard.extraction;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ChineseNumbersTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvFileSource(resources = "/extraction/chinese-numbers.csv", numLinesToSkip = 1)
	void shouldReadArabicAndChineseNumeralsWithScaleWords(String text, BigDecimal value) {
		assertThat(ChineseNumbers.parse(text)).isEqualByComparingTo(value);
	}

	@Test
	void shouldNormaliseValuesToPlainNumbers() {
		assertThat(ChineseNumbers.parse("300亿").toString()).isEqualTo("30000000000");
		assertThat(ChineseNumbers.parse("12.90").toString()).isEqualTo("12.9");
	}

	@Test
	void shouldRejectTextThatIsNotOneNumber() {
		assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> ChineseNumbers.parse("百姓"));
		assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> ChineseNumbers.parse("12家"));
	}

}
