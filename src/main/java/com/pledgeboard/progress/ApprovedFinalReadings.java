package com.pledgeboard.progress;

import java.util.Map;

import com.pledgeboard.scoring.FinalReadings;
import com.pledgeboard.scoring.Reading;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readings a year ends with, from progress reporting: for each target, its reading in the latest
 * approved report of its commitment (the last period, its last approved version), with that period.
 * Only approved reports count, as everywhere in progress.
 */
@Component
@Order(100)
class ApprovedFinalReadings implements FinalReadings {

	private final ProgressStore store;

	ApprovedFinalReadings(ProgressStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Reading> finalReadings(long planYearId) {
		return store.finalReadings(planYearId);
	}

	/** Judgements of milestones are the reviewers' to enter at year end, not progress reports'. */
	@Override
	public Map<Long, Reading> judgements(long planYearId) {
		return Map.of();
	}

}
