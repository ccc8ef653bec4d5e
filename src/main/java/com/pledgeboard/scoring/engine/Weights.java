package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The weights of a scheme: of the three parts in the total, and of single commitments within their
 * department and targets within their commitment where they differ from the default of 1.
 */
public record Weights(BigDecimal commitmentPart, BigDecimal publicPart, BigDecimal leadershipPart,
		Map<Long, BigDecimal> commitments, Map<Long, BigDecimal> targets) {

	public Weights {
		commitments = commitments == null ? Map.of() : Map.copyOf(commitments);
		targets = targets == null ? Map.of() : Map.copyOf(targets);
	}

	BigDecimal commitment(long id) {
		return commitments.getOrDefault(id, BigDecimal.ONE);
	}

	BigDecimal target(long id) {
		return targets.getOrDefault(id, BigDecimal.ONE);
	}

}
