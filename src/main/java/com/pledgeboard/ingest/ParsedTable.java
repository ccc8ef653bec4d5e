package com.pledgeboard.ingest;

import java.util.List;

/**
 * A commitment table as read from a document, before any name is resolved against the
 * department catalogue: departments in the order printed, and what the reader found doubtful
 * but not wrong enough to refuse.
 */
public record ParsedTable(List<ParsedDepartment> departments, List<ImportWarning> warnings) {

	public ParsedTable {
		departments = List.copyOf(departments);
		warnings = List.copyOf(warnings);
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
