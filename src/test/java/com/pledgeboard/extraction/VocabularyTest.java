package com.pledgeboard.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTest {

	@Test
	void shouldLeaveAnUnknownMeasureWordUnread() {
		assertThat(new TargetExtractor().extract("新植珍贵树种3000蔸。", 2022)).isEmpty();
	}

	@Test
	void shouldReadAMeasureWordAddedToTheDefaults() {
		Vocabulary vocabulary = Vocabulary.defaults().toBuilder().unit("蔸").build();

		assertThat(new TargetExtractor(vocabulary).extract("新植珍贵树种3000蔸。", 2022))
			.singleElement()
			.satisfies((t) -> {
				assertThat(t.metric()).contains("珍贵树种");
				assertThat(t.unit()).isEqualTo("蔸");
			});
	}

	@Test
	void shouldReadAComparisonWordAddedToTheDefaults() {
		Vocabulary vocabulary = Vocabulary.defaults().toBuilder().comparisonBefore(Op.GE, "保底").build();

		assertThat(new TargetExtractor(vocabulary).extract("粮食产量保底60万吨。", 2022))
			.singleElement()
			.satisfies((t) -> assertThat(t.op()).isEqualTo(Op.GE));
	}

	@Test
	void shouldExposeItsWordsForReading() {
		Vocabulary vocabulary = Vocabulary.defaults();

		assertThat(vocabulary.comparisonsBefore()).containsEntry("不少于", Op.GE).containsEntry("突破", Op.GT);
		assertThat(vocabulary.comparisonsAfter()).containsEntry("以内", Op.LE).containsEntry("左右", Op.APPROX);
		assertThat(vocabulary.units()).containsEntry("％", "%").containsKey("人次");
		assertThat(vocabulary.changeVerbs()).containsEntry("下降", Direction.DOWN);
		assertThat(vocabulary.rankScopes()).contains("全省", "全国");
	}

	@Test
	void shouldHoldTheUnitsThatCountTheSameThingOnce() {
		Vocabulary vocabulary = Vocabulary.defaults();

		assertThat(vocabulary.sameUnit("人", "名")).isTrue();
		assertThat(vocabulary.sameUnit("千米", "公里")).isTrue();
		assertThat(vocabulary.sameUnit("人", "家")).isFalse();
		assertThat(vocabulary.sameUnit(null, null)).isTrue();
		assertThat(vocabulary.sameUnit("人", null)).isFalse();
	}

	@Test
	void shouldMakeACountUnitAddedToTheDefaultsAUnitCountedWhole() {
		Vocabulary vocabulary = Vocabulary.defaults().toBuilder().countUnit("蔸").build();

		assertThat(vocabulary.units()).containsEntry("蔸", "蔸");
		assertThat(vocabulary.countsOneByOne("蔸")).isTrue();
		assertThat(Vocabulary.defaults().countsOneByOne("蔸")).isFalse();
	}

}
