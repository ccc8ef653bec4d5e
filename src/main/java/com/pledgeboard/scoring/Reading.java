package com.pledgeboard.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A final reading of a target, or a reviewer's conclusion on a commitment, as scoring uses it.
 * Which field counts depends on the target: {@code value} for quantity, percent, change (signed: a
 * fall is negative) and rank (the place reached); {@code doneDate} for deadlines ({@code null}: not
 * done); {@code grade} (完成 / 基本完成 / 未完成) where a reviewer judges instead of measuring.
 * {@code source} says where it comes from, for the explanation; {@code null} where nobody said.
 */
public record Reading(BigDecimal value, LocalDate doneDate, String grade, Source source) {

	public static final String DONE = "完成";

	public static final String MOSTLY_DONE = "基本完成";

	public static final String NOT_DONE = "未完成";

	public Reading(BigDecimal value, LocalDate doneDate, String grade) {
		this(value, doneDate, grade, null);
	}

	public static Reading of(BigDecimal value) {
		return new Reading(value, null, null);
	}

	public static Reading doneOn(LocalDate date) {
		return new Reading(null, date, null);
	}

	public static Reading graded(String grade) {
		return new Reading(null, null, grade);
	}

	/** Whether only a reviewer's grade is given, so the judgement points apply. */
	public boolean gradeOnly() {
		return grade != null && value == null && doneDate == null;
	}

	/** Whether someone entered it by hand in the back office rather than it coming from a report. */
	public boolean byHand() {
		return source instanceof ByHand;
	}

	/** Where a reading comes from. */
	public sealed interface Source permits FromReport, ByHand {
	}

	/** The latest approved progress report of the target's commitment, for reporting period {@code period}. */
	public record FromReport(int period) implements Source {
	}

	/**
	 * Entered by hand: by whom (the user name; {@code null} for rows from before this was recorded), when,
	 * and why (required of the office's corrections, optional with a reviewer's grade).
	 */
	public record ByHand(String by, OffsetDateTime at, String reason) implements Source {
	}

}
