package com.pledgeboard.cli;

import java.io.IOException;
import java.nio.file.Path;

import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The JSON document a command fills in, given as FILE or on standard input: read and checked the same
 * way by {@code extract} and {@code readings}, malformed JSON named with its line and column.
 */
final class JsonInput {

	@Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "JSON input (default: standard input)")
	Path file;

	/** Where the document came from, as messages name it. */
	String source() {
		return file != null ? file.toString() : "standard input";
	}

	/**
	 * The array named {@code items} of the document's root object, whose elements the command fills in
	 * place before writing the root again.
	 * @throws UserInputException when the document is no JSON or no object with that array
	 */
	ArrayNode items(JsonNode root, String items) {
		if (root == null || !root.isObject() || !root.path(items).isArray()) {
			throw new UserInputException(source() + ": expected an object with a \"" + items + "\" array");
		}
		return (ArrayNode) root.get(items);
	}

	/** The document's root. */
	JsonNode read(JsonMapper json) throws IOException {
		byte[] content = file != null ? ImportCommand.read(file) : System.in.readAllBytes();
		try {
			return json.readTree(content);
		}
		catch (JacksonException ex) {
			var at = ex.getLocation();
			throw new UserInputException(source() + ": not valid JSON: " + ex.getOriginalMessage()
					+ (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
		}
	}

}
