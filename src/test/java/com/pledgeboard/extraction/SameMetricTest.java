package com.pledgeboard.extraction;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether two targets of different plan years measure the same thing, with descriptions written for
 * this test: the metric named both ways, one kind and one unit.
 */
class SameMetricTest {

	private final TargetExtractor extractor = new TargetExtractor();

	private final MetricSimilarity similarity = MetricSimilarity.defaults();

	private ExtractedTarget only(String description) {
		List<ExtractedTarget> targets = extractor.extract(description, 2030);
		assertThat(targets).as(description).hasSize(1);
		return targets.get(0);
	}

	@ParameterizedTest(name = "{0} / {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			新建城市书房12家                 | 新建家门口的城市书房20家           | true
			森林覆盖率保持在61%以上           | 全市森林覆盖率达到61.5%            | true
			居民电子健康档案建档率达到90%      | 居民电子健康档案建档率达到95%        | true
			培育现代小微企业200家             | 新增规上企业200家                 | false
			新建城市书房12家                 | 新建乡村博物馆12家                | false
			城市书房12家                    | 城市书房覆盖率达到90%              | false
			公共图书馆接待读者达到120万人次      | 公共图书馆藏书达到120万册            | false
			""")
	void shouldMatchTheSameMetricOnlyBothWays(String before, String now, boolean same) {
		ExtractedTarget a = only(before);
		ExtractedTarget b = only(now);
		assertThat(similarity.sameMetric(a, b) > 0).as(a.metric() + " / " + b.metric()).isEqualTo(same);
		assertThat(similarity.sameMetric(b, a)).isEqualTo(similarity.sameMetric(a, b));
	}

}
