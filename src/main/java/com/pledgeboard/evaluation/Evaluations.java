package com.pledgeboard.evaluation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation module's read API: what scoring needs of the public and leadership evaluations of a
 * plan year, and the comments the portal may show.
 */
@Service
public class Evaluations {

	private final EvaluationStore store;

	Evaluations(EvaluationStore store) {
		this.store = store;
	}

	/** The public tally of each department entry that has been rated at all, by entry id. */
	@Transactional(readOnly = true)
	public Map<Long, PublicTally> publicTallies(long planYearId) {
		Map<Long, int[]> counts = store.choiceCounts(planYearId);
		Map<Long, PublicTally> tallies = new HashMap<>();
		counts.forEach((entry, c) -> tallies.put(entry, new PublicTally(c[0], c[1], c[2])));
		return tallies;
	}

	/** The leadership ratings (1–5) of each department entry, 不了解 left out, by entry id. */
	@Transactional(readOnly = true)
	public Map<Long, List<Integer>> leadershipRatings(long planYearId) {
		return store.leadershipScores(planYearId);
	}

	/** Comments an administrator approved for a department entry, oldest first, as plain text. */
	@Transactional(readOnly = true)
	public List<PublicComment> approvedComments(long entryId) {
		return store.approvedComments(entryId);
	}

	/** A comment as the portal shows it: the answer, the text and when. */
	public record PublicComment(Choice choice, String text, Instant at) {
	}

}
