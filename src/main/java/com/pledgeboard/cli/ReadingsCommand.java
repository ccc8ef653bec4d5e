package com.pledgeboard.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import com.pledgeboard.Json;
import com.pledgeboard.extraction.ProposedReading;
import com.pledgeboard.extraction.ReadingExtractor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the question of READINGS.md, {@code {"reports": [{"id", "description", "narrative", "asOf"}]}},
 * and prints the same document with {@code readings} filled in for each report: the prediction shape
 * {@code score-readings} reads. Never starts Spring.
 */
@Command(name = "readings", mixinStandardHelpOptions = true,
		description = "Propose the readings of progress narratives given as JSON (FILE or standard input).")
class ReadingsCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	JsonInput input;

	@Override
	public Integer call() throws IOException {
		JsonMapper json = Json.forCommandLine();
		JsonNode root = input.read(json);
		ArrayNode reports = input.items(root, "reports");
		var extractor = new ReadingExtractor();
		for (int i = 0; i < reports.size(); i++) {
			JsonNode report = reports.get(i);
			String where = input.source() + ": reports[" + i + "]"
					+ (report.path("id").isValueNode() ? " (id " + report.get("id").asString() + ")" : "");
			if (!report.isObject()) {
				throw new UserInputException(where + " is not an object");
			}
			String description = text(report, "description", where);
			String narrative = text(report, "narrative", where);
			LocalDate asOf = date(report, where);
			ArrayNode readings = json.createArrayNode();
			for (ProposedReading reading : extractor.propose(description, narrative, asOf)) {
				readings.add(json.valueToTree(reading.toContractMap()));
			}
			((ObjectNode) report).set("readings", readings);
		}
		spec.commandLine().getOut().println(json.writeValueAsString(root));
		return 0;
	}

	private static String text(JsonNode report, String field, String where) {
		if (!report.path(field).isString()) {
			throw new UserInputException(where + " has no \"" + field + "\" text");
		}
		return report.get(field).asString();
	}

	private static LocalDate date(JsonNode report, String where) {
		String text = text(report, "asOf", where);
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new UserInputException(where + ": \"asOf\" is not a date (YYYY-MM-DD): " + text);
		}
	}

}
