package com.pledgeboard.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The mean of committee ratings as DESIGN.md fixes it for difficulty and leadership alike: with
 * {@value #TRIM_FROM} or more ratings one highest and one lowest are dropped first, so that a single
 * extreme rater cannot move the result much; with fewer, the plain mean. Rounded to four places
 * HALF_UP. Plain Java. The difficulty module counts the same ratings with {@link #counted} and rounds
 * their mean to its step instead.
 */
public final class TrimmedMean {

	public static final int TRIM_FROM = 5;

	private TrimmedMean() {
	}

	/** The ratings that count, in ascending order: all of them, or all but one lowest and one highest. */
	public static List<BigDecimal> counted(Collection<BigDecimal> ratings) {
		List<BigDecimal> sorted = new ArrayList<>(ratings);
		sorted.sort(null);
		return sorted.size() >= TRIM_FROM ? sorted.subList(1, sorted.size() - 1) : sorted;
	}

	/** The mean, or empty when there is no rating at all. */
	public static Optional<BigDecimal> of(Collection<BigDecimal> ratings) {
		List<BigDecimal> counted = counted(ratings);
		if (counted.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return Optional.of(sum.divide(BigDecimal.valueOf(counted.size()), 4, RoundingMode.HALF_UP));
	}

}
