package com.pledgeboard.ingest.grid;

/**
 * How much of a document a reader accepts: bytes of the file and rows of its tables. A document over
 * either limit is refused whole, so that an upload cannot make a node run out of memory or time.
 *
 * @param maxBytes the largest file accepted
 * @param maxRows the most non-empty rows accepted, over all sheets or pages
 */
public record ReadLimits(long maxBytes, int maxRows) {

	/** The defaults of {@code pledgeboard.import.max-bytes} and {@code pledgeboard.import.max-rows}. */
	public static final ReadLimits DEFAULT = new ReadLimits(20L * 1024 * 1024, 100_000);

	public ReadLimits {
		if (maxBytes <= 0 || maxRows <= 0) {
			throw new IllegalArgumentException("limits must be positive");
		}
	}

}
