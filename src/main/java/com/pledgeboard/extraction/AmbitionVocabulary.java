package com.pledgeboard.extraction;

import java.util.Map;
import java.util.Set;

/**
 * The words the checks of ambition ({@link AmbitionCheck}) read a description with, beside the target
 * {@link Vocabulary}: the verbs and adverbs of effort that name no end (推进, 加强, 提升, 完善, 深化 …), the
 * words of a result that a reviewer can hold the department to (建成, 获评, 出台, 首个 …), and the frame that
 * makes a number the basis of a promise rather than the promise (在…的基础上). Kept as data so that another
 * city's phrasing is added here, not in the rules.
 * <p>
 * Immutable; {@link #defaults()} is the phrasing of municipal commitment tables, and {@link #toBuilder()}
 * extends it: {@code AmbitionVocabulary.defaults().toBuilder().add(Role.VAGUE, "赋能").build()}.
 */
public final class AmbitionVocabulary extends RoleVocabulary<AmbitionVocabulary.Role, AmbitionVocabulary> {

	/** What a word tells about a promise. */
	public enum Role {

		/**
		 * Effort without an end: verbs of pushing, strengthening, raising, perfecting and doing well (推进,
		 * 加强, 提升, 完善, 做好) and adverbs of effort (积极, 持续, 进一步). A promise made only of these asks
		 * for nothing that can be found done or not done.
		 */
		VAGUE,
		/**
		 * A result that is either there at the end of the year or not (建成, 获评, 出台, 举办, 全覆盖, 首个):
		 * without a number it is a milestone for a reviewer to judge, not effort alone.
		 */
		RESULT,
		/** Opening the basis of a promise, before its number (在 in 在去年完成120万的基础上). */
		BASIS_OPEN,
		/** Closing the basis of a promise, after its number (的基础上, 为基础). */
		BASIS_CLOSE

	}

	private AmbitionVocabulary(Map<Role, Set<String>> words) {
		super(Role.class, words, AmbitionVocabulary::new);
	}

	/** The phrasing of Chinese municipal commitment tables. */
	public static AmbitionVocabulary defaults() {
		return DefaultAmbitionVocabulary.INSTANCE;
	}

	public static Builder<Role, AmbitionVocabulary> builder() {
		return new Builder<>(Role.class, AmbitionVocabulary::new);
	}

}
