package com.pledgeboard.progress.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.pledgeboard.extraction.Direction;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.rules.Goal;

/**
 * The status light rules (时间过半、任务过半). Green at or above the expectation, yellow below it by less
 * than the margin (a share of the expectation), red below that or a deadline passed without it being done.
 * Not reporting is not the same as missing: with no approved report for {@value #MISSED_FOR_RED} periods in
 * a row, or none at all once a period is due, the light is {@link Light#UNREPORTED} (未报送), saying how
 * many periods are missing. Whether a reading meets its target is {@link Goal}'s rule, the one scoring
 * uses. A commitment takes its worst target's light, with that target's reason; one without targets
 * takes its reviewer's.
 */
public final class LightRules {

	/** Periods in a row without an approved report that make a light unreported, whatever came before. */
	public static final int MISSED_FOR_RED = 2;

	private static final MathContext MATH = MathContext.DECIMAL64;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final BigDecimal margin;

	/** @param margin how far below expectation is still yellow, as a share: 0.2 is 20% */
	public LightRules(BigDecimal margin) {
		if (margin.signum() < 0 || margin.compareTo(BigDecimal.ONE) >= 0) {
			throw new IllegalArgumentException("margin must be at least 0 and below 1: " + margin);
		}
		this.margin = margin;
	}

	/**
	 * The light of one target.
	 *
	 * @param latest the reading in the latest approved report, or {@code null} when none was approved
	 * @param missed due periods in a row, up to today, with no approved report
	 * @param year the plan year, for a deadline's date
	 */
	public Verdict target(TargetFacts target, Observation latest, int missed, int year, LocalDate today) {
		if (target.measure() == Measure.DEADLINE) {
			return deadline(target, latest, missed, year, today);
		}
		if (missed >= MISSED_FOR_RED || (latest == null && missed > 0)) {
			return Verdict.of(Light.UNREPORTED, "unreported", String.valueOf(missed));
		}
		if (latest == null || latest.actual() == null) {
			return Verdict.of(Light.NONE, "noReport");
		}
		if (target.kind() == TargetKind.RANK) {
			return rank(target, latest.actual());
		}
		Goal goal = target.goal();
		BigDecimal expected = target.value();
		String share = "100";
		if (target.measure() == Measure.CUMULATIVE) {
			BigDecimal fraction = BigDecimal.valueOf(latest.period().elapsedFraction());
			expected = target.value().multiply(fraction, MATH);
			share = percent(fraction);
		}
		String unit = target.unit() == null ? "" : target.unit();
		String prefix = target.kind() == TargetKind.CHANGE
				? "change." + (target.direction() == Direction.DOWN ? "down" : "up")
				: target.measure() == Measure.CUMULATIVE ? "cumulative" : "level";
		BigDecimal achieved = goal.achieved(latest.actual());
		String[] args = { plain(achieved), plain(expected.setScale(2, RoundingMode.HALF_UP)), unit, share,
				plain(target.value()), String.valueOf(latest.period().seq()) };
		boolean cap = goal.isCap();
		if (goal.meets(achieved, expected)) {
			return new Verdict(Light.GREEN, prefix + (cap ? ".withinCap" : ".onPace"), List.of(args));
		}
		BigDecimal gap = cap ? achieved.subtract(expected) : expected.subtract(achieved);
		boolean near = expected.signum() > 0 && gap.divide(expected, MATH).compareTo(margin) < 0;
		String reason = prefix + (cap ? ".overCap" : ".behind");
		return new Verdict(near ? Light.YELLOW : Light.RED, reason, List.of(withGap(args, gap, expected)));
	}

	/**
	 * The light of a commitment: its worst target's; without targets, the reviewer's. No approved report
	 * for {@value #MISSED_FOR_RED} periods makes it red either way.
	 *
	 * @param reviewer the reviewer's light, or {@code null} when none was given
	 */
	public Verdict commitment(List<Verdict> targets, Verdict reviewer, int missed) {
		if (targets.isEmpty()) {
			if (missed >= MISSED_FOR_RED) {
				return Verdict.of(Light.UNREPORTED, "unreported", String.valueOf(missed));
			}
			return reviewer != null ? reviewer : Verdict.of(Light.NONE, "awaitingReviewer");
		}
		int worst = 0;
		for (int i = 1; i < targets.size(); i++) {
			if (targets.get(i).light().compareTo(targets.get(worst).light()) > 0) {
				worst = i;
			}
		}
		Verdict w = targets.get(worst);
		if (w.light() == Light.NONE) {
			return Verdict.of(Light.NONE, "noReport");
		}
		return w;
	}

	/**
	 * Overdue periods in a row with no approved report, counting back from today. An approved report of
	 * a later period, even one not due yet, ends the run: a department that reports the current period
	 * early is reporting, whatever it missed before.
	 */
	public static int missedPeriods(List<Period> periods, Set<Integer> approved, LocalDate today) {
		int missed = 0;
		for (int i = periods.size() - 1; i >= 0; i--) {
			Period p = periods.get(i);
			if (approved.contains(p.seq())) {
				break;
			}
			if (p.isOverdueOn(today)) {
				missed++;
			}
		}
		return missed;
	}

	private Verdict deadline(TargetFacts target, Observation latest, int missed, int year, LocalDate today) {
		LocalDate due = target.date() == null ? LocalDate.of(year, 12, 31) : target.date().atYear(year);
		LocalDate done = latest == null ? null : latest.doneOn();
		if (done != null) {
			return done.isAfter(due) ? Verdict.of(Light.YELLOW, "deadline.doneLate", done, due)
					: Verdict.of(Light.GREEN, "deadline.done", done, due);
		}
		if (latest == null && today.isAfter(due)) {
			return Verdict.of(Light.UNREPORTED, "deadline.unreported", due, String.valueOf(missed));
		}
		if (missed >= MISSED_FOR_RED || (latest == null && missed > 0)) {
			return Verdict.of(Light.UNREPORTED, "unreported", String.valueOf(missed));
		}
		if (today.isAfter(due)) {
			return Verdict.of(Light.RED, "deadline.overdue", due);
		}
		if (latest == null) {
			return Verdict.of(Light.NONE, "deadline.noReport", due);
		}
		return Verdict.of(Light.GREEN, "deadline.open", due);
	}

	/** A place: lower is better; the floor (保) bounds yellow, else the margin does. */
	private Verdict rank(TargetFacts target, BigDecimal place) {
		BigDecimal aim = target.value();
		String[] args = { plain(place), plain(aim), target.floor() == null ? "" : plain(target.floor()) };
		if (target.goal().meets(place, aim)) {
			return Verdict.of(Light.GREEN, "rank.met", args);
		}
		if (target.floor() != null && target.floor().compareTo(aim) > 0) {
			return place.compareTo(target.floor()) <= 0 ? Verdict.of(Light.YELLOW, "rank.floorHeld", args)
					: Verdict.of(Light.RED, "rank.belowFloor", args);
		}
		boolean near = place.subtract(aim).divide(aim, MATH).compareTo(margin) < 0;
		return Verdict.of(near ? Light.YELLOW : Light.RED, "rank.behind", args);
	}

	private static String[] withGap(String[] args, BigDecimal gap, BigDecimal expected) {
		String[] more = Arrays.copyOf(args, args.length + 1);
		more[args.length] = expected.signum() > 0 ? percent(gap.divide(expected, MATH)) : "100";
		return more;
	}

	private static String percent(BigDecimal share) {
		return plain(share.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP));
	}

	static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

}
