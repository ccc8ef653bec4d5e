package com.pledgeboard.ingest;

import java.util.List;

/**
 * Something the reviewer should look at before committing a draft, next to the department (by index)
 * and commitment (by number, or 0) it concerns. {@code arguments} fill the message {@code import.doubt.KIND}.
 */
public record ImportDoubt(int department, int commitmentNo, Kind kind, List<String> arguments) {

	public ImportDoubt {
		arguments = List.copyOf(arguments);
	}

	public enum Kind {

		UNKNOWN_DEPARTMENT, AMBIGUOUS_DEPARTMENT, NUMBERING_GAP, COEFFICIENT_OUT_OF_BOUNDS, YEAR_EXISTS,
		NO_CATEGORY, DUPLICATE_DEPARTMENT

	}

}
