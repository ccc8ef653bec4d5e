package com.pledgeboard.ingest.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.TableFormatException;
import com.pledgeboard.ingest.grid.Column;
import com.pledgeboard.ingest.grid.GridRow;
import com.pledgeboard.ingest.grid.GridTableBuilder;
import com.pledgeboard.ingest.grid.ReadLimits;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.ingest.text.TextDecoder;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a commitment table from CSV: one row per commitment under a header row with the same column
 * names as the spreadsheet (部门, 承诺事项, 具体描述 …). The bytes are decoded by {@link TextDecoder}
 * (UTF-8 with or without byte order mark, or GB18030 as older office software writes it); the
 * delimiter is the one that cuts the header row into the column names (comma, tab or semicolon).
 * Quoted cells may hold line breaks and the delimiter.
 */
public final class CsvTableReader {

	private static final int HEADER_SEARCH_LINES = 20;

	private static final char[] DELIMITERS = { ',', '\t', ';' };

	private final ReadLimits limits;

	public CsvTableReader(ReadLimits limits) {
		this.limits = limits;
	}

	public ParsedTable read(byte[] content, String sourceName, ReadProgress progress) {
		return readText(TextDecoder.decode(content, sourceName), sourceName, progress);
	}

	/** Reads decoded text; the caller has decided it is CSV. */
	public ParsedTable readText(String text, String sourceName, ReadProgress progress) {
		GridTableBuilder builder = new GridTableBuilder(sourceName, limits, progress);
		char delimiter = headerDelimiter(text);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter != 0 ? delimiter : ',').get();
		long line = 1;
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>(record.size());
				record.forEach(cells::add);
				int row = (int) Math.min(Integer.MAX_VALUE, record.getRecordNumber());
				builder.row(new GridRow(row, "row " + row + " (line " + line + ")", cells, true));
				line = parser.getCurrentLineNumber() + 1;
			}
		}
		catch (UncheckedIOException | IOException | IllegalStateException ex) {
			// The parser's words are about itself; the line where the record it could not read begins is ours.
			throw TableFormatException.unreadable(sourceName, "CSV", TableFormatException.why("csv", line));
		}
		return builder.finish();
	}

	/**
	 * Whether decoded text is CSV rather than seed-format text: one of its first lines, cut at a comma,
	 * tab or semicolon, names the columns 部门, 承诺事项 and 具体描述. Seed-format text has no such line.
	 */
	public static boolean looksLikeCsv(String text) {
		return headerDelimiter(text) != 0;
	}

	private static char headerDelimiter(String text) {
		String[] lines = text.lines().limit(HEADER_SEARCH_LINES).toArray(String[]::new);
		for (String line : lines) {
			for (char delimiter : DELIMITERS) {
				if (line.indexOf(delimiter) < 0) {
					continue;
				}
				List<Column> named = new ArrayList<>();
				for (String cell : line.split(Pattern.quote(String.valueOf(delimiter)))) {
					Column column = Column.named(cell.replace("\"", ""));
					if (column != null) {
						named.add(column);
					}
				}
				if (named.containsAll(List.of(Column.DEPARTMENT, Column.TITLE, Column.DESCRIPTION))) {
					return delimiter;
				}
			}
		}
		return 0;
	}

}
