package com.pledgeboard.catalogue;

import java.util.List;

/**
 * A commitment (承诺事项): its number within the department's entry, title, description (具体描述)
 * and the targets stated in it, in the order of the text.
 */
public record Commitment(long id, int no, String title, String description, List<Target> targets) {

	public Commitment {
		targets = List.copyOf(targets);
	}

}
