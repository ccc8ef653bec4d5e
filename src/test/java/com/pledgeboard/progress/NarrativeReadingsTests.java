package com.pledgeboard.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.HighlightedText;
import com.pledgeboard.extraction.ReadingExtractor;
import com.pledgeboard.extraction.TargetExtractor;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.progress.rules.NarrativeReadings;
import com.pledgeboard.progress.rules.NarrativeReadings.Disagreeing;
import com.pledgeboard.progress.rules.NarrativeReadings.FormTarget;
import com.pledgeboard.rules.Measurement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The report form's reading of a narrative, with descriptions and narratives written for these tests
 * (none from the development set): which field each reading fills and with what, which it leaves
 * alone, the words highlighted, and where a typed reading and the narrative disagree.
 */
class NarrativeReadingsTests {

	private static final int YEAR = 2031;

	private static final LocalDate JUNE_END = LocalDate.of(YEAR, 6, 30);

	private static final LocalDate LATER = LocalDate.of(YEAR, 7, 8);

	private static final String LIBRARIES = "年内新建城市书房15家、乡村博物馆30家；9月底前出台《全民阅读促进办法》；"
			+ "全市公共图书馆接待读者达到120万人次。";

	private static final String LIBRARIES_SO_FAR = "截至6月底，全市已新建城市书房9家，乡村博物馆完成12家，其中本季度新增5家；"
			+ "《全民阅读促进办法》已正式出台。公共图书馆接待读者完成年度目标的48.8%。";

	private static final String HEALTH = "2031年底前建成区域医疗中心；居民电子健康档案建档率达到90%；"
			+ "全市二级以上医院平均住院日缩短至8天以内。";

	private static final String HEALTH_SO_FAR = "区域医疗中心主体工程尚未完工，正在进行内部装修；居民电子健康档案建档率达到86.5%；"
			+ "二级以上医院平均住院日为8.4天。";

	private final NarrativeReadings narratives = new NarrativeReadings(new ReadingExtractor());

	/** The description's targets as the form has them, numbered from 101 in the order extracted. */
	private static List<FormTarget> targets(String description) {
		List<FormTarget> form = new ArrayList<>();
		long id = 101;
		for (ExtractedTarget t : new TargetExtractor().extract(description, YEAR)) {
			form.add(new FormTarget(id++, t));
		}
		return form;
	}

	private static long id(List<FormTarget> targets, TargetKind kind, String metric) {
		return targets.stream()
			.filter(t -> t.definition().kind() == kind && metric.equals(t.definition().metric()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " target " + metric + " in " + targets))
			.id();
	}

	@Test
	void shouldFillTotalsAndADeadlineDoneAndLeaveSharesAndPeriodFiguresOut() {
		List<FormTarget> form = targets(LIBRARIES);
		long books = id(form, TargetKind.QUANTITY, "城市书房");
		long museums = id(form, TargetKind.QUANTITY, "乡村博物馆");
		long rules = id(form, TargetKind.DEADLINE, "出台《全民阅读促进办法》");
		long visitors = id(form, TargetKind.QUANTITY, "公共图书馆接待读者");

		NarrativeReadings.Narrative said = narratives.read(form, LIBRARIES_SO_FAR, JUNE_END, LATER);

		assertThat(said.fields()).containsEntry(books, "9")
			.containsEntry(museums, "12")
			.containsEntry(rules, JUNE_END.toString())
			.doesNotContainKey(visitors);
		assertThat(said.of(museums)).extracting(p -> p.reading().value()).containsExactly(new BigDecimal("12"),
				new BigDecimal("5"));
		assertThat(said.of(museums).get(1).fills()).as("本季度新增 is the period's figure, not the total").isFalse();
		assertThat(said.of(visitors)).singleElement().satisfies(p -> {
			assertThat(p.reading().share()).isEqualByComparingTo("48.8");
			assertThat(p.fills()).isFalse();
		});
	}

	@Test
	void shouldProposeADeadlineDoneOnTodayWhenThePeriodHasNotEndedYet() {
		List<FormTarget> form = targets(LIBRARIES);
		LocalDate midJune = LocalDate.of(YEAR, 6, 17);
		assertThat(narratives.read(form, LIBRARIES_SO_FAR, JUNE_END, midJune).fields())
			.containsEntry(id(form, TargetKind.DEADLINE, "出台《全民阅读促进办法》"), midJune.toString());
	}

	@Test
	void shouldFillOnlyWhatTheOneRuleOfReadingsTakesBack() {
		for (String[] pair : new String[][] { { LIBRARIES, LIBRARIES_SO_FAR }, { HEALTH, HEALTH_SO_FAR } }) {
			List<FormTarget> form = targets(pair[0]);
			NarrativeReadings.Narrative said = narratives.read(form, pair[1], JUNE_END, LATER);
			assertThat(said.fields()).isNotEmpty();
			said.fields().forEach((id, field) -> {
				ExtractedTarget t = form.stream().filter(f -> f.id() == id).findFirst().orElseThrow().definition();
				Measurement m = Measurement.parse(t, field, YEAR, LATER);
				if (t.kind() == TargetKind.DEADLINE) {
					assertThat(m.doneOn() == null ? "" : m.doneOn().toString()).isEqualTo(field);
				}
				else {
					assertThat(m.entered()).isEqualByComparingTo(field);
				}
			});
		}
	}

