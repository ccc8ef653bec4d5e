package com.pledgeboard.extraction;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractedTargetTest {

	private final TargetExtractor extractor = new TargetExtractor();

	@Test
	void shouldWriteTheContractFieldsAndLeaveOutNulls() {
		ExtractedTarget target = this.extractor.extract("全年发放消费券5亿元以上。", 2022).get(0);

		Map<String, Object> map = target.toContractMap();

		assertThat(map).containsOnlyKeys("kind", "metric", "op", "value", "unit", "span");
		assertThat(map).containsEntry("kind", "quantity").containsEntry("op", ">=").containsEntry("unit", "元");
		assertThat(map.get("value")).isInstanceOf(BigDecimal.class);
		assertThat(map.get("value").toString()).isEqualTo("500000000");
	}

	@Test
	void shouldWriteDatesAsMonthDayAndMarkOnlyBaselines() {
		List<ExtractedTarget> targets = this.extractor.extract("2021年完成投资12亿元，9月底前完成主体工程。", 2022);

		assertThat(targets).extracting((t) -> t.toContractMap().get("role")).containsExactly("baseline", null);
		assertThat(targets.get(1).toContractMap()).containsEntry("date", "--09-30").doesNotContainKey("value");
	}

	@Test
	void shouldNormaliseValuesWithoutExponentOrTrailingZeros() {
		ExtractedTarget target = new ExtractedTarget(TargetKind.QUANTITY, "投资", Op.EQ, new BigDecimal("3E+10"), "元",
				new BigDecimal("12.50"), null, null, null, null, null, "投资300亿元", 0, 7, TargetRole.TARGET);

		assertThat(target.value().toString()).isEqualTo("30000000000");
		assertThat(target.stretch().toString()).isEqualTo("12.5");
	}

	@Test
	void shouldKeepTheSpanAsTextAndPosition() {
		String description = "深化改革，新增口袋公园20个。";
		ExtractedTarget target = this.extractor.extract(description, 2022).get(0);

		assertThat(description.substring(target.spanStart(), target.spanEnd())).isEqualTo(target.span());
		assertThat(target.span()).isEqualTo("口袋公园20个");
	}

	@Test
	void shouldGiveTheSameAnswerFromManyThreads() throws Exception {
		String description = "安全生产事故起数同比下降15%以上，营商环境评价力争进入全省前五，6月底前完成老旧小区改造。";
		List<ExtractedTarget> expected = this.extractor.extract(description, 2022);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<ExtractedTarget>>> results = pool
				.invokeAll(java.util.Collections.nCopies(64, () -> this.extractor.extract(description, 2022)));
			for (Future<List<ExtractedTarget>> result : results) {
				assertThat(result.get()).isEqualTo(expected);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(expected).hasSize(3);
	}

	@Test
	void shouldRoundTripEnumCodes() {
		for (TargetKind kind : TargetKind.values()) {
			assertThat(TargetKind.ofCode(kind.code())).isEqualTo(kind);
		}
		for (Op op : Op.values()) {
			assertThat(Op.ofSymbol(op.symbol())).isEqualTo(op);
		}
		assertThat(Direction.ofCode("down")).isEqualTo(Direction.DOWN);
		assertThat(MonthDay.of(9, 30).toString()).isEqualTo("--09-30");
	}

}
