package com.pledgeboard.ingest;

import java.util.Objects;

/**
 * Something an import found doubtful but could still read; shown in the preview next to the row it
 * concerns.
 *
 * @param location where in the source, for example {@code "line 218"}
 * @param message what is doubtful, in readable English with the printed Chinese where it helps
 */
public record ImportWarning(String location, String message) {

	public ImportWarning {
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(message, "message");
	}

	/** A warning located at a 1-based line of the source. */
	public static ImportWarning atLine(int line, String message) {
		return new ImportWarning("line " + line, message);
	}

	@Override
	public String toString() {
		return location + ": " + message;
	}

}
