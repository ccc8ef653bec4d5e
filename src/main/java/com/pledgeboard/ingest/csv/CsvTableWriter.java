package com.pledgeboard.ingest.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.pledgeboard.ingest.ExportTable;
import com.pledgeboard.ingest.grid.Column;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a table as CSV, one row per commitment, in UTF-8 with a byte order mark: without it, Excel
 * on a Chinese Windows opens UTF-8 as GBK and shows mojibake. {@link CsvTableReader} reads it back.
 */
public final class CsvTableWriter {

	public byte[] write(ExportTable table) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(0xEF);
		bytes.write(0xBB);
		bytes.write(0xBF);
		List<String> headings = new ArrayList<>(List.of(Column.CATEGORY.heading(), Column.DEPARTMENT.heading(),
				Column.NO.heading(), Column.TITLE.heading(), Column.DESCRIPTION.heading(),
				Column.SELF_COEFFICIENT.heading(), Column.ASSESSED_COEFFICIENT.heading(), "目标"));
		headings.addAll(table.extraHeadings());
		headings.addAll(table.departmentHeadings());
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
			csv.printRecord(headings);
			for (ExportTable.Department d : table.departments()) {
				for (ExportTable.Item item : d.commitments()) {
					List<String> row = new ArrayList<>(List.of(nullToEmpty(d.category()), d.nameInText(),
							String.valueOf(item.no()), item.title(), item.description(), plain(d.selfCoefficient()),
							plain(d.assessedCoefficient()), String.join("；", item.targets())));
					row.addAll(item.extra());
					for (int e = 0; e < table.departmentHeadings().size(); e++) {
						row.add(d.extra(e));
					}
					csv.printRecord(row);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write CSV", ex);
		}
		return bytes.toByteArray();
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
