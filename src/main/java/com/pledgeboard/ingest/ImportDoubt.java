package com.pledgeboard.ingest;

import java.util.List;

/**
 * Something the reviewer should look at before committing a draft, next to the department (by index)
 * and commitment (by number, or 0) it concerns. {@code arguments} fill the message {@code import.doubt.KIND}.
 * {@code cell} is the index of the draft's {@link SourceCell} the doubt is about, or -1.
 */
public record ImportDoubt(int department, int commitmentNo, Kind kind, List<String> arguments, int cell) {

	public ImportDoubt {
		arguments = List.copyOf(arguments);
	}

	public ImportDoubt(int department, int commitmentNo, Kind kind, List<String> arguments) {
		this(department, commitmentNo, kind, arguments, -1);
	}

	public enum Kind {

		UNKNOWN_DEPARTMENT, AMBIGUOUS_DEPARTMENT, NUMBERING_GAP, COEFFICIENT_OUT_OF_BOUNDS, YEAR_EXISTS,
		NO_CATEGORY, DUPLICATE_DEPARTMENT,
		/** The whole draft was read by OCR (department -1). */
		RECOGNISED,
		/** A cell read by OCR with low confidence; {@code cell} says which. */
		LOW_CONFIDENCE,
		/** A cell of a row the page break split, joined again by the layout engine. */
		JOINED_OVER_PAGE_BREAK,
		/** A cell with a line that no row's span held, given to the nearest row. */
		ASSIGNED_BY_DISTANCE

	}

}
