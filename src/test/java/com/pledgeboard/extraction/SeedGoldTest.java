package com.pledgeboard.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction quality on the hand-labelled seed (16 departments, 80 descriptions), scored with the
 * rules of {@code tools/score-targets}. Also writes {@code target/seed-predictions.json} for the
 * python scorer.
 */
class SeedGoldTest {

	static final String GOLD = "/extraction/seed-targets.gold.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Map<String, Object> gold;

	private static TargetScorer scorer;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void extractSeed() throws IOException {
		try (InputStream in = SeedGoldTest.class.getResourceAsStream(GOLD)) {
			gold = JSON.readValue(in, Map.class);
		}
		int planYear = ((Number) gold.get("planYear")).intValue();
		TargetExtractor extractor = new TargetExtractor();
		scorer = new TargetScorer();
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
		Path out = Path.of("target", "seed-predictions.json");
		Files.createDirectories(out.getParent());
		JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), Map.of("commitments", predictions));
		System.out.println(scorer.summary());
	}

	@Test
	void shouldReachF1OfAtLeast095OnTheSeed() {
		assertThat(scorer.f1()).as(scorer.summary()).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void shouldAgreeOnAtLeast90PercentOfMatchedMetrics() {
		assertThat(scorer.metricAgreement()).as(scorer.summary()).isGreaterThanOrEqualTo(0.90);
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
