package com.pledgeboard.ingest;

/**
 * A document that cannot be read as a commitment table: empty, binary, undecodable, or a table
 * whose parts do not add up. The message names the source and, where there is one, the line, so
 * that the person importing can find the spot; nothing of such a document is imported.
 */
public class TableFormatException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String sourceName;

	private final int line;

	/**
	 * @param sourceName the file or upload name the text came from
	 * @param line the 1-based line concerned, or 0 when the problem is not at one line
	 * @param detail what is wrong, without the source name
	 */
	public TableFormatException(String sourceName, int line, String detail) {
		super(format(sourceName, line, detail));
		this.sourceName = sourceName;
		this.line = line;
	}

	private static String format(String sourceName, int line, String detail) {
		return line > 0 ? sourceName + ", line " + line + ": " + detail : sourceName + ": " + detail;
	}

	public String getSourceName() {
		return sourceName;
	}

	/** The 1-based line concerned, or 0 when the problem is not at one line. */
	public int getLine() {
		return line;
	}

}
