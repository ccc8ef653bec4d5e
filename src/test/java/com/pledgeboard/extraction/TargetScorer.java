package com.pledgeboard.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * The matching rules of {@code tools/score-targets} (TARGETS.md "Gold and scoring"), ported so that a
 * test can fail on quality: a prediction matches a gold target of the same commitment when kind, op,
 * value, unit (a gold null accepts any) and, where the gold has them, direction, date, floor and
 * stretch agree; optional gold neither counts when matched nor when missed; baselines are ignored.
 */
final class TargetScorer {

	private int matched;

	private int falsePositives;

	private int missed;

	private int metricAgreements;

	private final StringBuilder report = new StringBuilder();

	void score(String key, List<Map<String, Object>> gold, List<Map<String, Object>> predicted) {
		Set<Integer> used = new HashSet<>();
		for (Map<String, Object> prediction : predicted) {
			if ("baseline".equals(prediction.get("role"))) {
				continue;
			}
			int hit = -1;
			for (int g = 0; g < gold.size(); g++) {
				if (!used.contains(g) && matches(gold.get(g), prediction)) {
					hit = g;
					break;
				}
			}
			if (hit < 0) {
				this.falsePositives++;
				this.report.append("  false positive ").append(key).append(": ").append(prediction).append('\n');
				continue;
			}
			used.add(hit);
			if (Boolean.TRUE.equals(gold.get(hit).get("optional"))) {
				continue;
			}
			this.matched++;
			if (metricOverlap((String) gold.get(hit).get("metric"), (String) prediction.get("metric"))) {
				this.metricAgreements++;
			}
			else {
				this.report.append("  metric differs ").append(key).append(": ").append(gold.get(hit).get("metric"))
					.append(" / ").append(prediction.get("metric")).append('\n');
			}
		}
		for (int g = 0; g < gold.size(); g++) {
			if (!used.contains(g) && !Boolean.TRUE.equals(gold.get(g).get("optional"))) {
				this.missed++;
				this.report.append("  missed         ").append(key).append(": ").append(gold.get(g)).append('\n');
			}
		}
	}

	double precision() {
		return (this.matched + this.falsePositives == 0) ? 0 : (double) this.matched / (this.matched + this.falsePositives);
	}

	double recall() {
		return (this.matched + this.missed == 0) ? 0 : (double) this.matched / (this.matched + this.missed);
	}

	double f1() {
		double p = precision();
		double r = recall();
		return (p + r == 0) ? 0 : 2 * p * r / (p + r);
	}

	double metricAgreement() {
		return (this.matched == 0) ? 0 : (double) this.metricAgreements / this.matched;
	}

	String summary() {
		return String.format("targets: %d matched, %d false positive, %d missed; metric agreement %d/%d; "
				+ "precision %.3f recall %.3f F1 %.3f%n%s", this.matched, this.falsePositives, this.missed,
				this.metricAgreements, this.matched, precision(), recall(), f1(), this.report);
	}

	static boolean matches(Map<String, Object> gold, Map<String, Object> predicted) {
		if (!Objects.equals(gold.get("kind"), predicted.get("kind"))
				|| !Objects.equals(gold.get("op"), predicted.get("op"))) {
			return false;
		}
		if (!close(gold.get("value"), predicted.get("value"))) {
			return false;
		}
		if (gold.get("unit") != null && !Objects.equals(gold.get("unit"), predicted.get("unit"))) {
			return false;
		}
		for (String key : List.of("direction", "date")) {
			if (gold.get(key) != null && !Objects.equals(gold.get(key), predicted.get(key))) {
				return false;
			}
		}
		for (String key : List.of("floor", "stretch")) {
			if (gold.get(key) != null && !close(gold.get(key), predicted.get(key))) {
				return false;
			}
		}
		return true;
	}

	static boolean close(Object a, Object b) {
		if (a == null || b == null) {
			return a == null && b == null;
		}
		if (!(a instanceof Number) || !(b instanceof Number)) {
			return false;
		}
		double x = ((Number) a).doubleValue();
		double y = ((Number) b).doubleValue();
		return x == y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
	}

	static boolean metricOverlap(String a, String b) {
		if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
			return false;
		}
		if (a.contains(b) || b.contains(a)) {
			return true;
		}
		String shorter = (a.length() <= b.length()) ? a : b;
		String other = (shorter == a) ? b : a;
		Set<Integer> chars = new HashSet<>();
		shorter.codePoints().forEach(chars::add);
		long shared = chars.stream().filter((c) -> other.indexOf(c) >= 0).count();
		return shared * 2 >= chars.size();
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Runs the extractor over every description of a gold file under {@code /extraction/}, scores it, and
	 * writes the predictions to {@code target/predictionsFile} for the python scorer.
	 */
	@SuppressWarnings("unchecked")
	static TargetScorer ofGoldFile(String goldFile, String predictionsFile) throws IOException {
		Map<String, Object> gold;
		try (InputStream in = TargetScorer.class.getResourceAsStream("/extraction/" + goldFile)) {
			gold = JSON.readValue(in, Map.class);
		}
		int planYear = ((Number) gold.get("planYear")).intValue();
		TargetExtractor extractor = new TargetExtractor();
		TargetScorer scorer = new TargetScorer();
		List<Map<String, Object>> predictions = new ArrayList<>();
		for (Map<String, Object> commitment : (List<Map<String, Object>>) gold.get("commitments")) {
			String description = (String) commitment.get("description");
			List<Map<String, Object>> targets = new ArrayList<>();
			for (ExtractedTarget target : extractor.extract(description, planYear)) {
				targets.add(target.toContractMap());
			}
			Map<String, Object> predicted = new LinkedHashMap<>();
			predicted.put("department", commitment.get("department"));
			predicted.put("no", commitment.get("no"));
			predicted.put("description", description);
			predicted.put("targets", targets);
			predictions.add(predicted);
			String key = commitment.get("department") + " #" + commitment.get("no");
			scorer.score(key, (List<Map<String, Object>>) commitment.get("targets"), comparable(targets));
		}
		Path out = Path.of("target", predictionsFile);
		Files.createDirectories(out.getParent());
		JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), Map.of("commitments", predictions));
		return scorer;
	}

	/** Predictions as the gold reads them: numbers as doubles, like the JSON the python scorer parses. */
	private static List<Map<String, Object>> comparable(List<Map<String, Object>> targets) {
		List<Map<String, Object>> result = new ArrayList<>();
		for (Map<String, Object> target : targets) {
			Map<String, Object> copy = new LinkedHashMap<>(target);
			copy.replaceAll((key, value) -> (value instanceof Number number) ? number.doubleValue() : value);
			result.add(copy);
		}
		return result;
	}

}
