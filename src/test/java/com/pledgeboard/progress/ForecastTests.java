package com.pledgeboard.progress;

import java.math.BigDecimal;
import java.util.List;

import com.pledgeboard.extraction.Direction;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.progress.rules.Forecast;
import com.pledgeboard.progress.rules.Forecast.Point;
import com.pledgeboard.progress.rules.Measure;
import com.pledgeboard.progress.rules.Projection;
import com.pledgeboard.rules.Goal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The forecast's two models, each case worked out by hand: the pace of a running total with the spread
 * of its periods, and the trend of a level with the regression's interval.
 */
class ForecastTests {

	private static Projection cumulative(Point... points) {
		return Forecast.project(Measure.CUMULATIVE, TargetKind.QUANTITY, List.of(points)).orElseThrow();
	}

	private static Projection level(TargetKind kind, Point... points) {
		return Forecast.project(Measure.LEVEL, kind, List.of(points)).orElseThrow();
	}

	private static double d(BigDecimal v) {
		return v.doubleValue();
	}

	@Test
	void shouldProjectAnEvenPaceToTheYearsEndWithNoSpread() {
		Projection p = cumulative(new Point(0.25, 25), new Point(0.5, 50));
		assertThat(d(p.value())).isEqualTo(100);
		assertThat(d(p.low())).isEqualTo(100);
		assertThat(d(p.high())).isEqualTo(100);
		assertThat(p.readings()).isEqualTo(2);
		assertThat(p.asOf()).isEqualTo(0.5);
	}

	@Test
	void shouldWidenTheIntervalByThePeriodsSpreadWithStudentsT() {
		// paces 80, 120, 100 around 100: σ² = (5² + 5² + 0) / 0.25 / 2 = 100; r = 0.25;
		// variance 100 × (0.25 + 0.0625 / 0.75) = 33.33; t(2 df, 0.90) = 1.8856 → ± 10.89
		Projection p = cumulative(new Point(0.25, 20), new Point(0.5, 50), new Point(0.75, 75));
		assertThat(d(p.value())).isEqualTo(100);
		assertThat(d(p.low())).isCloseTo(89.11, within(0.01));
		assertThat(d(p.high())).isCloseTo(110.89, within(0.01));
	}

	@Test
	void shouldReadThePaceAgainstTheCalendarsSeasonality() {
		// a back-loaded year: 10% of the work is usually done by mid-year, so 12 by then is a pace of 120
		Projection seasonal = cumulative(new Point(0.04, 5), new Point(0.10, 12));
		Projection even = cumulative(new Point(0.4, 5), new Point(0.5, 12));
		assertThat(d(seasonal.value())).isEqualTo(120);
		assertThat(d(even.value())).isEqualTo(24);
	}

	@Test
	void shouldNotProjectATotalThatOnlyGrewBelowWhereItStands() {
		// wild periods: the lower end of the interval would fall under the 60 already reached
		Projection p = cumulative(new Point(1.0 / 12, 1), new Point(2.0 / 12, 59), new Point(3.0 / 12, 60));
		assertThat(d(p.low())).isEqualTo(60);
		assertThat(d(p.high())).isGreaterThan(d(p.value()));
	}

	@Test
	void shouldGiveALongerIntervalTheEarlierItStands() {
		Projection early = cumulative(new Point(1.0 / 12, 9), new Point(2.0 / 12, 17), new Point(3.0 / 12, 26));
		Projection late = cumulative(new Point(7.0 / 12, 9 * 7), new Point(8.0 / 12, 8 + 9 * 7), new Point(9.0 / 12, 17 + 9 * 7));
		double earlyWidth = d(early.high()) - d(early.low());
		double lateWidth = d(late.high()) - d(late.low());
		assertThat(earlyWidth).isGreaterThan(lateWidth);
	}

