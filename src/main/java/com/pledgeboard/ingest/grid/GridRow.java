package com.pledgeboard.ingest.grid;

import java.util.List;
import java.util.Objects;

/**
 * One row of a table as a reader found it, before any meaning is given to its cells.
 *
 * @param line the 1-based row (spreadsheet, CSV record) or running line number (PDF) that messages
 * and {@code ParsedCommitment.line} carry
 * @param where where the row is, for messages: {@code "sheet 承诺事项, row 5"} or {@code "page 2, line 7"}
 * @param cells the cells' text, left to right, {@code ""} for an empty cell; a cell may hold line breaks
 * @param lettered whether cells are named by spreadsheet letters ({@code C5}); otherwise by the
 * column's header
 */
public record GridRow(int line, String where, List<String> cells, boolean lettered) {

	public GridRow {
		Objects.requireNonNull(where, "where");
		cells = List.copyOf(cells);
	}

	public String cell(int column) {
		return column >= 0 && column < cells.size() ? cells.get(column) : "";
	}

	/** A cell's name for a message: {@code cell C5} or {@code column 具体描述}. */
	public String cellName(int column, String header) {
		return lettered ? "cell " + columnLetters(column) + line : "column " + header;
	}

	/** Spreadsheet column letters of a 0-based column: 0 → A, 26 → AA. */
	public static String columnLetters(int column) {
		StringBuilder letters = new StringBuilder();
		for (int c = column + 1; c > 0; c = (c - 1) / 26) {
			letters.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return letters.toString();
	}

	/** The 0-based column of spreadsheet letters at the start of a cell reference such as {@code C5}, or -1. */
	public static int columnOf(String reference) {
		int column = 0;
		int i = 0;
		while (i < reference.length() && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z') {
			column = column * 26 + reference.charAt(i) - 'A' + 1;
			if (column > 16384) {
				return -1;
			}
			i++;
		}
		return i == 0 ? -1 : column - 1;
	}

	boolean isBlank() {
		for (String cell : cells) {
			if (!cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

}
