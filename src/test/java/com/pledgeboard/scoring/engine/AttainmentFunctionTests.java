package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import com.pledgeboard.extraction.Direction;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.scoring.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each attainment function of the default scheme, on the targets of the seed's kinds: what it gives
 * and the formula it shows.
 */
class AttainmentFunctionTests {

	private final Scheme scheme = Scheme.defaults();

	private static BigDecimal d(String s) {
		return s == null || s.isEmpty() ? null : new BigDecimal(s);
	}

	private static TargetSpec quantity(Op op, String value, String stretch) {
		return new TargetSpec(1, "城市书房12家", TargetKind.QUANTITY, op, d(value), d(stretch), null, null, null);
	}

	private BigDecimal score(TargetSpec target, Reading reading) {
		return scheme.functionFor(target, reading).apply(target, reading, 2022).value();
	}

	@ParameterizedTest(name = "{0} of {1} (stretch {2}) → {3}")
	@CsvSource({ "11, 12, , 0.9167", "12, 12, , 1.0000", "20, 12, , 1.0000", "0, 12, , 0.0000",
			"450000, 400000, 500000, 1.0500", "600000, 400000, 500000, 1.1000", "400000, 400000, 500000, 1.0000",
			"380000, 400000, 500000, 0.9500", "0, 0, , 1.0000" })
	void shouldScoreAtLeastTargetsAsShareCappedAtOneWithBonusToStretch(String actual, String value, String stretch,
			String expected) {
		assertThat(score(quantity(Op.GE, value, stretch), Reading.of(d(actual)))).isEqualByComparingTo(expected);
	}

	@Test
	void shouldShowTheNumbersInTheAtLeastFormula() {
		Attainment a = scheme.atLeast().apply(quantity(Op.EQ, "12", null), Reading.of(d("11")), 2022);
		assertThat(Worded.zh(a.explanation())).isEqualTo("实际 11 ÷ 目标 12 = 0.9167");
		assertThat(Worded.zh(scheme.atLeast().apply(quantity(Op.GE, "400000", "500000"), Reading.of(d("450000")), 2022).explanation()))
			.contains("0.1 × min((450000 − 400000) ÷ (力争 500000 − 400000), 1) = 0.0500").endsWith("合计 1.0500");
	}

	@ParameterizedTest(name = "{0} against at most {1} → {2}")
	@CsvSource({ "2.5, 3, 1.0000", "3, 3, 1.0000", "3.6, 3, 0.8000", "6, 3, 0.0000", "9, 3, 0.0000", "0, 0, 1.0000",
			"1, 0, 0.0000" })
	void shouldGiveFullMarksAtOrUnderAnAtMostTargetAndFallLinearlyAbove(String actual, String limit, String expected) {
		assertThat(score(quantity(Op.LE, limit, null), Reading.of(d(actual)))).isEqualByComparingTo(expected);
		assertThat(score(quantity(Op.LT, limit, null), Reading.of(d(actual)))).isEqualByComparingTo(expected);
	}

	@ParameterizedTest(name = "{0} promised {1} {2} {3}: change {4} → {5}")
	@CsvSource({ "down, =, 30, , -30, 1.0000", "down, >=, 30, , -15, 0.5000", "down, =, 30, , 5, 0.0000",
			"up, >=, 30, , 33, 1.0000", "up, =, 10, 20, 15, 1.0500", "up, <=, 5, , 4, 1.0000", "up, <=, 5, , 6, 0.8000",
			"up, <=, 5, , -2, 1.0000" })
	void shouldScoreChangesInThePromisedDirection(String direction, String op, String value, String stretch,
			String change, String expected) {
		TargetSpec target = new TargetSpec(1, "电诈警情同比下降30%", TargetKind.CHANGE, Op.ofSymbol(op), d(value),
				d(stretch), null, Direction.ofCode(direction), null);
		assertThat(score(target, Reading.of(d(change)))).isEqualByComparingTo(expected);
	}

