package com.pledgeboard.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor's rules as tables of sentences written for these tests, none of them from the seed
 * (files under {@code src/test/resources/extraction/}). Each case lists every target the sentence
 * must yield, in order; a listed metric must be contained in the extracted one.
 */
class TargetExtractorRuleTablesTest {

	private static final TargetExtractor EXTRACTOR = new TargetExtractor();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int PLAN_YEAR = 2022;

	record Case(String rule, String sentence, Integer planYear, List<Map<String, Object>> targets,
			List<Map<String, Object>> baselines) {

		@Override
		public String toString() {
			return this.rule + ": " + this.sentence;
		}

	}

	static Stream<Case> quantities() {
		return load("quantities.json");
	}

	static Stream<Case> comparisons() {
		return load("comparisons.json");
	}

	static Stream<Case> changes() {
		return load("changes.json");
	}

	static Stream<Case> ranks() {
		return load("ranks.json");
	}

	static Stream<Case> deadlines() {
		return load("deadlines.json");
	}

	static Stream<Case> distribution() {
		return load("distribution.json");
	}

	static Stream<Case> stretch() {
		return load("stretch.json");
	}

	static Stream<Case> notTargets() {
		return load("not-targets.json");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("quantities")
	void shouldReadQuantitiesWithUnitsAndScaleWords(Case c) {
		check(c);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("comparisons")
	void shouldReadComparisonWordsAsOps(Case c) {
		check(c);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldReadChangesWithDirectionAndBasis(Case c) {
		check(c);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ranks")
	void shouldReadRanksWithScopeFloorAndStretch(Case c) {
		check(c);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("deadlines")
	void shouldReadDeadlinesWithinThePlanYear(Case c) {
		check(c);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("distribution")
	void shouldDistributeOneValueOverSeveralMetrics(Case c) {
		check(c);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("stretch")
	void shouldAttachStretchValuesToTheTargetBefore(Case c) {
		check(c);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("notTargets")
	void shouldLeaveNamesSlogansThresholdsAndBaselinesAlone(Case c) {
		check(c);
	}

	private static void check(Case c) {
		List<ExtractedTarget> all = EXTRACTOR.extract(c.sentence(), (c.planYear() != null) ? c.planYear() : PLAN_YEAR);
		List<ExtractedTarget> targets = all.stream().filter((t) -> !t.isBaseline()).toList();
		List<ExtractedTarget> baselines = all.stream().filter(ExtractedTarget::isBaseline).toList();
		assertMatch(c.targets(), targets, all);
		if (c.baselines() != null) {
			assertMatch(c.baselines(), baselines, all);
		}
	}

	private static void assertMatch(List<Map<String, Object>> expected, List<ExtractedTarget> actual,
			List<ExtractedTarget> all) {
		assertThat(actual).as("extracted %s", describe(all)).hasSize(expected.size());
		for (int i = 0; i < expected.size(); i++) {
			Map<String, Object> want = expected.get(i);
			ExtractedTarget got = actual.get(i);
			Map<String, Object> map = got.toContractMap();
			String as = "target " + i + " of " + describe(all);
			for (String key : List.of("kind", "op", "unit", "direction", "basis", "scope", "date")) {
				if (want.containsKey(key)) {
					assertThat(map.get(key)).as(as + ", " + key).isEqualTo(want.get(key));
				}
			}
			for (String key : List.of("value", "floor", "stretch")) {
				if (want.containsKey(key)) {
					assertNumber(as + ", " + key, want.get(key), (BigDecimal) map.get(key));
				}
			}
			if (want.get("metric") != null) {
				assertThat(got.metric()).as(as + ", metric").contains((String) want.get("metric"));
			}
		}
	}

	private static void assertNumber(String as, Object want, BigDecimal got) {
		if (want == null) {
			assertThat(got).as(as).isNull();
		}
		else {
			assertThat(got).as(as).isNotNull();
			assertThat(got.compareTo(new BigDecimal(want.toString()))).as(as + " = " + want + " but was " + got).isZero();
		}
	}

	private static List<String> describe(List<ExtractedTarget> targets) {
		return targets.stream().map((t) -> t.toContractMap().toString()).toList();
	}

	private static Stream<Case> load(String file) {
		try (InputStream in = TargetExtractorRuleTablesTest.class.getResourceAsStream("/extraction/" + file)) {
			return JSON.readValue(in, new TypeReference<List<Case>>() {
			}).stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
