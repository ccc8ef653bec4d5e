package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;
import java.util.List;

import com.pledgeboard.evaluation.PublicTally;
import com.pledgeboard.scoring.Reading;

/**
 * Everything the engine needs of one department's year: its commitments with their targets and final
 * readings, its assessed coefficient ({@code null} counts as 1), the public tally and the leadership
 * ratings (1–5; 不了解 already left out).
 */
public record DepartmentInput(long entryId, String name, String category, int position, BigDecimal coefficient,
		List<CommitmentInput> commitments, PublicTally publicTally, List<Integer> leadershipRatings) {

	public DepartmentInput {
		commitments = List.copyOf(commitments);
		publicTally = publicTally == null ? PublicTally.NONE : publicTally;
		leadershipRatings = leadershipRatings == null ? List.of() : List.copyOf(leadershipRatings);
	}

	/**
	 * A commitment: its measurable targets (baselines already left out), or, where it states none, the
	 * reviewer's conclusion.
	 */
	public record CommitmentInput(long id, int no, String title, List<TargetInput> targets, Reading judgement) {

		public CommitmentInput {
			targets = List.copyOf(targets);
		}

	}

	/** A target and its final reading, {@code null} where none was reported. */
	public record TargetInput(TargetSpec spec, Reading reading) {
	}

}