	@Test
	void shouldExtrapolateALevelsTrendWithTheRegressionsInterval() {
		// 90, 93, 93 at the quarters' ends: slope 0.75 / 0.125 = 6 a year, fitted 90.5, 92, 93.5, at the
		// year's end 95; residual squares 1.5 over 1 df, t(1 df, 0.90) = 3.0777, leverage 1 + 1/3 + 0.25/0.125
		Projection p = level(TargetKind.PERCENT, new Point(0.25, 90), new Point(0.5, 93), new Point(0.75, 93));
		assertThat(d(p.value())).isEqualTo(95);
		double half = 3.0777 * Math.sqrt(1.5) * Math.sqrt(1 + 1.0 / 3 + 2);
		assertThat(d(p.high()) - 95).isCloseTo(half, within(0.01));
		assertThat(95 - d(p.low())).isCloseTo(half, within(0.01));
	}

	@Test
	void shouldSpanTheLevelNowToTwiceTheTrendWithTwoReadings() {
		Projection p = level(TargetKind.PERCENT, new Point(0.5, 90), new Point(0.75, 93));
		assertThat(d(p.value())).isEqualTo(96);
		assertThat(d(p.low())).isEqualTo(93);
		assertThat(d(p.high())).isEqualTo(99);
	}

	@Test
	void shouldNotProjectAPercentBelowZero() {
		Projection p = level(TargetKind.PERCENT, new Point(0.25, 30), new Point(0.5, 10));
		assertThat(d(p.value())).isZero();
		assertThat(d(p.low())).isZero();
	}

	@Test
	void shouldLetAChangeFallBelowZero() {
		// a change against last year: −2%, −5% at the quarters → −11% at the year's end
		Projection p = level(TargetKind.CHANGE, new Point(0.25, -2), new Point(0.5, -5));
		assertThat(d(p.value())).isEqualTo(-11);
		Goal fallByTen = new Goal(TargetKind.CHANGE, Op.GE, new BigDecimal("10"), Direction.DOWN);
		assertThat(p.attains(fallByTen)).isTrue();
		Goal riseByTen = new Goal(TargetKind.CHANGE, Op.GE, new BigDecimal("10"), Direction.UP);
		assertThat(p.attains(riseByTen)).isFalse();
		assertThat(p.missesThroughout(riseByTen)).isTrue();
		assertThat(p.shortfall(riseByTen)).isCloseTo(2.1, within(1e-9));
	}

	@Test
	void shouldJudgeACapByTheSameRuleAsTheLights() {
		Projection p = cumulative(new Point(0.25, 15), new Point(0.5, 30));
		Goal atMost50 = new Goal(TargetKind.QUANTITY, Op.LE, new BigDecimal("50"), null);
		Goal atLeast50 = new Goal(TargetKind.QUANTITY, Op.GE, new BigDecimal("50"), null);
		assertThat(p.attains(atMost50)).isFalse();
		assertThat(p.shortfall(atMost50)).isCloseTo(0.2, within(1e-9));
		assertThat(p.attains(atLeast50)).isTrue();
		assertThat(p.shortfall(atLeast50)).isZero();
		Goal atMost61 = new Goal(TargetKind.QUANTITY, Op.LE, new BigDecimal("61"), null);
		assertThat(p.missesThroughout(atMost61)).isFalse();
	}

	@Test
	void shouldProjectNothingWithOneReadingAtTheYearsEndOrForDeadlinesAndRanks() {
		assertThat(Forecast.project(Measure.CUMULATIVE, TargetKind.QUANTITY, List.of(new Point(0.5, 3)))).isEmpty();
		assertThat(Forecast.project(Measure.CUMULATIVE, TargetKind.QUANTITY, List.of(new Point(0.5, 3), new Point(1, 9))))
			.isEmpty();
		assertThat(Forecast.project(Measure.DEADLINE, TargetKind.DEADLINE, List.of(new Point(0.25, 0), new Point(0.5, 1))))
			.isEmpty();
		assertThat(Forecast.project(Measure.LEVEL, TargetKind.RANK, List.of(new Point(0.25, 5), new Point(0.5, 4))))
			.isEmpty();
	}

	@Test
	void shouldRefuseReadingsOutOfOrder() {
		assertThatIllegalArgumentException().isThrownBy(() -> Forecast.project(Measure.CUMULATIVE, TargetKind.QUANTITY,
				List.of(new Point(0.5, 3), new Point(0.25, 9))));
		assertThatIllegalArgumentException().isThrownBy(() -> Forecast.project(Measure.LEVEL, TargetKind.PERCENT,
				List.of(new Point(0, 3), new Point(0.25, 9))));
	}

}
