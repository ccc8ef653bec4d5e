package com.pledgeboard.difficulty;

/**
 * What the public department page tells of how a department's assessed coefficient came about.
 *
 * @param raterCount how many committee members rated the department (or any of its commitments)
 * @param overridden whether the assessment office overrode the committee's aggregate
 * @param overrideReason the office's reason, or {@code null}
 * @param imported whether the coefficients came with the imported table and are kept as imported
 */
public record PublicDifficulty(int raterCount, boolean overridden, String overrideReason, boolean imported) {
}
