package com.pledgeboard.ingest.resolve;

import java.util.List;
import java.util.Objects;

/**
 * What a printed department name resolved to.
 *
 * @param status how it was found, or why not
 * @param canonicalName the catalogue's name; {@code null} unless {@link #resolved()}
 * @param candidates the catalogue names that matched: one when resolved, several when ambiguous,
 * none when unknown
 */
public record Resolution(Status status, String canonicalName, List<String> candidates) {

	public Resolution {
		Objects.requireNonNull(status, "status");
		candidates = List.copyOf(candidates);
		if (status.resolved() != (canonicalName != null)) {
			throw new IllegalArgumentException("a canonical name is given exactly when the status is a resolved one: " + status);
		}
	}

	/** Whether a single catalogue department was found. */
	public boolean resolved() {
		return status.resolved();
	}

	/** How a printed name was matched, in the order the rules are tried. */
	public enum Status {

		/** The printed name is a canonical name (whitespace aside). */
		EXACT,

		/** The printed name is an alias of one department. */
		ALIAS,

		/** The printed name is the start or end of one department's name (市 and whitespace aside). */
		FRAGMENT,

		/** The printed name fits several departments: never guessed. */
		AMBIGUOUS,

		/** The printed name fits no department. */
		UNKNOWN;

		public boolean resolved() {
			return this == EXACT || this == ALIAS || this == FRAGMENT;
		}

	}

}
