package com.pledgeboard.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TargetDescriptionsTest {

	private final TargetExtractor extractor = new TargetExtractor();

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			新建口袋公园不少于12个。                | 口袋公园 ≥ 12 个
			考试通过率达到80%以上。                 | 考试通过率 ≥ 80%
			火灾事故起数同比下降30%。               | 火灾事故起数 同比下降 30%
			危险废物产生量较上年下降5%以上。         | 危险废物产生量 较上年下降 ≥ 5%
			营商环境评价全省排名保3争2拼1。          | 营商环境评价 全省排名 保3争2拼1
			旅游收入在全省排名保二拼第一。           | 旅游收入 全省排名 保2拼1
			科技创新指数进入全国前20。              | 科技创新指数 全国排名 前20
			9月底前完成主体工程。                   | 9月30日前 主体工程
			完成竣工面积40万平方米，力争50万平方米。   | 竣工面积 40万 平方米，力争 50万 平方米
			完成年度投资突破300亿元。               | 年度投资 > 300亿 元
			培训农村实用人才12345人次。             | 农村实用人才 12345 人次
			""")
	void shouldDescribeTargetsInPlainChinese(String sentence, String description) {
		assertThat(this.extractor.extract(sentence, 2022).get(0).describe()).isEqualTo(description);
	}

}
