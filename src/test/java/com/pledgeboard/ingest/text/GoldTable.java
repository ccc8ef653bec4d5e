package com.pledgeboard.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.pledgeboard.ingest.ParsedCommitment;
import com.pledgeboard.ingest.ParsedDepartment;
import com.pledgeboard.ingest.ParsedTable;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.function.Function;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A structure gold file ({@code *.gold.json}: departments with nameInText, category, coefficients
 * and commitments, and for the seed the canonical {@code name}) and the comparison of a read table
 * with it, field by field.
 */
final class GoldTable {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private GoldTable() {
	}

	static byte[] resource(String name) throws IOException {
		try (InputStream in = GoldTable.class.getResourceAsStream("/ingest/" + name)) {
			assertThat(in).as("test resource %s", name).isNotNull();
			return in.readAllBytes();
		}
	}

	static ParsedTable read(String name) throws IOException {
		return new SeedTextReader().read(TextDecoder.decode(resource(name), name), name);
	}

	static JsonNode load(String name) throws IOException {
		return JSON.readTree(resource(name));
	}

	/**
	 * @param canonicalName how a printed name resolves, checked against the gold's {@code name} where
	 * the gold has one
	 */
	static void assertMatches(ParsedTable table, JsonNode gold, Function<String, String> canonicalName) {
		JsonNode expected = gold.get("departments");
		assertThat(table.departments()).as("departments").hasSize(expected.size());
		for (int d = 0; d < expected.size(); d++) {
			JsonNode want = expected.get(d);
			ParsedDepartment got = table.departments().get(d);
			String where = "department %d (%s)".formatted(d + 1, want.get("nameInText").asString());
			assertThat(got.nameInText()).as(where + " nameInText").isEqualTo(want.get("nameInText").asString());
			if (want.has("name")) {
				assertThat(canonicalName.apply(got.nameInText())).as(where + " name").isEqualTo(want.get("name").asString());
			}
			JsonNode category = want.get("category");
			assertThat(got.category()).as(where + " category").isEqualTo(category.isNull() ? null : category.asString());
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
