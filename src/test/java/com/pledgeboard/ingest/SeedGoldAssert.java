package com.pledgeboard.ingest;

import com.pledgeboard.Json;
import com.pledgeboard.TestResources;
import com.pledgeboard.catalogue.TableDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares a table document with {@code seed-structure.gold.json} field by field, numbers as numbers.
 */
public final class SeedGoldAssert {

	private static final JsonMapper JSON = Json.configure(JsonMapper.builder()).build();

	private SeedGoldAssert() {
	}

	public static JsonNode goldDepartments() {
		return JSON.readTree(TestResources.bytes("ingest/seed-structure.gold.json")).get("departments");
	}

	public static void assertEqualsGold(TableDocument document) {
		assertEqualsGold(JSON.readTree(JSON.writeValueAsString(document)).get("departments"));
	}

	/** {@code departments} as any JSON producer wrote them; targets, if present, are not part of the gold. */
	public static void assertEqualsGold(JsonNode departments) {
		JsonNode gold = goldDepartments();
		assertThat(departments.size()).as("departments").isEqualTo(gold.size());
		for (int i = 0; i < gold.size(); i++) {
			JsonNode g = gold.get(i);
			JsonNode d = departments.get(i);
			String where = "department " + i + " " + g.get("name").asString();
			for (String field : new String[] { "name", "nameInText", "category" }) {
				assertThat(d.get(field).asString()).as(where + " " + field).isEqualTo(g.get(field).asString());
			}
			for (String field : new String[] { "selfCoefficient", "assessedCoefficient" }) {
				assertThat(d.get(field).isNull()).as(where + " " + field + " null").isEqualTo(g.get(field).isNull());
				if (!g.get(field).isNull()) {
					assertThat(d.get(field).decimalValue()).as(where + " " + field)
						.isEqualByComparingTo(g.get(field).decimalValue());
				}
			}
			JsonNode gc = g.get("commitments");
			JsonNode dc = d.get("commitments");
			assertThat(dc.size()).as(where + " commitments").isEqualTo(gc.size());
			for (int j = 0; j < gc.size(); j++) {
				for (String field : new String[] { "title", "description" }) {
					assertThat(dc.get(j).get(field).asString()).as(where + " #" + (j + 1) + " " + field)
						.isEqualTo(gc.get(j).get(field).asString());
				}
				assertThat(dc.get(j).get("no").asInt()).as(where + " #" + (j + 1) + " no")
					.isEqualTo(gc.get(j).get("no").asInt());
			}
		}
	}

}
