package com.pledgeboard.ingest;

/**
 * Told as a reader gets on, so that a long import can show progress. Called from the reading thread;
 * an implementation that throws stops the read (that is how a caller cancels).
 */
@FunctionalInterface
public interface ReadProgress {

	ReadProgress NONE = rows -> {
	};

	/** {@code rows} table rows (or PDF lines) have been read so far. */
	void rowsRead(int rows);

}
