package com.pledgeboard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Year;
import java.util.concurrent.Callable;

import com.pledgeboard.Json;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.TargetExtractor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.core.JacksonException;
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

	@Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "JSON input (default: standard input)")
	Path file;

	@Option(names = "--year", description = "plan year for dates (default: the document's planYear, else the current year)")
	Integer year;

	@Override
	public Integer call() throws IOException {
		String source = file != null ? file.toString() : "standard input";
		byte[] content = file != null ? ImportCommand.read(file) : readStandardInput();
		JsonMapper json = Json.forCommandLine();
		JsonNode root;
		try {
			root = json.readTree(content);
		}
		catch (JacksonException ex) {
			throw new UserInputException(source + ": not valid JSON: " + ex.getOriginalMessage() + location(ex));
		}
		if (root == null || !root.isObject() || !root.path("commitments").isArray()) {
			throw new UserInputException(source + ": expected an object with a \"commitments\" array");
		}
		int planYear = year != null ? year : root.path("planYear").asInt(Year.now().getValue());
		var extractor = new TargetExtractor();
		ArrayNode commitments = (ArrayNode) root.get("commitments");
		for (int i = 0; i < commitments.size(); i++) {
			JsonNode item = commitments.get(i);
			if (!item.isObject() || !item.path("description").isString()) {
				throw new UserInputException(source + ": commitments[" + i + "] has no \"description\" text");
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

	static String location(JacksonException ex) {
		var at = ex.getLocation();
		return at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
	}

	static byte[] readStandardInput() throws IOException {
		InputStream in = System.in;
		return in.readAllBytes();
	}

}
