package com.pledgeboard.progress;

import java.util.List;

import com.pledgeboard.progress.rules.Verdict;

/**
 * A commitment as approved reports show it: its light and why, and each promise target's progress.
 *
 * @param narrative the narrative of the latest approved report, or {@code null}
 */
public record CommitmentProgress(long commitmentId, Verdict light, List<TargetProgress> targets, String narrative,
		Integer latestPeriod) {

	public CommitmentProgress {
		targets = List.copyOf(targets);
	}

}
