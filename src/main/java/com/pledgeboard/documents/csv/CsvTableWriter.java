package com.pledgeboard.documents.csv;

import java.util.ArrayList;
import java.util.List;

import com.pledgeboard.documents.CsvDownload;
import com.pledgeboard.documents.ExportTable;
import com.pledgeboard.ingest.grid.Column;

/**
 * Writes a table as CSV, one row per commitment, through {@link CsvDownload#writeAsIs} (UTF-8 with a
 * byte order mark, no cell defused), so that the CSV reader of {@code ingest} reads it back to the same
 * table.
 */
public final class CsvTableWriter {

	public byte[] write(ExportTable table) {
		List<String> headings = new ArrayList<>(List.of(Column.CATEGORY.heading(), Column.DEPARTMENT.heading(),
				Column.NO.heading(), Column.TITLE.heading(), Column.DESCRIPTION.heading(),
				Column.SELF_COEFFICIENT.heading(), Column.ASSESSED_COEFFICIENT.heading(), "目标"));
		headings.addAll(table.extraHeadings());
		headings.addAll(table.departmentHeadings());
		List<List<Object>> rows = new ArrayList<>();
		for (ExportTable.Department d : table.departments()) {
			for (ExportTable.Item item : d.commitments()) {
				List<Object> row = new ArrayList<>(List.of(d.category() == null ? "" : d.category(), d.nameInText(),
						String.valueOf(item.no()), item.title(), item.description()));
				row.add(d.selfCoefficient());
				row.add(d.assessedCoefficient());
				row.add(String.join("；", item.targets()));
				row.addAll(item.extra());
				for (int e = 0; e < table.departmentHeadings().size(); e++) {
					row.add(d.extra(e));
				}
				rows.add(row);
			}
		}
		return CsvDownload.writeAsIs(headings, rows);
	}

}
