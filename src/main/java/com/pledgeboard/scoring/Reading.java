package com.pledgeboard.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A final reading of a target, or a reviewer's conclusion on a commitment, as scoring uses it.
 * Which field counts depends on the target: {@code value} for quantity, percent, change (signed: a
 * fall is negative) and rank (the place reached); {@code doneDate} for deadlines ({@code null}: not
 * done); {@code grade} (完成 / 基本完成 / 未完成) where a reviewer judges instead of measuring.
 */
public record Reading(BigDecimal value, LocalDate doneDate, String grade) {

	public static final String DONE = "完成";

	public static final String MOSTLY_DONE = "基本完成";

	public static final String NOT_DONE = "未完成";

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

}
