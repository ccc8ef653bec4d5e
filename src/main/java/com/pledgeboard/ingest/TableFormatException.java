package com.pledgeboard.ingest;

import com.pledgeboard.i18n.Message;

/**
 * A document that cannot be read as a commitment table: empty, binary, undecodable, or a table
 * whose parts do not add up. The message names the source and, where there is one, the line, so
 * that the person importing can find the spot; nothing of such a document is imported.
 * <p>
 * A file that a parser (PDFBox, POI, the XML or CSV parser) could not read is refused with
 * {@link #unreadable}: in words of the message bundles saying where (the file, a page, a sheet) and
 * what is wrong with the file, never what the parser said, so that no class name and no English parser
 * text reaches the reader. A page shows {@link #reason()} in its reader's language; {@code getMessage()}
 * is then its Chinese text, as for every {@code Refusal}.
 */
public class TableFormatException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String sourceName;

	private final int line;

	/** The refusal in words of the message bundles, or null for a message built in the code. */
	private final Message reason;

	/**
	 * @param sourceName the file or upload name the text came from
	 * @param line the 1-based line concerned, or 0 when the problem is not at one line
	 * @param detail what is wrong, without the source name
	 */
	public TableFormatException(String sourceName, int line, String detail) {
		super(format(sourceName, line, detail));
		this.sourceName = sourceName;
		this.line = line;
		this.reason = null;
	}

	private TableFormatException(String sourceName, Message reason) {
		super(reason.chinese());
		this.sourceName = sourceName;
		this.line = 0;
		this.reason = reason;
	}

	/**
	 * The file cannot be read as {@code format} (PDF, XLSX …) because of {@code why}, one of the
	 * {@code import.reason.*} messages ({@link #why}).
	 */
	public static TableFormatException unreadable(String sourceName, String format, Message why) {
		return new TableFormatException(sourceName, Message.of("import.refused.unreadable", sourceName, format, why));
	}

	/** As {@link #unreadable}, at one page of a PDF. */
	public static TableFormatException unreadablePage(String sourceName, int page, Message why) {
		return new TableFormatException(sourceName, Message.of("import.refused.unreadablePage", sourceName, page, why));
	}

	/** As {@link #unreadable}, within one sheet of a workbook. */
	public static TableFormatException unreadableSheet(String sourceName, String sheet, Message why) {
		return new TableFormatException(sourceName, Message.of("import.refused.unreadableSheet", sourceName, sheet, why));
	}

	/** What is wrong with a file: the message {@code import.reason.<name>}. */
	public static Message why(String name, Object... arguments) {
		return Message.of("import.reason." + name, arguments);
	}

	/** The refusal in words of the message bundles, to show in the reader's language; null for a message built in the code. */
	public Message reason() {
		return reason;
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
