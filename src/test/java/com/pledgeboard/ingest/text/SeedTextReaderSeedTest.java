package com.pledgeboard.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.pledgeboard.ingest.ParsedCommitment;
import com.pledgeboard.ingest.ParsedDepartment;
import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.resolve.DepartmentNameResolver;
import com.pledgeboard.ingest.resolve.KnownDepartment;
import com.pledgeboard.ingest.resolve.Resolution;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading the published seed and resolving its names against a catalogue of the canonical names
 * gives the structure gold, field by field. Every expectation comes from the gold file.
 */
class SeedTextReaderSeedTest {

	private static final String SEED = "000_d450a7bd56f78988.txt";

	private static JsonNode gold;

	private static ParsedTable table;

	private static DepartmentNameResolver resolver;

	@BeforeAll
	static void readSeed() throws IOException {
		gold = JsonMapper.builder()
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.build()
			.readTree(resource("seed-structure.gold.json"));
		table = new SeedTextReader().read(TextDecoder.decode(resource(SEED), SEED), SEED);
		List<KnownDepartment> catalogue = new ArrayList<>();
		for (JsonNode department : gold.get("departments")) {
			String name = department.get("name").asString();
			// Aliases that are not the printed names, so that the fragment rule has to do the work.
			Set<String> aliases = switch (catalogue.size()) {
				case 0 -> Set.of("市文广旅局");
				case 13 -> Set.of("市环保局");
				default -> Set.of();
			};
			catalogue.add(new KnownDepartment(name, aliases));
		}
		resolver = new DepartmentNameResolver(catalogue);
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = SeedTextReaderSeedTest.class.getResourceAsStream("/ingest/" + name)) {
			assertThat(in).as("test resource %s", name).isNotNull();
			return in.readAllBytes();
		}
	}

	@Test
	void shouldReadAsManyDepartmentsAsTheGold() {
		assertThat(gold.get("source").asString()).isEqualTo(SEED);
		assertThat(table.departments()).hasSize(gold.get("departments").size());
		assertThat(table.warnings()).isEmpty();
	}

	@Test
	void shouldReproduceEveryDepartmentOfTheGold() {
		JsonNode expected = gold.get("departments");
		for (int d = 0; d < expected.size(); d++) {
			JsonNode want = expected.get(d);
			ParsedDepartment got = table.departments().get(d);
			String where = "department %d (%s)".formatted(d + 1, want.get("nameInText").asString());
			assertThat(got.nameInText()).as(where + " nameInText").isEqualTo(want.get("nameInText").asString());
			Resolution resolution = resolver.resolve(got.nameInText());
			assertThat(resolution.resolved()).as(where + " resolves").isTrue();
			assertThat(resolution.canonicalName()).as(where + " name").isEqualTo(want.get("name").asString());
			assertThat(got.category()).as(where + " category").isEqualTo(want.get("category").asString());
			assertCoefficient(got.selfCoefficient(), want.get("selfCoefficient"), where + " selfCoefficient");
			assertCoefficient(got.assessedCoefficient(), want.get("assessedCoefficient"), where + " assessedCoefficient");
			JsonNode commitments = want.get("commitments");
			assertThat(got.commitments()).as(where + " commitments").hasSize(commitments.size());
			for (int c = 0; c < commitments.size(); c++) {
				JsonNode wantCommitment = commitments.get(c);
				ParsedCommitment gotCommitment = got.commitments().get(c);
				String at = where + " commitment " + (c + 1);
				assertThat(gotCommitment.no()).as(at + " no").isEqualTo(wantCommitment.get("no").intValue());
				assertThat(gotCommitment.title()).as(at + " title").isEqualTo(wantCommitment.get("title").asString());
				assertThat(gotCommitment.description()).as(at + " description")
					.isEqualTo(wantCommitment.get("description").asString());
			}
		}
	}

	@Test
	void shouldResolveShortenedNamesByFragment() {
		for (JsonNode department : gold.get("departments")) {
			String printed = department.get("nameInText").asString();
			Resolution resolution = resolver.resolve(printed);
			Resolution.Status expected = printed.equals(department.get("name").asString()) ? Resolution.Status.EXACT
					: Resolution.Status.FRAGMENT;
			assertThat(resolution.status()).as(printed).isEqualTo(expected);
		}
	}

	@Test
	void shouldGiveLinesOfNamesAndTitles() {
		for (ParsedDepartment department : table.departments()) {
			assertThat(department.line()).isPositive();
			int previous = department.line();
			for (ParsedCommitment commitment : department.commitments()) {
				assertThat(commitment.line()).isGreaterThan(previous);
				previous = commitment.line();
			}
		}
	}

	private static void assertCoefficient(BigDecimal actual, JsonNode expected, String what) {
		if (expected == null || expected.isNull()) {
			assertThat(actual).as(what).isNull();
			return;
		}
		assertThat(actual).as(what).isNotNull();
		assertThat(actual.compareTo(expected.decimalValue())).as(what + " value").isZero();
		assertThat(actual.toPlainString()).as(what + " as printed").isEqualTo(expected.decimalValue().toPlainString());
	}

}
