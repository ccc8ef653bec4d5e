package com.pledgeboard.extraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One thing {@link AmbitionCheck} finds in a commitment, with what it found it by.
 *
 * @param kind what is wrong
 * @param target the target concerned; {@code null} for the whole commitment
 * @param compared what the target falls short of: last year's reading, the baseline of the text, the
 * committed value (for a stretch) or the aim (for a floor); {@code null} for the whole commitment
 * @param year the earlier plan year of {@code compared}, for {@link Kind#BELOW_EARLIER_YEAR}
 * @param words the words of the description the finding rests on: the words of effort of
 * {@link Kind#VAGUE_ONLY}, the results of {@link Kind#NO_MEASURABLE_TARGET}, the baseline's text of
 * {@link Kind#BELOW_BASELINE}, the earlier target's text of {@link Kind#BELOW_EARLIER_YEAR}
 */
public record AmbitionFinding(Kind kind, ExtractedTarget target, BigDecimal compared, Integer year, List<String> words) {

	public AmbitionFinding {
		Objects.requireNonNull(kind, "kind");
		words = List.copyOf(words);
	}

	/** What a finding says; each has its reason in the message bundles. */
	public enum Kind {

		/** No number, share, change, place or date; at most results a reviewer must judge (获评, 建成). */
		NO_MEASURABLE_TARGET,
		/** No number and no date, and nothing but words of effort (推进, 加强, 提升). */
		VAGUE_ONLY,
		/** Asks for less than the department reached in an earlier plan year on the same metric. */
		BELOW_EARLIER_YEAR,
		/** Asks for less than the baseline the description itself states (在去年120万的基础上…100万). */
		BELOW_BASELINE,
		/** The higher aim (力争) is lower than the committed value. */
		STRETCH_BELOW_VALUE,
		/** The place to be held (保3) is better than the place aimed for (争5). */
		FLOOR_BELOW_AIM;

		/** Whether the commitment as a whole has nothing measurable. */
		public boolean unmeasurable() {
			return this == NO_MEASURABLE_TARGET || this == VAGUE_ONLY;
		}

	}

}
