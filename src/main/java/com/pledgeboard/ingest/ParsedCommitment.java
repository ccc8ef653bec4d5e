package com.pledgeboard.ingest;

import java.util.Objects;

/**
 * One commitment (承诺事项) as printed.
 *
 * @param no the number printed before the title; numbering restarts at 1 for each department
 * @param title the title, wrapped lines joined
 * @param description the specific description (具体描述), wrapped lines joined
 * @param line the 1-based line where the title starts
 */
public record ParsedCommitment(int no, String title, String description, int line) {

	public ParsedCommitment {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(description, "description");
	}

}
