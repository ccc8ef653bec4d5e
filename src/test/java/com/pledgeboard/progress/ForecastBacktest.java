package com.pledgeboard.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.progress.rules.Forecast;
import com.pledgeboard.progress.rules.Forecast.Point;
import com.pledgeboard.progress.rules.Measure;
import com.pledgeboard.progress.rules.Projection;
import com.pledgeboard.rules.Goal;

/**
 * The forecast tried on synthetic plan years whose year-end value is known: seeded years of running
 * totals (paces, seasonal profiles and noise of several sizes, targets set above and below what the year
 * will bring) and of levels (a trend with noise that is not the model's own: a wandering part besides the
 * independent one), projected from the readings up to mid-year. It counts how often the projection said
 * attained or not attained rightly, and how often the interval held the year-end value.
 * {@code ForecastBacktestTests} holds its floors; {@code main} prints the report of {@code BENCHMARKS.md}:
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=com.pledgeboard.progress.ForecastBacktest -Dexec.classpathScope=test</pre>
 */
final class ForecastBacktest {

	/** The seasonal profiles of a running total: the cumulative share of the year's work done by time t. */
	enum Season {

		EVEN(t -> t), BACK_LOADED(t -> Math.pow(t, 1.8)), FRONT_LOADED(t -> Math.pow(t, 0.6)),
		YEAR_END_RUSH(t -> t <= 0.75 ? 0.6 * t / 0.75 : 0.6 + 0.4 * (t - 0.75) / 0.25);

		final DoubleUnaryOperator share;

		Season(DoubleUnaryOperator share) {
			this.share = share;
		}

	}

	/** The outcome of one scenario: how many years, right calls, intervals holding the truth. */
	record Result(String scenario, int years, int attained, int rightCalls, int covered, double meanRelativeWidth) {

		double accuracy() {
			return (double) rightCalls / years;
		}

		double coverage() {
			return (double) covered / years;
		}

