package com.pledgeboard.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

import com.pledgeboard.extraction.Direction;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.progress.rules.Cadence;
import com.pledgeboard.progress.rules.Light;
import com.pledgeboard.progress.rules.LightRules;
import com.pledgeboard.progress.rules.Measure;
import com.pledgeboard.progress.rules.Observation;
import com.pledgeboard.progress.rules.Period;
import com.pledgeboard.progress.rules.ReportingCalendar;
import com.pledgeboard.progress.rules.TargetFacts;
import com.pledgeboard.progress.rules.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The light rules as a table ({@code progress/lights.csv}): one row per case, read as the plan year
 * 2041 reported monthly, each report due ten days after its month, with the default margin of 20%.
 */
class LightRulesTests {

	private static final int YEAR = 2041;

	private final ReportingCalendar calendar = new ReportingCalendar(YEAR, Cadence.MONTHLY, 10);

	private final LightRules rules = new LightRules(new BigDecimal("0.2"));

	@ParameterizedTest(name = "{0}")
	@CsvFileSource(resources = "/progress/lights.csv", numLinesToSkip = 1, encoding = "UTF-8")
	void shouldGiveTheLightOfTheTable(String name, String kind, String op, BigDecimal value, BigDecimal floor,
			String unit, String metric, String date, BigDecimal actual, LocalDate done, Integer period, int missed,
			LocalDate today, Light light, String reason, String direction) {
		TargetKind k = TargetKind.ofCode(kind);
		var target = new TargetFacts(k, Op.ofSymbol(op), value, floor, unit, date == null ? null : MonthDay.parse(date),
				Measure.of(k, metric, unit), direction == null ? null : Direction.ofCode(direction));
		Observation latest = period == null ? null : new Observation(actual, done, calendar.period(period).orElseThrow());
		Verdict verdict = rules.target(target, latest, missed, YEAR, today);
		assertThat(verdict.light()).as(name).isEqualTo(light);
		assertThat(verdict.reason()).as(name).isEqualTo(reason);
	}

	@ParameterizedTest(name = "{0} in {2} is {3}")
	@CsvFileSource(resources = "/progress/measures.csv", numLinesToSkip = 1, encoding = "UTF-8")
	void shouldTellCumulativeFromLevelTargets(String kind, String metric, String unit, Measure measure) {
		assertThat(Measure.of(TargetKind.ofCode(kind), metric, unit)).isEqualTo(measure);
	}

	@Test
	void shouldExplainTheExpectationOfACumulativeTarget() {
		var target = new TargetFacts(TargetKind.QUANTITY, Op.GE, new BigDecimal("12"), null, "家", null,
				Measure.CUMULATIVE, null);
		Verdict v = rules.target(target, new Observation(new BigDecimal("4"), null, calendar.period(6).orElseThrow()), 0,
				YEAR, LocalDate.of(YEAR, 7, 5));
		assertThat(v.argArray()).containsExactly("4", "5.95", "家", "49.6", "12", "6", "32.8");
	}

	@Test
	void shouldGiveACommitmentItsWorstTargetsLight() {
		Verdict green = new Verdict(Light.GREEN, "level.onPace", List.of());
		Verdict yellow = new Verdict(Light.YELLOW, "level.behind", List.of());
		Verdict none = new Verdict(Light.NONE, "noReport", List.of());
		assertThat(rules.commitment(List.of(green, yellow, none), null, 0))
			.isEqualTo(yellow);
		assertThat(rules.commitment(List.of(none, green), null, 0).light()).isEqualTo(Light.GREEN);
		assertThat(rules.commitment(List.of(none), null, 0).light()).isEqualTo(Light.NONE);
		Verdict unreported = new Verdict(Light.UNREPORTED, "unreported", List.of("2"));
		Verdict red = new Verdict(Light.RED, "deadline.overdue", List.of());
		assertThat(rules.commitment(List.of(green, unreported), null, 2)).isEqualTo(unreported);
		assertThat(rules.commitment(List.of(unreported, red), null, 2).light()).isEqualTo(Light.RED);
	}

	@Test
	void shouldGiveACommitmentWithoutTargetsItsReviewersLight() {
		Verdict reviewer = new Verdict(Light.YELLOW, "reviewer", List.of("进度偏慢"));
		assertThat(rules.commitment(List.of(), reviewer, 1)).isEqualTo(reviewer);
		assertThat(rules.commitment(List.of(), null, 0).reason()).isEqualTo("awaitingReviewer");
		assertThat(rules.commitment(List.of(), reviewer, 2).light()).isEqualTo(Light.UNREPORTED);
	}

	@Test
	void shouldCountDuePeriodsInARowWithoutApprovedReport() {
		List<Period> periods = calendar.periods();
		assertThat(LightRules.missedPeriods(periods, Set.of(), LocalDate.of(YEAR, 2, 10))).isZero();
		assertThat(LightRules.missedPeriods(periods, Set.of(), LocalDate.of(YEAR, 2, 11))).isEqualTo(1);
		assertThat(LightRules.missedPeriods(periods, Set.of(1), LocalDate.of(YEAR, 4, 11))).isEqualTo(2);
		assertThat(LightRules.missedPeriods(periods, Set.of(1, 3), LocalDate.of(YEAR, 4, 11))).isZero();
		// A report of the current period, approved before it is due, ends the run of missed ones.
		assertThat(LightRules.missedPeriods(periods, Set.of(4), LocalDate.of(YEAR, 4, 20))).isZero();
		assertThat(LightRules.missedPeriods(periods, Set.of(), LocalDate.of(YEAR, 4, 20))).isEqualTo(3);
	}

	@Test
	void shouldMakeTwelveMonthsOrFourQuartersEachDueAfterItsEnd() {
		assertThat(calendar.periods()).hasSize(12);
		assertThat(calendar.period(2).orElseThrow())
			.isEqualTo(new Period(2, LocalDate.of(YEAR, 2, 1), LocalDate.of(YEAR, 2, 28), LocalDate.of(YEAR, 3, 10)));
		var quarters = new ReportingCalendar(YEAR, Cadence.QUARTERLY, 15).periods();
		assertThat(quarters).extracting(Period::end)
			.containsExactly(LocalDate.of(YEAR, 3, 31), LocalDate.of(YEAR, 6, 30), LocalDate.of(YEAR, 9, 30),
					LocalDate.of(YEAR, 12, 31));
		assertThat(quarters.get(3).due()).isEqualTo(LocalDate.of(YEAR + 1, 1, 15));
		assertThat(calendar.current(LocalDate.of(YEAR, 1, 20)).seq()).isEqualTo(1);
		assertThat(calendar.current(LocalDate.of(YEAR, 7, 5)).seq()).isEqualTo(6);
	}

}
