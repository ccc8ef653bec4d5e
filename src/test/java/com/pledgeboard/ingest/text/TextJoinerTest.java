package com.pledgeboard.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextJoinerTest {

	@ParameterizedTest(name = "{0} + {1} = {2}")
	@CsvSource(delimiter = '|', value = {
			"市文化广电|旅游局|市文化广电旅游局",
			"新增学位|9000个|新增学位9000个",
			"投资120|亿元|投资120亿元",
			"部署5G|SA基站|部署5G SA基站",
			"APEC|business|APEC business",
			"'  以“除险 保安”'|'  亮晒 '|以“除险保安”亮晒",
			"'APEC  商务'|旅行卡|APEC商务旅行卡",
			"'Smart  City'|'\u3000示范区'|Smart City示范区" })
	void shouldJoinWithoutSpacesExceptBetweenLatinLettersAndDigits(String first, String second, String joined) {
		assertThat(new TextJoiner().append(first).append(second).toString()).isEqualTo(joined);
	}

}
