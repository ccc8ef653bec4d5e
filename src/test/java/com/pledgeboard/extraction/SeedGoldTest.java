package com.pledgeboard.extraction;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction quality on the hand-labelled seed (16 departments, 80 descriptions), scored with the
 * rules of {@code tools/score-targets}. Also writes {@code target/seed-predictions.json} for the
 * python scorer.
 */
class SeedGoldTest {

	static final String GOLD = "/extraction/seed-targets.gold.json";

	private static TargetScorer scorer;

	@BeforeAll
	static void extractSeed() throws IOException {
		scorer = TargetScorer.ofGoldFile(GOLD.substring("/extraction/".length()), "seed-predictions.json");
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

}
