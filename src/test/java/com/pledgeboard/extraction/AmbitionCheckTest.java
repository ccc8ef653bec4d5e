package com.pledgeboard.extraction;

import java.math.BigDecimal;
import java.util.List;

import com.pledgeboard.extraction.AmbitionFinding.Kind;
import com.pledgeboard.extraction.AmbitionVocabulary.Role;
import com.pledgeboard.rules.Goal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of ambition and measurability, each with sentences written for these tests (none is from the
 * seed table or the readings' development set). "Less" is read by {@link Goal}, as lights and scoring read it.
 */
class AmbitionCheckTest {

	private static final AmbitionCheck CHECK = new AmbitionCheck(t -> Goal.of(t).lessIsBetter());

	private static final TargetExtractor EXTRACTOR = new TargetExtractor();

	private static List<AmbitionFinding> check(String description) {
		return CHECK.check(description, 2024, null, List.of());
	}

	private static List<Kind> kinds(List<AmbitionFinding> findings) {
		return findings.stream().map(AmbitionFinding::kind).toList();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			持续深化“放管服”改革，进一步优化审批流程，不断提升群众办事便利度。 | 深化
			办好群众满意的教育，增强学生获得感。                               | 办好
			加快推进老城区有机更新，着力完善公共服务配套。                       | 完善
			通过开展专项行动，切实加强危化品安全监管。                           | 加强
			""")
	void shouldCallADescriptionOfEffortAloneVague(String description, String word) {
		assertThat(check(description)).singleElement().satisfies(f -> {
			assertThat(f.kind()).isEqualTo(Kind.VAGUE_ONLY);
			assertThat(f.target()).isNull();
			assertThat(f.words()).contains(word).doesNotContain("获得");
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			争创国家级全域旅游示范区，建成智慧景区管理平台。 | 建成
			全面推进河湖治理，力争再获省级“大禹鼎”。         | 再获
			市民卡服务在全省率先实现跨市通办。               | 率先
			""")
	void shouldCallAResultWithoutANumberUnmeasurableButNotVague(String description, String result) {
		assertThat(check(description)).singleElement().satisfies(f -> {
			assertThat(f.kind()).isEqualTo(Kind.NO_MEASURABLE_TARGET);
			assertThat(f.kind().unmeasurable()).isTrue();
			assertThat(f.words()).contains(result);
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			推进乡村振兴，年底前完成农村饮用水提标改造。
			加强食品安全监管，食品抽检合格率达到98%以上。
			新建口袋公园40个，力争50个。
			综合考核全省保四争二拼第一。
			在上年接待游客300万人次的基础上，今年接待游客350万人次。
			""")
	void shouldFindNothingInAnAmbitiousMeasurableCommitment(String description) {
		assertThat(check(description)).isEmpty();
	}

	@Test
	void shouldFlagATargetBelowTheBasisItIsBuiltOn() {
		assertThat(check("在去年接待游客350万人次的基础上，今年接待游客300万人次。")).singleElement().satisfies(f -> {
			assertThat(f.kind()).isEqualTo(Kind.BELOW_BASELINE);
			assertThat(f.target().value()).isEqualByComparingTo("3000000");
			assertThat(f.compared()).isEqualByComparingTo("3500000");
			assertThat(f.words()).singleElement().asString().contains("350万人次");
		});
	}

	@Test
	void shouldNotTakeTheBasisOfTheFrameForAPromiseWhenTheStoredTargetsHoldIt() {
		String description = "以上年1.2亿元为基础，全年实现税收1亿元。";
		List<ExtractedTarget> stored = EXTRACTOR.extract(description, 2024);

		assertThat(kinds(CHECK.check(description, 2024, stored, List.of()))).containsExactly(Kind.BELOW_BASELINE);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			空气优良天数比例达到85%，去年为88%。               | 88
			交通事故死亡人数控制在60人以内，去年为52人。         | 52
			2023年全省排名第四，今年力争全省前六。              | 4
			""")
	void shouldFlagATargetBelowTheBaselineItStates(String description, BigDecimal baseline) {
		assertThat(check(description)).singleElement().satisfies(f -> {
			assertThat(f.kind()).isEqualTo(Kind.BELOW_BASELINE);
			assertThat(f.compared()).isEqualByComparingTo(baseline);
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			新建口袋公园40个，力争30个。                       | 40
			平均办理时间控制在5个工作日以内，力争8个工作日。      | 5
			""")
	void shouldFlagAStretchShortOfTheCommittedValue(String description, BigDecimal value) {
		assertThat(check(description)).singleElement().satisfies(f -> {
			assertThat(f.kind()).isEqualTo(Kind.STRETCH_BELOW_VALUE);
			assertThat(f.compared()).isEqualByComparingTo(value);
		});
	}

	@Test
	void shouldFlagAPlaceToHoldBetterThanThePlaceAimedFor() {
		assertThat(check("综合考核全省保二争四。")).singleElement().satisfies(f -> {
			assertThat(f.kind()).isEqualTo(Kind.FLOOR_BELOW_AIM);
			assertThat(f.target().floor()).isEqualByComparingTo("2");
			assertThat(f.compared()).isEqualByComparingTo("4");
		});
	}

	private static EarlierReading reached(int year, String description, String value) {
		return new EarlierReading(year, EXTRACTOR.extract(description, year).get(0), new BigDecimal(value));
	}

	@Test
	void shouldFlagATargetBelowWhatTheDepartmentReachedTheYearBefore() {
		List<AmbitionFinding> findings = CHECK.check("全年新增城镇就业岗位8000个。", 2024, null,
				List.of(reached(2023, "新增城镇就业岗位7500个。", "9200"), reached(2023, "新建农村公路120公里。", "150")));

		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.kind()).isEqualTo(Kind.BELOW_EARLIER_YEAR);
			assertThat(f.year()).isEqualTo(2023);
			assertThat(f.compared()).isEqualByComparingTo("9200");
		});
	}

	@Test
	void shouldReadACapBelowLastYearsReadingAsAskingForLess() {
		assertThat(kinds(CHECK.check("生产安全事故死亡人数控制在20人以内。", 2024, null,
				List.of(reached(2023, "生产安全事故死亡人数控制在25人以内。", "15"))))).containsExactly(Kind.BELOW_EARLIER_YEAR);
		assertThat(CHECK.check("生产安全事故死亡人数控制在12人以内。", 2024, null,
				List.of(reached(2023, "生产安全事故死亡人数控制在25人以内。", "15")))).isEmpty();
	}

	@Test
	void shouldCompareWithTheLatestEarlierYearOnly() {
		assertThat(CHECK.check("全年新增城镇就业岗位8000个。", 2024, null,
				List.of(reached(2022, "新增城镇就业岗位9000个。", "9500"), reached(2023, "新增城镇就业岗位7000个。", "7500"))))
			.isEmpty();
	}

	@Test
	void shouldNotCompareOtherMetricsOrUnits() {
		assertThat(CHECK.check("全年新增城镇就业岗位8000个。", 2024, null,
				List.of(reached(2023, "新建农村公路120公里。", "9999"), reached(2023, "培训技能人才9000人次。", "9999"))))
			.isEmpty();
	}

	@Test
	void shouldCheckTheTargetsAsPeopleLeftThemRatherThanAsTheTextReads() {
		String description = "全年新增城镇就业岗位8000个。";
		ExtractedTarget proposed = EXTRACTOR.extract(description, 2024).get(0);
		ExtractedTarget edited = new ExtractedTarget(proposed.kind(), proposed.metric(), proposed.op(), new BigDecimal("10000"),
				proposed.unit(), null, null, null, null, null, null, proposed.span(), proposed.spanStart(),
				proposed.spanEnd(), TargetRole.TARGET);
		List<EarlierReading> earlier = List.of(reached(2023, "新增城镇就业岗位7500个。", "9200"));

		assertThat(CHECK.check(description, 2024, List.of(edited), earlier)).isEmpty();
		assertThat(kinds(CHECK.check(description, 2024, List.of(proposed), earlier))).containsExactly(Kind.BELOW_EARLIER_YEAR);
		assertThat(kinds(CHECK.check(description, 2024, List.of(), earlier))).containsExactly(Kind.NO_MEASURABLE_TARGET);
	}

	@Test
	void shouldReadAWordOfEffortAddedToTheVocabulary() {
		AmbitionVocabulary words = AmbitionVocabulary.defaults().toBuilder().add(Role.VAGUE, "赋能").build();

		assertThat(kinds(check("赋能数字经济。"))).containsExactly(Kind.NO_MEASURABLE_TARGET);
		assertThat(new AmbitionCheck(EXTRACTOR, words, t -> Goal.of(t).lessIsBetter()).check("赋能数字经济。", 2024, null,
				List.of())).singleElement().satisfies(f -> {
					assertThat(f.kind()).isEqualTo(Kind.VAGUE_ONLY);
					assertThat(f.words()).containsExactly("赋能");
				});
	}

	@Test
	void shouldKeepTheWordsTheIssueNamesAsWordsOfEffort() {
		assertThat(AmbitionVocabulary.defaults().words(Role.VAGUE)).contains("推进", "加强", "提升", "完善", "深化");
	}

}