	@ParameterizedTest(name = "保{0}争{1}拼{2}: place {3} → {4}")
	@CsvSource({ "3, 2, 1, 1, 1.1000", "3, 2, 1, 2, 1.0000", "3, 2, 1, 3, 0.8000", "3, 2, 1, 4, 0.0000",
			", 3, , 3, 1.0000", ", 3, , 4, 0.0000", ", 1, , 1, 1.0000", "5, 5, , 5, 1.0000" })
	void shouldScoreRanksByTiers(String floor, String value, String stretch, String place, String expected) {
		TargetSpec target = new TargetSpec(1, "全省前三", TargetKind.RANK, Op.LE, d(value), d(stretch), d(floor), null, null);
		assertThat(score(target, Reading.of(d(place)))).isEqualByComparingTo(expected);
	}

	@ParameterizedTest(name = "due 09-30, done {0} → {1}")
	@CsvSource({ "2022-09-01, 1.0000", "2022-09-30, 1.0000", "2022-10-09, 0.9000", "2022-12-29, 0.0000",
			"2023-03-01, 0.0000" })
	void shouldScoreDeadlinesByLateness(String done, String expected) {
		TargetSpec target = new TargetSpec(1, "9月底前完成", TargetKind.DEADLINE, Op.EQ, null, null, null, null,
				MonthDay.of(9, 30));
		assertThat(score(target, Reading.doneOn(LocalDate.parse(done)))).isEqualByComparingTo(expected);
	}

	@Test
	void shouldGiveNothingForADeadlineNotMet() {
		TargetSpec target = new TargetSpec(1, "年底前", TargetKind.DEADLINE, Op.EQ, null, null, null, null,
				MonthDay.of(12, 31));
		Attainment a = scheme.deadline().apply(target, new Reading(null, null, null), 2022);
		assertThat(a.value()).isEqualByComparingTo("0");
		assertThat(Worded.zh(a.explanation())).contains("2022-12-31").contains("未完成");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "完成, 1.0000", "基本完成, 0.6000", "未完成, 0.0000", "不知道, 0.0000" })
	void shouldScoreAReviewersGradeByConfiguredPoints(String grade, String expected) {
		assertThat(score(quantity(Op.GE, "12", null), Reading.graded(grade))).isEqualByComparingTo(expected);
		assertThat(scheme.functionFor(quantity(Op.GE, "12", null), Reading.graded(grade))).isInstanceOf(Judgement.class);
	}

	@Test
	void shouldPrintTheSchemeInPlainChinese() {
		assertThat(scheme.describe().stream().map(Worded::zh).toList()).hasSizeGreaterThan(10)
			.anySatisfy(line -> assertThat(line).contains("实际值 ÷ 目标值").contains("0.1"))
			.anySatisfy(line -> assertThat(line).contains("满意人数 × 100").contains("基本满意人数 × 60"))
			.anySatisfy(line -> assertThat(line).contains("前 30%").contains("90"));
		assertThat(scheme.problems()).isEmpty();
	}

	@Test
	void shouldNameWhatIsWrongWithAScheme() {
		Scheme bad = new Scheme(new AtLeast(d("-1")), scheme.atMost(), scheme.change(), scheme.rank(),
				new DeadlineLateness(0), scheme.judgement(),
				new Weights(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, null), scheme.publicPoints(),
				scheme.grades());
		assertThat(bad.problems()).extracting(Scheme.Problem::code)
			.containsExactly("scoring.refused.rule.bonus", "scoring.refused.rule.daysToZero",
					"scoring.refused.rule.partsZero");
	}

	@Test
	void shouldNameTheCommitmentOrTargetWhoseWeightIsNegative() {
		Scheme bad = new Scheme(scheme.atLeast(), scheme.atMost(), scheme.change(), scheme.rank(), scheme.deadline(),
				scheme.judgement(), new Weights(d("0.7"), d("0.2"), d("0.1"), Map.of(12L, d("-1"), 3L, d("2")),
						Map.of(40L, d("-0.5"))),
				scheme.publicPoints(), scheme.grades());
		assertThat(bad.problems()).containsExactly(new Scheme.Problem("scoring.refused.rule.commitmentWeight", List.of("12")),
				new Scheme.Problem("scoring.refused.rule.targetWeight", List.of("40")));
	}

}
