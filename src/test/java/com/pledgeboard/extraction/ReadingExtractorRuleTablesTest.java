package com.pledgeboard.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the readings engine, one table of sentences each, written for these tests (none is from
 * the development set): {@code src/test/resources/readings/rules.json}. Each case lists every reading the
 * narrative must give, and no other may be proposed: a sentence that should give none lists none.
 */
class ReadingExtractorRuleTablesTest {

	private static final ReadingExtractor EXTRACTOR = new ReadingExtractor();

	record Case(String rule, String name, String description, String narrative, String asOf,
			List<Map<String, Object>> readings) {

		@Override
		public String toString() {
			return this.rule + ": " + this.name;
		}

	}

	static Stream<Case> amounts() throws IOException {
		return cases("amounts");
	}

	static Stream<Case> cumulative() throws IOException {
		return cases("cumulative");
	}

	static Stream<Case> notReadings() throws IOException {
		return cases("not readings");
	}

	static Stream<Case> shares() throws IOException {
		return cases("shares");
	}

	static Stream<Case> changes() throws IOException {
		return cases("changes");
	}

	static Stream<Case> ranks() throws IOException {
		return cases("ranks");
	}

	static Stream<Case> deadlines() throws IOException {
		return cases("deadlines");
	}

	static Stream<Case> topics() throws IOException {
		return cases("topics");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("amounts")
	void shouldReadAmountsWithTheirUnitsAndScaleWords(Case c) {
		check(c);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cumulative")
	void shouldTellTotalsSoFarFromThePeriodsOwnFigures(Case c) {
		check(c);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("notReadings")
	void shouldLeaveOutPlansBaselinesRemaindersAndOtherThings(Case c) {
		check(c);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shares")
	void shouldReadSharesOfTheTarget(Case c) {
		check(c);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void shouldReadChangesWithTheirDirection(Case c) {
		check(c);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("ranks")
	void shouldReadPlacesInTheTargetsLeague(Case c) {
		check(c);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("deadlines")
	void shouldReadDeadlinesDoneOrNotYet(Case c) {
		check(c);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("topics")
	void shouldFindWhatAFigureMeasuresAcrossClausesAndLists(Case c) {
		check(c);
	}

	private static void check(Case c) {
		List<ProposedReading> proposed = EXTRACTOR.propose(c.description(), c.narrative(), LocalDate.parse(c.asOf()));
		String as = c.name() + "\n  proposed: " + proposed.stream().map(ProposedReading::toContractMap).toList();
		List<ProposedReading> left = new ArrayList<>(proposed);
		for (Map<String, Object> want : c.readings()) {
			ProposedReading hit = left.stream().filter((p) -> matches(want, p)).findFirst().orElse(null);
			assertThat(hit).as(as + "\n  missing: " + want).isNotNull();
			if (want.containsKey("cumulative")) {
				assertThat(hit.cumulative()).as(as + "\n  cumulative of " + want).isEqualTo(want.get("cumulative"));
			}
			left.remove(hit);
		}
		assertThat(left).as(as + "\n  not expected").isEmpty();
	}

	private static boolean matches(Map<String, Object> want, ProposedReading p) {
		ExtractedTarget target = p.target();
		if (!target.kind().code().equals(want.get("kind"))) {
			return false;
		}
		if (want.containsKey("target") && !same(want.get("target"), target.value())) {
			return false;
		}
		if (want.containsKey("date") && !want.get("date").equals(String.valueOf(target.date()))) {
			return false;
		}
		if (want.containsKey("direction") && !want.get("direction").equals(target.direction().code())) {
			return false;
		}
		return same(want.get("value"), p.value()) && Objects.equals(want.get("unit"), p.unit())
				&& same(want.get("share"), p.share()) && Objects.equals(want.get("done"), p.done());
	}

	private static boolean same(Object want, BigDecimal got) {
		if (want == null || got == null) {
			return want == null && got == null;
		}
		return new BigDecimal(want.toString()).compareTo(got) == 0;
	}

	private static Stream<Case> cases(String rule) throws IOException {
		try (InputStream in = ReadingExtractorRuleTablesTest.class.getResourceAsStream("/readings/rules.json")) {
			List<Case> all = JsonMapper.builder().build().readValue(in, new TypeReference<List<Case>>() {
			});
			return all.stream().filter((c) -> c.rule().equals(rule)).toList().stream();
		}
	}

}
