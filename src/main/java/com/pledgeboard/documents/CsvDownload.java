package com.pledgeboard.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table for people to open in a spreadsheet, as CSV: UTF-8 with a byte order mark (without it, Excel
 * on a Chinese Windows reads UTF-8 as GBK), CRLF line ends, commons-csv's quoting, and text that a
 * spreadsheet would take for a formula (=, +, -, @, a tab or a carriage return first) defused with a
 * leading apostrophe. Numbers are written plainly (30000000, not 3E+7) and are never defused, so that
 * a negative reading stays a number. {@code null} is an empty cell.
 *
 * <p>{@link #writeAsIs} is the same file for programs rather than people (open data, and the exports
 * that the importers read back): no cell is defused, so that a text such as {@code -5%} reads back as
 * it was.
 */
public final class CsvDownload {

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

	private CsvDownload() {
	}

	/** The CSV bytes of a heading row and the rows under it, for people. */
	public static byte[] write(List<String> headings, Iterable<? extends List<?>> rows) {
		return write(headings, rows, CsvDownload::cell);
	}

	/** The CSV bytes of a heading row and the rows under it, every text cell as it is: for programs. */
	public static byte[] writeAsIs(List<String> headings, Iterable<? extends List<?>> rows) {
		return write(headings, rows, CsvDownload::plain);
	}

	private static byte[] write(List<String> headings, Iterable<? extends List<?>> rows,
			Function<Object, String> cell) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(0xEF);
		bytes.write(0xBB);
		bytes.write(0xBF);
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, FORMAT)) {
			csv.printRecord(headings.stream().map(cell).toList());
			for (List<?> row : rows) {
				List<String> cells = new ArrayList<>(row.size());
				row.forEach(value -> cells.add(cell.apply(value)));
				csv.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write CSV", ex);
		}
		return bytes.toByteArray();
	}

	/** The CSV as an attachment of that file name (UTF-8 names are encoded as RFC 6266 asks). */
	public static ResponseEntity<byte[]> attachment(String fileName, byte[] csv) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(csv);
	}

	static String cell(Object value) {
		String text = plain(value);
		return !(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text
				: text;
	}

	static String plain(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}

}
