package com.pledgeboard.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.pledgeboard.extraction.Direction;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.extraction.TargetRole;
import com.pledgeboard.i18n.Numbers;
import com.pledgeboard.progress.LightCounts;
import com.pledgeboard.progress.TargetProgress;
import com.pledgeboard.progress.rules.Cadence;
import com.pledgeboard.progress.rules.Light;
import com.pledgeboard.progress.rules.Measure;
import com.pledgeboard.progress.rules.Period;
import com.pledgeboard.progress.rules.ReportingCalendar;
import com.pledgeboard.progress.rules.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A target as a picture: where the bar's fill and marks fall, the chart's pace and target lines, and a
 * value axis whose labels the tables' formatter writes (万, 亿), so that 30,000,000 reads 3000万.
 */
class TargetPictureTests {

	private static final List<Period> QUARTERS = new ReportingCalendar(2022, Cadence.QUARTERLY, 10).periods();

	private static ExtractedTarget target(TargetKind kind, Op op, String value, String stretch, Direction direction) {
		return new ExtractedTarget(kind, "城市书房", op, new BigDecimal(value), "家", stretch == null ? null : new BigDecimal(stretch),
				null, null, direction, null, kind == TargetKind.DEADLINE ? MonthDay.of(6, 30) : null, "城市书房12家", 0, 6,
				TargetRole.TARGET);
	}

