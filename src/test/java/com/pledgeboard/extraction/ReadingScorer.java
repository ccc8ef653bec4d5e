package com.pledgeboard.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The matching rules of {@code tools/score-readings} (READINGS.md "Scoring"), ported so that a test can
 * fail on quality. Within a report a prediction matches a gold reading when their targets agree (kind,
 * value, and date and unit where the gold target has them) and the readings agree on value, unit (a gold
 * null accepts any), done and share where the gold has them. Each gold reading matches at most one
 * prediction, greedily in prediction order, a required one before an optional one; optional gold
 * readings count neither when matched nor when missed. Numbers are compared as the python scorer does,
 * with a relative error under 1e-9. Used by the engine's gold tests and by the command line's.
 */
public final class ReadingScorer {

	private int matched;

	private int falsePositives;

	private int missed;

	private int cumulativeAgreements;

	private int cumulativeStated;

	private final StringBuilder report = new StringBuilder();

	/** Scores the predictions of one report against its gold readings; both as parsed JSON. */
	public void score(String id, List<Map<String, Object>> gold, List<Map<String, Object>> predicted) {
		Set<Integer> used = new HashSet<>();
		for (Map<String, Object> prediction : predicted) {
			List<Integer> free = new ArrayList<>();
			for (int g = 0; g < gold.size(); g++) {
				if (!used.contains(g) && matches(gold.get(g), prediction)) {
					free.add(g);
				}
			}
			Integer hit = free.stream().filter((g) -> !optional(gold.get(g))).findFirst()
				.orElse(free.isEmpty() ? null : free.get(0));
			if (hit == null) {
				this.falsePositives++;
				this.report.append("  false positive ").append(id).append(": ").append(prediction).append('\n');
				continue;
			}
			used.add(hit);
			Map<String, Object> g = gold.get(hit);
			if (optional(g)) {
				continue;
			}
			this.matched++;
			if (g.get("cumulative") != null) {
				this.cumulativeStated++;
				if (Objects.equals(g.get("cumulative"), prediction.get("cumulative"))) {
					this.cumulativeAgreements++;
				}
			}
		}
		for (int g = 0; g < gold.size(); g++) {
			if (!used.contains(g) && !optional(gold.get(g))) {
				this.missed++;
				this.report.append("  missed         ").append(id).append(": ").append(gold.get(g)).append('\n');
			}
		}
	}

	public double precision() {
		return (this.matched + this.falsePositives == 0) ? 0 : (double) this.matched / (this.matched + this.falsePositives);
	}

	public double recall() {
		return (this.matched + this.missed == 0) ? 0 : (double) this.matched / (this.matched + this.missed);
	}

	public double f1() {
		double p = precision();
		double r = recall();
		return (p + r == 0) ? 0 : 2 * p * r / (p + r);
	}

	public String summary() {
		return String.format("readings: %d matched, %d false positive, %d missed; cumulative agreement %d/%d; "
				+ "precision %.3f recall %.3f F1 %.3f%n%s", this.matched, this.falsePositives, this.missed,
				this.cumulativeAgreements, this.cumulativeStated, precision(), recall(), f1(), this.report);
	}

	private static boolean optional(Map<String, Object> gold) {
		return Boolean.TRUE.equals(gold.get("optional"));
	}

	@SuppressWarnings("unchecked")
	static boolean matches(Map<String, Object> gold, Map<String, Object> predicted) {
		if (!(predicted.get("target") instanceof Map<?, ?> target)
				|| !sameTarget((Map<String, Object>) gold.get("target"), (Map<String, Object>) target)) {
			return false;
		}
		if (!close(gold.get("value"), predicted.get("value"))) {
			return false;
		}
		if (gold.get("unit") != null && !Objects.equals(gold.get("unit"), predicted.get("unit"))) {
			return false;
		}
		if (gold.get("done") != null && !Objects.equals(gold.get("done"), predicted.get("done"))) {
			return false;
		}
		return gold.get("share") == null || close(gold.get("share"), predicted.get("share"));
	}

	private static boolean sameTarget(Map<String, Object> gold, Map<String, Object> predicted) {
		if (gold == null || !Objects.equals(gold.get("kind"), predicted.get("kind"))) {
			return false;
		}
		if (!close(gold.get("value"), predicted.get("value"))) {
			return false;
		}
		if (gold.get("date") != null && !Objects.equals(gold.get("date"), predicted.get("date"))) {
			return false;
		}
		return gold.get("unit") == null || Objects.equals(gold.get("unit"), predicted.get("unit"));
	}

	static boolean close(Object a, Object b) {
		if (a == null || b == null) {
			return a == null && b == null;
		}
		if (!(a instanceof Number) || !(b instanceof Number) || a instanceof Boolean || b instanceof Boolean) {
			return false;
		}
		double x = ((Number) a).doubleValue();
		double y = ((Number) b).doubleValue();
		return x == y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
	}

}
