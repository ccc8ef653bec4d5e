package com.pledgeboard.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import com.pledgeboard.extraction.ExtractedTarget;

/**
 * A whole commitment table to store as a new plan year, as an importer has read and resolved it.
 */
public record NewPlanYearTable(String regionCode, int year, PlanYearState state, List<Entry> entries) {

	public NewPlanYearTable {
		Objects.requireNonNull(regionCode, "regionCode");
		Objects.requireNonNull(state, "state");
		entries = List.copyOf(entries);
	}

	/** {@code departmentId} is null when the printed name could not be resolved. */
	public record Entry(Long departmentId, String nameInText, String category, BigDecimal selfCoefficient,
			BigDecimal assessedCoefficient, List<NewCommitment> commitments) {

		public Entry {
			commitments = List.copyOf(commitments);
		}

	}

	/** {@code targets} are stored as proposed. */
	public record NewCommitment(int no, String title, String description, List<ExtractedTarget> targets) {

		public NewCommitment {
			targets = List.copyOf(targets);
		}

	}

}
