package com.pledgeboard.difficulty;

/**
 * One thing the committee rates: a department's entry, or a commitment of it at the commitment level.
 * {@code id} is the entry's or the commitment's id according to {@code kind}.
 */
record Subject(Kind kind, long id, long entryId, String label) {

	enum Kind {
		ENTRY, COMMITMENT
	}

	Key key() {
		return new Key(kind, id);
	}

	record Key(Kind kind, long id) {
	}

}