		String row() {
			return String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f |", scenario, years, attained,
					accuracy(), coverage(), meanRelativeWidth);
		}

	}

	private ForecastBacktest() {
	}

	/**
	 * Running totals reported at {@code periods} evenly spaced periods (12 monthly, 4 quarterly), projected
	 * after {@code seen} of them.
	 *
	 * @param seasons the profiles years are drawn from
	 * @param calendarKnows whether the engine is told the profile, or reads time elapsed as the share
	 */
	static Result cumulative(String scenario, long seed, int years, int periods, int seen, List<Season> seasons,
			boolean calendarKnows) {
		SplittableRandom random = new SplittableRandom(seed);
		int attained = 0;
		int right = 0;
		int covered = 0;
		double widths = 0;
		for (int y = 0; y < years; y++) {
			Season season = seasons.get(random.nextInt(seasons.size()));
			double pace = 50 + random.nextDouble() * 950;
			double noise = new double[] { 0.1, 0.3, 0.6 }[random.nextInt(3)];
			double total = 0;
			List<Point> readings = new ArrayList<>();
			for (int p = 1; p <= periods; p++) {
				double w = season.share.applyAsDouble((double) p / periods)
						- season.share.applyAsDouble((double) (p - 1) / periods);
				// lognormal with mean 1: the amount of a period is never negative and its noise scales with it
				total += pace * w * Math.exp(noise * gaussian(random) - noise * noise / 2);
				if (p <= seen) {
					double share = calendarKnows ? season.share.applyAsDouble((double) p / periods) : (double) p / periods;
					readings.add(new Point(share, total));
				}
			}
			Goal goal = new Goal(TargetKind.QUANTITY, Op.GE, BigDecimal.valueOf(Math.round(pace * (0.75 + random.nextDouble() * 0.5))),
					null);
			Projection projection = Forecast.project(Measure.CUMULATIVE, TargetKind.QUANTITY, readings).orElseThrow();
			boolean truth = goal.attainedBy(BigDecimal.valueOf(total));
			attained += truth ? 1 : 0;
			right += projection.attains(goal) == truth ? 1 : 0;
			covered += holds(projection, total) ? 1 : 0;
			widths += (projection.high().doubleValue() - projection.low().doubleValue()) / total;
		}
		return new Result(scenario, years, attained, right, covered, widths / years);
	}

	/**
	 * Levels (a rate, a percent) reported at {@code periods} evenly spaced periods, projected after
	 * {@code seen}: a straight trend, independent noise and a random-walk part the model does not know of.
	 */
	static Result level(String scenario, long seed, int years, int periods, int seen) {
		SplittableRandom random = new SplittableRandom(seed);
		int attained = 0;
		int right = 0;
		int covered = 0;
		double widths = 0;
		for (int y = 0; y < years; y++) {
			double start = 60 + random.nextDouble() * 30;
			double trend = -4 + random.nextDouble() * 12;
			double noise = new double[] { 0.3, 1, 2 }[random.nextInt(3)];
			double walk = 0;
			double value = 0;
			List<Point> readings = new ArrayList<>();
			for (int p = 1; p <= periods; p++) {
				double t = (double) p / periods;
				walk += 0.3 * noise * Math.sqrt(12.0 / periods) * gaussian(random) / Math.sqrt(12);
				value = start + trend * t + walk + noise * gaussian(random);
				if (p <= seen) {
					readings.add(new Point(t, value));
				}
			}
			double expected = start + trend;
			Goal goal = new Goal(TargetKind.PERCENT, Op.GE, BigDecimal.valueOf(Math.round(expected + (random.nextDouble() - 0.5) * 8)),
					null);
			Projection projection = Forecast.project(Measure.LEVEL, TargetKind.PERCENT, readings).orElseThrow();
			boolean truth = goal.attainedBy(BigDecimal.valueOf(value));
			attained += truth ? 1 : 0;
			right += projection.attains(goal) == truth ? 1 : 0;
			covered += holds(projection, value) ? 1 : 0;
			widths += (projection.high().doubleValue() - projection.low().doubleValue()) / Math.abs(value);
		}
		return new Result(scenario, years, attained, right, covered, widths / years);
	}

	private static boolean holds(Projection p, double truth) {
		return p.low().doubleValue() <= truth + 0.005 && truth <= p.high().doubleValue() + 0.005;
	}

	private static double gaussian(SplittableRandom random) {
		// Box–Muller from the seeded stream, so that a seed replays the same years on any JVM
		return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
	}

	static final long SEED = 17_2041L;

	static final int YEARS = 4000;

	/** Every scenario of the report, in its order. */
	static List<Result> all() {
		List<Season> seasonal = List.of(Season.values());
		return List.of(
				cumulative("running total, monthly, even pace", SEED, YEARS, 12, 6, List.of(Season.EVEN), true),
				cumulative("running total, monthly, seasonal, calendar knows the season", SEED + 1, YEARS, 12, 6, seasonal, true),
				cumulative("running total, monthly, seasonal, season unknown (time elapsed)", SEED + 1, YEARS, 12, 6, seasonal, false),
				cumulative("running total, quarterly, even pace", SEED + 2, YEARS, 4, 2, List.of(Season.EVEN), true),
				cumulative("running total, monthly, at 9 months", SEED + 3, YEARS, 12, 9, List.of(Season.EVEN), true),
				level("level (rate), monthly", SEED + 4, YEARS, 12, 6),
				level("level (rate), quarterly (two readings)", SEED + 5, YEARS, 4, 2));
	}

	public static void main(String[] args) {
		System.out.printf(Locale.ROOT, "seed %d, %d years a scenario, projected at mid-year unless said, interval %.0f%%%n%n",
				SEED, YEARS, Forecast.LEVEL * 100);
		System.out.println("| scenario | years | attained | right call | interval coverage | mean width ÷ truth |");
		System.out.println("| --- | --- | --- | --- | --- | --- |");
		all().forEach(r -> System.out.println(r.row()));
	}

}
