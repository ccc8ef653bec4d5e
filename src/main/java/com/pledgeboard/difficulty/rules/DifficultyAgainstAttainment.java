package com.pledgeboard.difficulty.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Did the coefficient mean anything? At close, each department's assessed coefficient (评定难度系数, the
 * one scoring multiplied by) against the share of its targets attained, by scoring's frozen results (a
 * target is attained where its attainment is full, 1 or more: {@code rules.Goal}'s rule, as scored). Per
 * category: <b>Pearson's r</b> with its 95% interval by Fisher's z (atanh r ± 1.96 / √(n − 3), so from four
 * departments up), the least-squares line of share on coefficient, and the departments furthest from it
 * (largest absolute residual). If harder promises really were harder, r is negative. Over several closed
 * years the same is done on every department-year of them together.
 */
public record DifficultyAgainstAttainment(List<Group> categories, Group overall) {

	/** The level of the correlation's interval. */
	public static final double LEVEL = 0.95;

	/** How many departments furthest from the line each group names. */
	public static final int FURTHEST = 3;

	/**
	 * A department in a closed year: its coefficient, and of its targets scored how many were attained.
	 */
	public record Point(int year, long entryId, String department, String category, BigDecimal coefficient, int targets,
			int attained) {

		public double share() {
			return (double) attained / targets;
		}

	}

	/** A department's distance from the fitted line: its share less the line's at its coefficient. */
	public record Residual(Point point, double fitted, double residual) {
	}

	/**
	 * One group's figures; {@code r} and the line are {@code null} where they cannot be had (fewer than three
	 * departments, or all with one coefficient or one share), the interval where there are fewer than four.
	 */
	public record Group(String category, List<Point> points, Double r, Double low, Double high, Double slope,
			Double intercept, List<Residual> furthest) {

		public Group {
			points = List.copyOf(points);
			furthest = List.copyOf(furthest);
		}

		public int count() {
			return points.size();
		}

	}

	public DifficultyAgainstAttainment {
		categories = List.copyOf(categories);
	}

	/** The categories' groups, then the overall one: the rows of a table. */
	public List<Group> groups() {
		List<Group> all = new ArrayList<>(categories);
		all.add(overall);
		return all;
	}

	/** The figures of these department-years, by category in order of first appearance, and over all. */
	public static DifficultyAgainstAttainment of(List<Point> points) {
		List<Point> scored = points.stream().filter(p -> p.targets() > 0 && p.coefficient() != null).toList();
		Map<String, List<Point>> byCategory = new LinkedHashMap<>();
		scored.forEach(p -> byCategory.computeIfAbsent(p.category(), k -> new ArrayList<>()).add(p));
		List<Group> groups = byCategory.entrySet().stream().map(e -> group(e.getKey(), e.getValue())).toList();
		return new DifficultyAgainstAttainment(groups, group(null, scored));
	}

	static Group group(String category, List<Point> points) {
		int n = points.size();
		double[] x = points.stream().mapToDouble(p -> p.coefficient().doubleValue()).toArray();
		double[] y = points.stream().mapToDouble(Point::share).toArray();
		if (n < 3 || constant(x) || constant(y)) {
			return new Group(category, points, null, null, null, null, null, List.of());
		}
		double r = new PearsonsCorrelation().correlation(x, y);
		Double low = null;
		Double high = null;
		if (n >= 4) {
			double z = atanh(Math.max(-0.999999, Math.min(0.999999, r)));
			double half = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + LEVEL / 2) / Math.sqrt(n - 3);
			low = Math.tanh(z - half);
			high = Math.tanh(z + half);
		}
		SimpleRegression line = new SimpleRegression();
		for (int i = 0; i < n; i++) {
			line.addData(x[i], y[i]);
		}
		List<Residual> residuals = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			double fitted = line.predict(x[i]);
			residuals.add(new Residual(points.get(i), fitted, y[i] - fitted));
		}
		residuals.sort(Comparator.comparingDouble((Residual d) -> Math.abs(d.residual())).reversed()
			.thenComparing(d -> d.point().department()));
		return new Group(category, points, r, low, high, line.getSlope(), line.getIntercept(),
				residuals.subList(0, Math.min(FURTHEST, n)));
	}

	private static boolean constant(double[] values) {
		for (double v : values) {
			if (v != values[0]) {
				return false;
			}
		}
		return true;
	}

	private static double atanh(double r) {
		return 0.5 * Math.log((1 + r) / (1 - r));
	}

}
