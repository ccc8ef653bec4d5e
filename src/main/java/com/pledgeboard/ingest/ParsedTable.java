package com.pledgeboard.ingest;

import java.util.List;

/**
 * A commitment table as read from a document, before any name is resolved against the
 * department catalogue: departments in the order printed, and what the reader found doubtful
 * but not wrong enough to refuse.
 *
 * @param cells where cells came from on the pages, where the reader knows it (PDF and scans)
 * @param pages a scan's page images as PNG, in order, each with its pixels per page unit; empty for
 * a document whose text was read rather than recognised
 */
public record ParsedTable(List<ParsedDepartment> departments, List<ImportWarning> warnings, List<SourceCell> cells,
		List<PageImage> pages) {

	public ParsedTable {
		departments = List.copyOf(departments);
		warnings = List.copyOf(warnings);
		cells = List.copyOf(cells);
		pages = List.copyOf(pages);
	}

	public ParsedTable(List<ParsedDepartment> departments, List<ImportWarning> warnings) {
		this(departments, warnings, List.of(), List.of());
	}

	/** A scanned page as PNG, and how many of its pixels make one unit of {@link SourceCell}'s boxes. */
	public record PageImage(byte[] png, float pixelsPerUnit) {
	}

	/** Whether the table was read by OCR, from images: then a person must look at it before it is committed. */
	public boolean recognised() {
		return !pages.isEmpty();
	}

	/** Total number of commitments over all departments. */
	public int commitmentCount() {
		int count = 0;
		for (ParsedDepartment department : departments) {
			count += department.commitments().size();
		}
		return count;
	}

	@Override
	public String toString() {
		return "ParsedTable[" + departments.size() + " departments, " + commitmentCount() + " commitments, "
				+ warnings.size() + " warnings]";
	}

}