	private static TargetProgress progress(Measure measure, String change, String... values) {
		List<TargetProgress.Point> series = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				series.add(new TargetProgress.Point(i + 1, QUARTERS.get(i).end(), new BigDecimal(values[i])));
			}
		}
		BigDecimal latest = series.isEmpty() ? null : series.get(series.size() - 1).value();
		return new TargetProgress(1, 0, "城市书房12家", "家", measure, change, new Verdict(Light.GREEN, "x", List.of()), latest,
				null, series, null);
	}

	@Test
	void shouldPlaceTheFillTheTargetTheStretchAndWhereTimeSaysACumulativeTargetShouldStand() {
		TargetPicture picture = TargetPicture.of(target(TargetKind.QUANTITY, Op.EQ, "12", "15", null),
				progress(Measure.CUMULATIVE, null, "3", "6"), QUARTERS);
		TargetPicture.Bar bar = picture.bar();
		double half = QUARTERS.get(1).elapsedFraction();
		assertThat(bar.fillAt()).isEqualTo(40.0);
		assertThat(bar.targetAt()).isEqualTo(80.0);
		assertThat(bar.stretchAt()).isEqualTo(100.0);
		assertThat(bar.expectedAt()).isCloseTo(12 * half / 15 * 100, within(0.01));
		assertThat(bar.elapsed()).isEqualTo((int) Math.round(half * 100));
		assertThat(bar.period()).isEqualTo(2);
		assertThat(bar.share()).isEqualTo(50);
		assertThat(bar.expected()).isEqualByComparingTo(new BigDecimal("12").multiply(BigDecimal.valueOf(half))
			.setScale(2, java.math.RoundingMode.HALF_UP));

		TargetPicture.Chart chart = picture.chart();
		assertThat(chart.periods()).containsExactly(1, 2, 3, 4);
		assertThat(chart.valuesText()).isEqualTo("3,6,,");
		assertThat(chart.pace()).hasSize(4);
		assertThat(chart.pace().get(3)).isEqualByComparingTo("12");
		assertThat(chart.pace().get(0).doubleValue()).isCloseTo(12 * QUARTERS.get(0).elapsedFraction(), within(0.01));
		assertThat(chart.axis().max()).isGreaterThanOrEqualTo(new BigDecimal("15"));
	}

	@Test
	void shouldDrawALevelTargetWithoutAPaceAndACapWithoutAStretch() {
		TargetPicture level = TargetPicture.of(target(TargetKind.PERCENT, Op.GE, "95", null, null),
				progress(Measure.LEVEL, null, "90"), QUARTERS);
		assertThat(level.bar().expectedAt()).isNull();
		assertThat(level.bar().elapsed()).isNull();
		assertThat(level.chart().pace()).isEmpty();
		assertThat(level.chart().paceText()).isEmpty();

		TargetPicture cap = TargetPicture.of(target(TargetKind.QUANTITY, Op.LE, "5", "3", null),
				progress(Measure.LEVEL, null, "8"), QUARTERS);
		assertThat(cap.bar().cap()).isTrue();
		assertThat(cap.bar().stretch()).isNull();
		assertThat(cap.bar().beyond()).isTrue();
		assertThat(cap.bar().fillAt()).isEqualTo(100.0);
		assertThat(cap.bar().targetAt()).isEqualTo(62.5);
	}

	@Test
	void shouldTakeAFallAsWhatItAchievesTowardsAPromisedFall() {
		TargetPicture fall = TargetPicture.of(target(TargetKind.CHANGE, Op.EQ, "10", null, Direction.DOWN),
				progress(Measure.LEVEL, "down", "-8"), QUARTERS);
		assertThat(fall.bar().latest()).isEqualByComparingTo("8");
		assertThat(fall.bar().fillAt()).isEqualTo(80.0);
		assertThat(fall.chart().valuesText()).startsWith("8,");
		TargetPicture rise = TargetPicture.of(target(TargetKind.CHANGE, Op.EQ, "10", null, Direction.DOWN),
				progress(Measure.LEVEL, "down", "3"), QUARTERS);
		assertThat(rise.bar().fillAt()).as("a rise against a promised fall fills nothing").isZero();
		assertThat(rise.chart().axis().min()).isNegative();
	}

	@Test
	void shouldDrawNoBarForARankOrADeadlineAndNoChartBeforeAReading() {
		TargetPicture rank = TargetPicture.of(target(TargetKind.RANK, Op.EQ, "3", "1", null),
				progress(Measure.LEVEL, null, "5", "4"), QUARTERS);
		assertThat(rank.bar()).isNull();
		assertThat(rank.chart().inverse()).isTrue();
		assertThat(TargetPicture.of(target(TargetKind.DEADLINE, Op.EQ, "0", null, null), progress(Measure.DEADLINE, null),
				QUARTERS)).isEqualTo(new TargetPicture(null, null));
		TargetPicture none = TargetPicture.of(target(TargetKind.QUANTITY, Op.EQ, "12", null, null),
				progress(Measure.CUMULATIVE, null), QUARTERS);
		assertThat(none.chart()).isNull();
		assertThat(none.bar().latest()).isNull();
		assertThat(none.bar().fillAt()).isZero();
	}

	@Test
	void shouldLabelTheAxisOfLargeAmountsIn万And亿AsTheTablesDo() {
		Numbers numbers = new Numbers();
		TargetPicture.Axis axis = TargetPicture.of(target(TargetKind.QUANTITY, Op.EQ, "25000000", null, null),
				progress(Measure.CUMULATIVE, null, "30000000"), QUARTERS).chart().axis();
		assertThat(axis.ticks().get(axis.ticks().size() - 1)).isGreaterThanOrEqualTo(new BigDecimal("30000000"));
		List<String> labels = axis.ticks().stream().map(t -> numbers.amount(t, Locale.SIMPLIFIED_CHINESE)).toList();
		assertThat(labels).contains("3000万").allSatisfy(l -> assertThat(l).doesNotContain(",").hasSizeLessThanOrEqualTo(6));
		TargetPicture.Axis billions = TargetPicture.Axis.covering(BigDecimal.ZERO, new BigDecimal("1120000000"));
		assertThat(billions.ticks().stream().map(t -> numbers.amount(t, Locale.SIMPLIFIED_CHINESE)))
			.contains("5亿", "10亿");
	}

	@Test
	void shouldPickRoundTicksThatCoverBothEnds() {
		for (String[] c : new String[][] { { "0", "7" }, { "-3", "12" }, { "0", "0.35" }, { "0", "99999" }, { "5", "5" } }) {
			TargetPicture.Axis axis = TargetPicture.Axis.covering(new BigDecimal(c[0]), new BigDecimal(c[1]));
			assertThat(axis.min()).as(c[0]).isLessThanOrEqualTo(new BigDecimal(c[0]));
			assertThat(axis.max()).as(c[1]).isGreaterThanOrEqualTo(new BigDecimal(c[1]));
			assertThat(axis.ticks()).as("%s..%s", c[0], c[1]).hasSizeBetween(2, 11);
			String digits = axis.interval().stripTrailingZeros().unscaledValue().toString();
			assertThat(digits).as("a round step").isIn("1", "2", "5");
			for (int i = 1; i < axis.ticks().size(); i++) {
				assertThat(axis.ticks().get(i).subtract(axis.ticks().get(i - 1))).isEqualByComparingTo(axis.interval());
			}
		}
	}

	@Test
	void shouldStackTheLightsOfABarToItsWholeWidth() {
		LightBar bar = LightBar.of(new LightCounts(1, 1, 1, 0, 0));
		assertThat(bar.segments()).extracting(LightBar.Segment::light).containsExactly("GREEN", "YELLOW", "RED");
		assertThat(bar.segments().get(0).width()).isEqualTo(33.33);
		assertThat(bar.segments().get(2).x() + bar.segments().get(2).width()).isEqualTo(100.0, within(0.01));
		assertThat(LightBar.of(new LightCounts(0, 0, 0, 0, 0)).segments()).isEmpty();
		assertThat(LightBar.of(new LightCounts(0, 0, 0, 5, 0)).segments()).singleElement()
			.satisfies(s -> assertThat(s.width()).isEqualTo(100.0));
	}

}
