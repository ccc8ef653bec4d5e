package com.pledgeboard.progress.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import com.pledgeboard.extraction.TargetKind;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The year-end forecast of a target from its approved readings (按当前进度预计年底达到…), with an interval
 * at the level {@link #LEVEL}. Two models, one for each way readings are read ({@link Measure}):
 * <ul>
 * <li><b>A running total</b> ({@link Measure#CUMULATIVE}): a pace model over the reporting calendar. Each
 * reading is a total at the end of a period; the year's cumulative share s<sub>i</sub> expected by then
 * (its seasonality: the share of the year's work usually done by that day) turns the totals into the
 * amounts d<sub>i</sub> done over shares w<sub>i</sub> of the year, counted from zero at the start of the
 * year. The model: d<sub>i</sub> = w<sub>i</sub>·μ + noise of variance w<sub>i</sub>·σ² (the pace μ is
 * the year's total at that pace; a period twice as long carries twice the variance). μ is estimated by
 * total ÷ share so far (weighted least squares), σ² from the spread of the periods' paces around it with
 * k − 1 degrees of freedom, and the year-end total c<sub>k</sub> + μ·(1 − s<sub>k</sub>) gets a Student-t
 * prediction interval of variance σ²·(r + r²/s<sub>k</sub>), r = 1 − s<sub>k</sub>: the rest of the year's
 * own noise plus the uncertainty of the pace. Where the calendar knows no seasonality the shares are the
 * share of the year elapsed (时间进度), as the lights expect. A total that has only grown is not projected
 * below where it stands.</li>
 * <li><b>A level</b> ({@link Measure#LEVEL}: rates, percents, changes against last year, averages): a
 * straight-line trend over time fitted by least squares, extrapolated to the year's end, with the
 * prediction interval of the regression (Student t, k − 2 degrees of freedom). With two readings nothing
 * measures the noise: the interval then runs from the level now to twice the trend's way (the value
 * ± the trend's move over the rest of the year). A percent is not projected below zero.</li>
 * </ul>
 * Two readings or more are needed, and a reading before the year's end: once the last period is read
 * there is nothing left to forecast. {@code BENCHMARKS.md} reports how often the projection at mid-year
 * told attained from not attained on synthetic years, and the interval's coverage.
 */
public final class Forecast {

	/** The probability the interval is built to hold the year-end value with. */
	public static final double LEVEL = 0.80;

	private static final double EPS = 1e-9;

	private Forecast() {
	}

	/**
	 * A reading placed on the year.
	 *
	 * @param share for a running total, the cumulative share of the year's work expected by the reading's
	 * day (the time elapsed when nothing better is known); for a level, the share of the year elapsed
	 * @param value the reading as stored
	 */
	public record Point(double share, double value) {
	}

	/**
	 * The projection of a target of this measure and kind from its readings in order, or empty where
	 * there is none: a deadline, fewer than two readings, or a reading at the year's end.
	 */
	public static Optional<Projection> project(Measure measure, TargetKind kind, List<Point> readings) {
		if (measure == Measure.DEADLINE || kind == TargetKind.RANK || kind == TargetKind.DEADLINE || readings.size() < 2) {
			return Optional.empty();
		}
		for (int i = 0; i < readings.size(); i++) {
			double s = readings.get(i).share();
			if (!(s > 0) || s > 1 + EPS || (i > 0 && s <= readings.get(i - 1).share())) {
				throw new IllegalArgumentException("readings must stand at rising shares of the year in (0, 1]: " + readings);
			}
		}
		if (readings.get(readings.size() - 1).share() >= 1 - EPS) {
			return Optional.empty();
		}
		Estimate e = measure == Measure.CUMULATIVE ? cumulative(readings) : level(readings, kind == TargetKind.PERCENT);
		double asOf = readings.get(readings.size() - 1).share();
		return Optional.of(new Projection(decimal(e.value), decimal(e.low), decimal(e.high), asOf, readings.size()));
	}

	private record Estimate(double value, double low, double high) {
	}

	private static Estimate cumulative(List<Point> readings) {
		int k = readings.size();
		Point last = readings.get(k - 1);
		double pace = last.value() / last.share();
		double squares = 0;
		double before = 0;
		double shareBefore = 0;
		boolean grown = true;
		for (Point p : readings) {
			double w = p.share() - shareBefore;
			double d = p.value() - before;
			squares += (d - w * pace) * (d - w * pace) / w;
			grown &= d >= 0;
			before = p.value();
			shareBefore = p.share();
		}
		double variance = squares / (k - 1);
		double rest = 1 - last.share();
		double value = last.value() + pace * rest;
		double half = t(k - 1) * Math.sqrt(variance * (rest + rest * rest / last.share()));
		double low = value - half;
		return new Estimate(value, grown ? Math.max(low, last.value()) : low, value + half);
	}

	private static Estimate level(List<Point> readings, boolean percent) {
		int k = readings.size();
		double meanT = 0;
		double meanY = 0;
		for (Point p : readings) {
			meanT += p.share() / k;
			meanY += p.value() / k;
		}
		double sxx = 0;
		double sxy = 0;
		for (Point p : readings) {
			sxx += (p.share() - meanT) * (p.share() - meanT);
			sxy += (p.share() - meanT) * (p.value() - meanY);
		}
		double slope = sxy / sxx;
		double value = meanY + slope * (1 - meanT);
		double half;
		if (k == 2) {
			Point last = readings.get(k - 1);
			half = Math.abs(value - last.value());
		}
		else {
			double squares = 0;
			for (Point p : readings) {
				double fitted = meanY + slope * (p.share() - meanT);
				squares += (p.value() - fitted) * (p.value() - fitted);
			}
			double s = Math.sqrt(squares / (k - 2));
			half = t(k - 2) * s * Math.sqrt(1 + 1.0 / k + (1 - meanT) * (1 - meanT) / sxx);
		}
		double low = value - half;
		double high = value + half;
		if (percent) {
			value = Math.max(value, 0);
			low = Math.max(low, 0);
			high = Math.max(high, 0);
		}
		return new Estimate(value, low, high);
	}

	/** The two-sided Student-t quantile of {@link #LEVEL} with these degrees of freedom. */
	private static double t(int degreesOfFreedom) {
		return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.5 + LEVEL / 2);
	}

	/** Figures to two decimals, enough for the page and for {@code Goal} to judge by. */
	private static BigDecimal decimal(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

}
