package com.pledgeboard.ingest;

import java.util.Set;

/**
 * Where one cell of a table read from a page came from, for the review: the page and the box on it
 * (in the page's units: points of a PDF page, which a scanned page's image maps to pixels), and why
 * the reviewer should look at it.
 *
 * @param department the department's index in the table
 * @param commitmentNo the commitment's number, or 0 for the department's own cells (name, coefficients)
 * @param confidence for text read by OCR, the mean confidence of its characters (0–100); else -1
 */
public record SourceCell(int department, int commitmentNo, Field field, int page, float left, float top, float right, float bottom,
		int confidence, Set<Doubt> doubts) {

	public SourceCell {
		doubts = doubts == null ? Set.of() : Set.copyOf(doubts);
	}

	/** The cell's column. */
	public enum Field {

		DEPARTMENT, TITLE, DESCRIPTION, SELF_COEFFICIENT, ASSESSED_COEFFICIENT

	}

	/** Why a cell is doubtful. */
	public enum Doubt {

		/** Read by OCR with a confidence below {@link SourceCell#LOW_CONFIDENCE}. */
		LOW_CONFIDENCE,
		/** Part of a row the page break split, joined again by the layout engine. */
		JOINED_OVER_PAGE_BREAK,
		/** Text that no row's span held, given to the nearest row. */
		ASSIGNED_BY_DISTANCE

	}

	/** Below this mean confidence an OCR cell is flagged. */
	public static final int LOW_CONFIDENCE = 90;

	public boolean recognised() {
		return confidence >= 0;
	}

}
