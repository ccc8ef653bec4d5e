package com.pledgeboard.difficulty;

import java.time.OffsetDateTime;

import com.pledgeboard.difficulty.rules.Bounds;

/**
 * A plan year's difficulty settings: the bounds of every coefficient, what is rated, and when the
 * office closed the rating ({@code null} while it is open).
 */
public record DifficultySettings(long planYearId, Bounds bounds, RatingLevel level, OffsetDateTime closedAt) {

	static DifficultySettings defaults(long planYearId) {
		return new DifficultySettings(planYearId, Bounds.DEFAULT, RatingLevel.DEPARTMENT, null);
	}

	/** Once closed, the assessed coefficients are fixed and nothing of the difficulty changes any more. */
	public boolean closed() {
		return closedAt != null;
	}

}
