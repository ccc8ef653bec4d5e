package com.pledgeboard.ingest;

import java.util.List;

import com.pledgeboard.catalogue.TableDocument;

/**
 * What an import would store, before anything is written: the table as resolved against the
 * directory and every doubt found on the way, and the format the content was read as. {@code unresolved} lists printed names that matched no
 * department, or several.
 */
public record ImportPreview(String sourceName, DocumentFormat format, String regionCode, int year, TableDocument table,
		List<ImportWarning> warnings, List<String> unresolved) {

	public ImportPreview {
		warnings = List.copyOf(warnings);
		unresolved = List.copyOf(unresolved);
	}

	public int commitmentCount() {
		return table.departments().stream().mapToInt(d -> d.commitments().size()).sum();
	}

}
