package com.pledgeboard.progress.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A target's reading in the latest approved report.
 *
 * @param actual the value or place; {@code null} for a deadline
 * @param doneOn deadlines only: when it was done, or {@code null} while it is not
 * @param period the period of the report
 */
public record Observation(BigDecimal actual, LocalDate doneOn, Period period) {
}
