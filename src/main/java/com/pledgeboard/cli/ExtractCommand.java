package com.pledgeboard.cli;

import java.io.IOException;
import java.time.Year;
import java.util.concurrent.Callable;

import com.pledgeboard.Json;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.TargetExtractor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads {@code {"commitments": [{"department", "no", "description"}]}} and prints the same document with
 * {@code targets} filled in for each commitment: the prediction shape {@code score-targets} reads.
 * Never starts Spring.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
		description = "Extract the targets of commitment descriptions given as JSON (FILE or standard input).")
class ExtractCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	JsonInput input;

	@Option(names = "--year", description = "plan year for dates (default: the document's planYear, else the current year)")
	Integer year;

	@Override
	public Integer call() throws IOException {
		JsonMapper json = Json.forCommandLine();
		JsonNode root = input.read(json);
		ArrayNode commitments = input.items(root, "commitments");
		int planYear = year != null ? year : root.path("planYear").asInt(Year.now().getValue());
		var extractor = new TargetExtractor();
		for (int i = 0; i < commitments.size(); i++) {
			JsonNode item = commitments.get(i);
			if (!item.isObject() || !item.path("description").isString()) {
				throw new UserInputException(input.source() + ": commitments[" + i + "] has no \"description\" text");
			}
			ArrayNode targets = json.createArrayNode();
			for (ExtractedTarget target : extractor.extract(item.get("description").asString(), planYear)) {
				targets.add(json.valueToTree(target.toContractMap()));
			}
			((ObjectNode) item).set("targets", targets);
		}
		spec.commandLine().getOut().println(json.writeValueAsString(root));
		return 0;
	}

}