	@Test
	void shouldHighlightExactlyTheWordsTheReadingsCameFrom() {
		List<FormTarget> form = targets(HEALTH);
		NarrativeReadings.Narrative said = narratives.read(form, HEALTH_SO_FAR, JUNE_END, LATER);
		List<String> marked = said.highlighted().pieces().stream().filter(HighlightedText.Piece::highlighted)
			.map(HighlightedText.Piece::text).toList();
		assertThat(marked).containsExactly("区域医疗中心主体工程尚未完工", "居民电子健康档案建档率达到86.5%", "二级以上医院平均住院日为8.4天");
		assertThat(String.join("", said.highlighted().pieces().stream().map(HighlightedText.Piece::text).toList()))
			.isEqualTo(HEALTH_SO_FAR);
		assertThat(said.fields()).containsEntry(id(form, TargetKind.DEADLINE, "建成区域医疗中心"), "");
	}

	@Test
	void shouldFindWhereTypedReadingsContradictTheNarrative() {
		List<FormTarget> form = targets(LIBRARIES);
		long books = id(form, TargetKind.QUANTITY, "城市书房");
		long museums = id(form, TargetKind.QUANTITY, "乡村博物馆");
		long rules = id(form, TargetKind.DEADLINE, "出台《全民阅读促进办法》");
		long visitors = id(form, TargetKind.QUANTITY, "公共图书馆接待读者");
		NarrativeReadings.Narrative said = narratives.read(form, LIBRARIES_SO_FAR, JUNE_END, LATER);
		Map<Long, Measurement> typed = new LinkedHashMap<>();
		typed.put(books, typed(form, books, "10"));
		typed.put(museums, typed(form, museums, "12"));
		typed.put(rules, typed(form, rules, ""));
		typed.put(visitors, typed(form, visitors, "1"));

		List<NarrativeReadings.Disagreement> found = narratives.disagreements(said, typed);

		assertThat(found).extracting(NarrativeReadings.Disagreement::targetId, NarrativeReadings.Disagreement::how)
			.containsExactly(tuple(books, Disagreeing.VALUE),
					tuple(rules, Disagreeing.SAID_DONE));
		assertThat(found.get(0).typed()).isEqualByComparingTo("10");
		assertThat(found.get(0).said().reading().value()).isEqualByComparingTo("9");
		assertThat(found.get(0).said().reading().span()).isEqualTo("城市书房9家");
	}

	@Test
	void shouldSayWhenADeadlineTypedDoneIsNotDoneInTheNarrative() {
		List<FormTarget> form = targets(HEALTH);
		long centre = id(form, TargetKind.DEADLINE, "建成区域医疗中心");
		long records = id(form, TargetKind.PERCENT, "居民电子健康档案建档率");
		NarrativeReadings.Narrative said = narratives.read(form, HEALTH_SO_FAR, JUNE_END, LATER);
		Map<Long, Measurement> typed = new LinkedHashMap<>();
		typed.put(centre, typed(form, centre, "2031-06-20"));
		typed.put(records, typed(form, records, "86.5%"));

		assertThat(narratives.disagreements(said, typed)).singleElement().satisfies(d -> {
			assertThat(d.targetId()).isEqualTo(centre);
			assertThat(d.how()).isEqualTo(Disagreeing.SAID_NOT_DONE);
			assertThat(d.typedDoneOn()).isEqualTo(LocalDate.of(YEAR, 6, 20));
		});
	}

	@Test
	void shouldCompareAFallInThePromisedDirection() {
		List<FormTarget> form = targets("全年道路交通事故死亡人数同比下降10%；全市食品安全抽检合格率保持在98%以上。");
		long deaths = id(form, TargetKind.CHANGE, "道路交通事故死亡人数");
		NarrativeReadings.Narrative said = narratives.read(form,
				"1-6月，全市道路交通事故死亡人数同比下降12.5%；食品安全抽检合格率为98.6%。", JUNE_END, LATER);
		assertThat(said.fields()).containsEntry(deaths, "12.5");
		Measurement fell = typed(form, deaths, "12.5");
		assertThat(fell.value()).as("stored signed, a fall negative").isEqualByComparingTo("-12.5");
		assertThat(narratives.disagreements(said, Map.of(deaths, fell))).isEmpty();
		assertThat(narratives.disagreements(said, Map.of(deaths, typed(form, deaths, "-12.5"))))
			.singleElement()
			.satisfies(d -> assertThat(d.typed()).isEqualByComparingTo("-12.5"));
	}

	@Test
	void shouldProposeNothingFromANarrativeWithoutFiguresOfTheTargets() {
		List<FormTarget> form = targets(LIBRARIES);
		NarrativeReadings.Narrative said = narratives.read(form, "召开全市阅读推广工作会议2次，培训业务骨干300人。", JUNE_END,
				LATER);
		assertThat(said.isEmpty()).isTrue();
		assertThat(said.highlighted().pieces()).noneMatch(HighlightedText.Piece::highlighted);
		long books = id(form, TargetKind.QUANTITY, "城市书房");
		assertThat(narratives.disagreements(said, Map.of(books, typed(form, books, "3")))).isEmpty();
	}

	/** A reading as typed and stored: read by the one rule, then as the store gives it back. */
	private static Measurement typed(List<FormTarget> form, long id, String text) {
		ExtractedTarget t = form.stream().filter(f -> f.id() == id).findFirst().orElseThrow().definition();
		Measurement m = Measurement.parse(t, text, YEAR, LATER);
		return Measurement.stored(t, m.value(), m.doneOn());
	}

}
