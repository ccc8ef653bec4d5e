package com.pledgeboard.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.pledgeboard.ingest.ParsedCommitment;
import com.pledgeboard.ingest.ParsedDepartment;
import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.resolve.DepartmentNameResolver;
import com.pledgeboard.ingest.resolve.KnownDepartment;
import com.pledgeboard.ingest.resolve.Resolution;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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
		gold = GoldTable.load("seed-structure.gold.json");
		table = GoldTable.read(SEED);
		List<KnownDepartment> catalogue = new ArrayList<>();
		for (JsonNode department : gold.get("departments")) {
			// A couple of aliases that are not the printed names, so that the fragment rule still has to do the work.
			Set<String> aliases = catalogue.size() % 7 == 0 ? Set.of("别名" + catalogue.size()) : Set.of();
			catalogue.add(new KnownDepartment(department.get("name").asString(), aliases));
		}
		resolver = new DepartmentNameResolver(catalogue);
	}

	@Test
	void shouldReadTheSeedWithoutWarnings() {
		assertThat(gold.get("source").asString()).isEqualTo(SEED);
		assertThat(table.warnings()).isEmpty();
	}

	@Test
	void shouldReproduceTheGoldInEveryField() {
		GoldTable.assertMatches(table, gold, printed -> resolver.resolve(printed).canonicalName());
	}

	@Test
	void shouldResolveShortenedNamesByFragmentAndTheOthersExactly() {
		for (JsonNode department : gold.get("departments")) {
			String printed = department.get("nameInText").asString();
			Resolution.Status expected = printed.equals(department.get("name").asString()) ? Resolution.Status.EXACT
					: Resolution.Status.FRAGMENT;
			assertThat(resolver.resolve(printed).status()).as(printed).isEqualTo(expected);
		}
	}

	@Test
	void shouldGiveTheLineOfEveryNameAndTitle() {
		int previousName = 0;
		for (ParsedDepartment department : table.departments()) {
			assertThat(department.line()).isGreaterThan(previousName);
			previousName = department.line();
			int previous = department.line();
			for (ParsedCommitment commitment : department.commitments()) {
				assertThat(commitment.line()).isGreaterThan(previous);
				previous = commitment.line();
			}
		}
	}

}
