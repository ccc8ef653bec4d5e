package com.pledgeboard.rules;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.pledgeboard.extraction.ChineseNumbers;
import com.pledgeboard.extraction.Direction;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.extraction.Vocabulary;

/**
 * One reading of one target, read and checked in the one place that the report form, the office's hand
 * entry, the lights and scoring all go through. It keeps the target's kind, direction and unit beside
 * the value, so that the value means one thing wherever it goes:
 * <ul>
 * <li>a quantity or percent: the amount or rate, never negative (a count of things counted one by one,
 * in a unit of {@link Vocabulary#countUnits()}, is whole);</li>
 * <li>a rank: the place, a whole number from 1;</li>
 * <li>a change (同比上升 / 下降): the signed change, a fall negative, as it is stored and scored. People
 * type it in the promised direction (降幅填正数: a fall of 12% towards "下降10%" is typed 12; a rise
 * the wrong way is typed −3), and {@link #entered()} gives it back that way;</li>
 * <li>a deadline: the day it was done, or {@code null} while it is not.</li>
 * </ul>
 */
public record Measurement(TargetKind kind, Direction direction, String unit, BigDecimal value, LocalDate doneOn) {

	/** The largest magnitude the tables hold (numeric(24, 6)): 18 digits before the point, 6 after. */
	private static final int MAX_INTEGER_DIGITS = 18;

	private static final int MAX_DECIMALS = 6;

	private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(1000);

	/** A day as people write it: 2022-09-30, 2022/9/30, 2022.9.30 or 2022年9月30日. */
	private static final Pattern DAY = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

	/**
	 * Reads what a person typed for a target.
	 *
	 * @param typed the value as typed: 1,200, 1.2万, 12家, 65%, −3, 第2, or a day for a deadline; empty for
	 * a deadline not done yet
	 * @param year the plan year: a deadline's day lies from the year before to the year after, never later
	 * than {@code today}
	 * @throws ReadingRefused saying what is wrong, with a code of the message bundles
	 */
	public static Measurement parse(ExtractedTarget target, String typed, int year, LocalDate today) {
		String text = typed == null ? "" : typed.strip();
		if (target.kind() == TargetKind.DEADLINE) {
			return new Measurement(target.kind(), null, null, null, day(text, year, today));
		}
		BigDecimal number = number(text, target);
		BigDecimal value = switch (target.kind()) {
			case RANK -> {
				if (number.signum() <= 0 || number.stripTrailingZeros().scale() > 0) {
					throw new ReadingRefused("reading.refused.rank");
				}
				yield number;
			}
			case PERCENT -> {
				if (number.signum() < 0 || number.compareTo(MAX_PERCENT) > 0) {
					throw new ReadingRefused("reading.refused.percent");
				}
				yield number;
			}
			case CHANGE -> target.direction() == Direction.DOWN ? number.negate() : number;
			default -> {
				if (number.signum() < 0) {
					throw new ReadingRefused("reading.refused.negative");
				}
				if (Vocabulary.defaults().countsOneByOne(target.unit()) && number.stripTrailingZeros().scale() > 0) {
					throw new ReadingRefused("reading.refused.wholeCount", target.unit());
				}
				yield number;
			}
		};
		return new Measurement(target.kind(), target.direction(), target.unit(), value, null);
	}

	/** A stored reading of a target: the value as stored (a change signed) or the day done. */
	public static Measurement stored(ExtractedTarget target, BigDecimal value, LocalDate doneOn) {
		return new Measurement(target.kind(), target.direction(), target.unit(), value, doneOn);
	}

	/**
	 * The value as a person types it into the form for this target: a change in the promised direction,
	 * anything else as it is; {@code null} for a deadline.
	 */
	public BigDecimal entered() {
		if (value == null) {
			return null;
		}
		return kind == TargetKind.CHANGE && direction == Direction.DOWN ? value.negate() : value;
	}

	/** Whether it says a deadline is done. */
	public boolean done() {
		return doneOn != null;
	}

	private static LocalDate day(String text, int year, LocalDate today) {
		if (text.isEmpty()) {
			return null;
		}
		Matcher m = DAY.matcher(text);
		LocalDate day;
		try {
			if (!m.matches()) {
				throw new DateTimeException(text);
			}
			day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
		}
		catch (DateTimeException ex) {
			throw new ReadingRefused("reading.refused.dayFormat", text, year);
		}
		LocalDate first = LocalDate.of(year - 1, 1, 1);
		LocalDate last = LocalDate.of(year + 1, 12, 31);
		if (today.isBefore(last)) {
			last = today;
		}
		if (day.isBefore(first) || day.isAfter(last)) {
			throw new ReadingRefused("reading.refused.dayRange", first.toString(), last.toString());
		}
		return day;
	}

	/**
	 * A number as people type it: 1,200 or 1.2万 or 三十, with the target's unit after it or not, a
	 * percent with its % where the target is one, a sign in front (-, −, －, +).
	 */
	private static BigDecimal number(String text, ExtractedTarget target) {
		if (text.isEmpty()) {
			throw new ReadingRefused("reading.refused.missing");
		}
		String s = text.replaceAll("[\\s,，]", "");
		boolean percentLike = target.kind() == TargetKind.PERCENT || "%".equals(target.unit());
		if (s.endsWith("%") || s.endsWith("％")) {
			if (!percentLike && target.kind() != TargetKind.CHANGE) {
				throw new ReadingRefused("reading.refused.unit", text, target.unit() == null ? "" : target.unit());
			}
			s = s.substring(0, s.length() - 1);
		}
		else if (target.unit() != null && !target.unit().isEmpty() && s.endsWith(target.unit())) {
			s = s.substring(0, s.length() - target.unit().length());
		}
		if (target.kind() == TargetKind.RANK) {
			s = s.replaceFirst("^第", "").replaceFirst("名$", "");
		}
		boolean negative = false;
		if (!s.isEmpty() && "-−－".indexOf(s.charAt(0)) >= 0) {
			negative = true;
			s = s.substring(1);
		}
		else if (!s.isEmpty() && "+＋".indexOf(s.charAt(0)) >= 0) {
			s = s.substring(1);
		}
		BigDecimal value;
		try {
			value = ChineseNumbers.parse(s);
		}
		catch (NumberFormatException ex) {
			throw new ReadingRefused("reading.refused.notANumber", text);
		}
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() > MAX_DECIMALS || stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
			throw new ReadingRefused("reading.refused.range", text);
		}
		return negative ? value.negate() : value;
	}

}
