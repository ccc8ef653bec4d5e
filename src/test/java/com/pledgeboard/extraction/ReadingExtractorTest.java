package com.pledgeboard.extraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingExtractorTest {

	private static final LocalDate JUNE = LocalDate.of(2023, 6, 30);

	private final ReadingExtractor extractor = new ReadingExtractor();

	@Test
	void shouldProposeNothingForAnEmptyNarrative() {
		assertThat(this.extractor.propose("新建口袋公园20个。", "", JUNE)).isEmpty();
		assertThat(this.extractor.propose("新建口袋公园20个。", null, JUNE)).isEmpty();
		assertThat(this.extractor.propose("加强党建引领。", "已建成口袋公园12个。", JUNE)).isEmpty();
	}

	@Test
	void shouldPointAtTheWordsAReadingCameFrom() {
		String narrative = "今年以来，已建成口袋公园12个。";

		ProposedReading reading = this.extractor.propose("新建口袋公园20个。", narrative, JUNE).get(0);

		assertThat(narrative.substring(reading.spanStart(), reading.spanEnd())).isEqualTo(reading.span());
		assertThat(reading.span()).contains("口袋公园").endsWith("12个");
	}

	@Test
	void shouldReadConfirmedTargetsAndLeaveBaselinesUnread() {
		List<ExtractedTarget> targets = new TargetExtractor().extract("2022年建成口袋公园15个，今年新建口袋公园20个。", 2023);
		assertThat(targets).anyMatch(ExtractedTarget::isBaseline);

		List<ProposedReading> readings = this.extractor.propose(targets, "已建成口袋公园12个。", JUNE);

		assertThat(readings).singleElement().satisfies((r) -> {
			assertThat(r.target().isBaseline()).isFalse();
			assertThat(r.target().value()).isEqualByComparingTo("20");
		});
	}

	@Test
	void shouldWriteTheContractShape() {
		ProposedReading share = this.extractor
			.propose("完成造林1万亩。", "已完成造林6200亩，完成年度任务的62%。", JUNE)
			.stream()
			.filter((r) -> r.share() != null)
			.findFirst()
			.orElseThrow();

		Map<String, Object> map = share.toContractMap();

		assertThat(map).containsEntry("value", null).containsEntry("unit", null).containsEntry("share", new BigDecimal("62"))
			.doesNotContainKeys("done", "cumulative");
		assertThat((Map<String, Object>) map.get("target")).containsEntry("kind", "quantity").doesNotContainKey("span");
	}

	@Test
	void shouldReadAWordAddedToItsVocabulary() {
		String narrative = "截至目前，全市口袋公园建成数已达12个。";
		ReadingVocabulary withoutSo = ReadingVocabulary.defaults();
		assertThat(new ReadingExtractor(new TargetExtractor(), withoutSo)
			.propose("新建口袋公园20个。", "口袋公园拟再建成8个。", JUNE)).isEmpty();

		ReadingVocabulary words = ReadingVocabulary.defaults().toBuilder().add(ReadingVocabulary.Role.PLAN, "已达").build();

		assertThat(new ReadingExtractor(new TargetExtractor(), words).propose("新建口袋公园20个。", narrative, JUNE)).isEmpty();
		assertThat(this.extractor.propose("新建口袋公园20个。", narrative, JUNE)).hasSize(1);
	}

	@Test
	void shouldExposeItsWordsForReading() {
		ReadingVocabulary words = ReadingVocabulary.defaults();

		assertThat(words.words(ReadingVocabulary.Role.CUMULATIVE)).contains("累计", "已");
		assertThat(words.words(ReadingVocabulary.Role.PLAN)).contains("预计", "力争");
		assertThat(Vocabulary.defaults().unitGroups()).containsEntry("人", "名");
		assertThat(words.toString()).contains("PLAN");
	}

}
