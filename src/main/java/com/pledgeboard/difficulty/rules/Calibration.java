package com.pledgeboard.difficulty.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the departments' own coefficients (自评) are from the committee's (评定): per department the
 * difference assessed − self, and per category and overall the mean difference and its spread (the
 * standard deviation of the differences, over n). Only departments with both values take part; a
 * negative mean says the departments rate themselves higher than the committee does.
 */
public record Calibration(List<Row> rows, List<Group> categories, Group overall) {

	/** Means and spreads are shown to three decimals, the precision coefficients are stored with. */
	private static final int SCALE = 3;

	/** A department as the calibration needs it; either coefficient may be missing. */
	public record Input(long entryId, String department, String category, BigDecimal self, BigDecimal assessed,
			boolean imported) {
	}

	public record Row(long entryId, String department, String category, BigDecimal self, BigDecimal assessed,
			BigDecimal difference, boolean imported) {
	}

	/** {@code category} is {@code null} for the overall group; the figures are {@code null} when it is empty. */
	public record Group(String category, int count, BigDecimal meanDifference, BigDecimal spread) {
	}

	public Calibration {
		rows = List.copyOf(rows);
		categories = List.copyOf(categories);
	}

	public static Calibration of(List<Input> inputs) {
		List<Row> rows = inputs.stream()
			.filter(i -> i.self() != null && i.assessed() != null)
			.map(i -> new Row(i.entryId(), i.department(), i.category(), i.self(), i.assessed(),
					i.assessed().subtract(i.self()), i.imported()))
			.toList();
		Map<String, List<BigDecimal>> byCategory = new LinkedHashMap<>();
		rows.forEach(r -> byCategory.computeIfAbsent(r.category(), k -> new ArrayList<>()).add(r.difference()));
		List<Group> categories = byCategory.entrySet().stream().map(e -> group(e.getKey(), e.getValue())).toList();
		return new Calibration(rows, categories, group(null, rows.stream().map(Row::difference).toList()));
	}

	static Group group(String category, List<BigDecimal> differences) {
		if (differences.isEmpty()) {
			return new Group(category, 0, null, null);
		}
		BigDecimal n = BigDecimal.valueOf(differences.size());
		BigDecimal sum = differences.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal mean = sum.divide(n, MathContext.DECIMAL64);
		BigDecimal squares = differences.stream()
			.map(d -> d.subtract(mean).pow(2))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal spread = squares.divide(n, MathContext.DECIMAL64).sqrt(MathContext.DECIMAL64);
		return new Group(category, differences.size(), mean.setScale(SCALE, RoundingMode.HALF_UP),
				spread.setScale(SCALE, RoundingMode.HALF_UP));
	}

}
