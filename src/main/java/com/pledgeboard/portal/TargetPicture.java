package com.pledgeboard.portal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.progress.TargetProgress;
import com.pledgeboard.progress.rules.Measure;
import com.pledgeboard.progress.rules.Period;
import com.pledgeboard.rules.Goal;

/**
 * A target as a picture: a bar of its latest reading against the target (and the stretch, and for a
 * cumulative target where time says it should stand, 时间过半任务过半), and the readings through the
 * year for a chart with the target line, the pace line and the value axis's ticks. Readings are taken in
 * the target's own terms ({@link Goal#achieved}: a fall of 12% is 12 towards "下降10%"). Deadlines have
 * neither picture (their light says done or not); ranks have the chart but no bar, a place being no
 * share of anything.
 *
 * @param bar the bar, or {@code null} where none is drawn
 * @param chart the chart, or {@code null} before any approved reading
 */
record TargetPicture(Bar bar, Chart chart) {

	private static final MathContext MATH = MathContext.DECIMAL64;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * Positions in percent of the bar's length, which runs from 0 to the largest of target, stretch and
	 * latest reading.
	 *
	 * @param latest the latest reading in the target's terms, or {@code null} before one is approved
	 * @param expected where a cumulative target should stand at the latest reading's period, else {@code null}
	 * @param elapsed the share of the year gone at that period's end, in percent, or {@code null}
	 * @param share the latest reading as a percentage of the target, or {@code null}
	 */
	record Bar(boolean cap, BigDecimal target, BigDecimal stretch, BigDecimal latest, BigDecimal expected,
			Integer elapsed, Integer period, Integer share, double fillAt, double targetAt, Double stretchAt,
			Double expectedAt) {

		/** Whether the latest reading lies past the target: over a cap, or beyond what was promised. */
		public boolean beyond() {
			return latest != null && latest.compareTo(target) > 0;
		}

	}

	/**
	 * The readings by period (every period of the year, {@code null} where none was approved), the pace
	 * (the target times the share of the year gone at each period's end) for a cumulative target, and the
	 * value axis.
	 */
	record Chart(List<Integer> periods, List<BigDecimal> values, List<BigDecimal> pace, BigDecimal target,
			BigDecimal stretch, boolean inverse, Axis axis) {

		/** The series as the chart's data attributes carry them: comma-separated, empty for none. */
		public String valuesText() {
			return join(values);
		}

		public String paceText() {
			return pace.isEmpty() ? "" : join(pace);
		}

		private static String join(List<BigDecimal> list) {
			return String.join(",", list.stream().map(v -> v == null ? "" : plain(v).toPlainString()).toList());
		}

	}

	/** A value axis from {@code min} to {@code max} in steps of {@code interval}, with every tick. */
	record Axis(BigDecimal min, BigDecimal max, BigDecimal interval, List<BigDecimal> ticks) {

		/** Round ticks (1, 2 or 5 times a power of ten) about four steps apart, covering both ends. */
		static Axis covering(BigDecimal low, BigDecimal high) {
			if (high.compareTo(low) <= 0) {
				high = low.add(BigDecimal.ONE);
			}
			BigDecimal rough = high.subtract(low).divide(BigDecimal.valueOf(4), MATH);
			int exponent = rough.precision() - rough.scale() - 1;
			BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(exponent);
			BigDecimal norm = rough.divide(magnitude, MATH);
			int nice = norm.compareTo(BigDecimal.ONE) <= 0 ? 1 : norm.compareTo(BigDecimal.valueOf(2)) <= 0 ? 2
					: norm.compareTo(BigDecimal.valueOf(5)) <= 0 ? 5 : 10;
			BigDecimal step = magnitude.multiply(BigDecimal.valueOf(nice)).stripTrailingZeros();
			BigDecimal min = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
			BigDecimal max = high.divide(step, 0, RoundingMode.CEILING).multiply(step);
			List<BigDecimal> ticks = new ArrayList<>();
			for (BigDecimal t = min; t.compareTo(max) <= 0; t = t.add(step)) {
				ticks.add(plain(t));
			}
			return new Axis(plain(min), plain(max), plain(step), ticks);
		}

	}

	static TargetPicture of(ExtractedTarget t, TargetProgress p, List<Period> periods) {
		if (p.measure() == Measure.DEADLINE || t.value() == null) {
			return new TargetPicture(null, null);
		}
		Goal goal = Goal.of(t);
		boolean rank = t.kind() == TargetKind.RANK;
		boolean cumulative = p.measure() == Measure.CUMULATIVE;
		TreeMap<Integer, BigDecimal> readings = new TreeMap<>();
		p.series().forEach(point -> readings.put(point.period(), goal.achieved(point.value())));
		Integer lastPeriod = readings.isEmpty() ? null : readings.lastKey();
		Bar bar = rank ? null : bar(t, goal, cumulative, lastPeriod == null ? null : readings.get(lastPeriod),
				lastPeriod == null ? null : periods.stream().filter(x -> x.seq() == lastPeriod).findFirst().orElse(null));
		if (readings.isEmpty()) {
			return new TargetPicture(bar, null);
		}
		List<Integer> seqs = periods.stream().map(Period::seq).toList();
		List<BigDecimal> values = seqs.stream().map(readings::get).toList();
		List<BigDecimal> pace = cumulative
				? periods.stream().map(x -> plain(t.value().multiply(fraction(x), MATH).setScale(2, RoundingMode.HALF_UP))).toList()
				: List.of();
		BigDecimal low = BigDecimal.ZERO;
		BigDecimal high = t.value();
		for (BigDecimal v : readings.values()) {
			low = low.min(v);
			high = high.max(v);
		}
		if (t.stretch() != null) {
			high = high.max(t.stretch());
		}
		return new TargetPicture(bar, new Chart(seqs, values, pace, t.value(), rank ? null : t.stretch(), rank,
				Axis.covering(low, high)));
	}

	private static Bar bar(ExtractedTarget t, Goal goal, boolean cumulative, BigDecimal latest, Period period) {
		BigDecimal target = t.value();
		BigDecimal stretch = goal.isCap() ? null : t.stretch();
		BigDecimal top = target.max(stretch == null ? target : stretch).max(latest == null ? target : latest);
		if (top.signum() <= 0) {
			top = BigDecimal.ONE;
		}
		BigDecimal expected = null;
		Integer elapsed = null;
		if (cumulative && period != null) {
			expected = plain(target.multiply(fraction(period), MATH).setScale(2, RoundingMode.HALF_UP));
			elapsed = fraction(period).multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP).intValue();
		}
		Integer share = latest == null || target.signum() <= 0 ? null
				: latest.multiply(HUNDRED).divide(target, 0, RoundingMode.HALF_UP).intValue();
		return new Bar(goal.isCap(), target, stretch, latest, expected, elapsed, period == null ? null : period.seq(),
				share, at(latest == null ? BigDecimal.ZERO : latest, top), at(target, top),
				stretch == null ? null : at(stretch, top), expected == null ? null : at(expected, top));
	}

	private static BigDecimal fraction(Period period) {
		return BigDecimal.valueOf(period.elapsedFraction());
	}

	/** Where a value lies on a bar running from 0 to {@code top}, in percent, within the bar. */
	private static double at(BigDecimal value, BigDecimal top) {
		double at = value.multiply(HUNDRED).divide(top, 2, RoundingMode.HALF_UP).doubleValue();
		return Math.max(0, Math.min(100, at));
	}

	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
