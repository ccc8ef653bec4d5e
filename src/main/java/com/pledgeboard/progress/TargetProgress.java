package com.pledgeboard.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.pledgeboard.extraction.Direction;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.progress.rules.Forecast;
import com.pledgeboard.progress.rules.Measure;
import com.pledgeboard.progress.rules.Projection;
import com.pledgeboard.progress.rules.Verdict;
import com.pledgeboard.rules.Goal;

/**
 * A target as approved reports show it: its light and why, the latest approved reading, and its
 * readings through the year for a chart.
 *
 * @param change for a change target (同比), which way it is promised: {@code "down"} or {@code "up"}; otherwise
 * {@code null}
 * @param latestActual the latest approved value or place (a change signed, a fall negative), or {@code null}
 * @param latestDoneOn the day the latest approved report says it was done, or {@code null}
 * @param yearEnd the year-end projection, or {@code null}
 */
public record TargetProgress(long targetId, int position, String description, String unit, Measure measure,
		String change, Verdict light, BigDecimal latestActual, LocalDate latestDoneOn, List<Point> series,
		YearEnd yearEnd) {

	public TargetProgress {
		series = List.copyOf(series);
	}

	/** The latest approved value as people type and read it: a change in its promised direction. */
	public BigDecimal latestEntered() {
		return latestActual == null || !"down".equals(change) ? latestActual : latestActual.negate();
	}

	/**
	 * The year-end projection of the target ({@link Forecast}), as people type and read values (a change in
	 * its promised direction, so {@code low} ≤ {@code value} ≤ {@code high} as shown), with what the rule of
	 * attained ({@link Goal}) makes of it; {@code null} where there is none (fewer than two readings, a
	 * deadline or a rank, the last period read, a closed year).
	 *
	 * @param shortfall how far the projection falls short of the target, as a share of it; 0 where it attains
	 * @param asOf the share of the year elapsed at the latest reading
	 */
	public record YearEnd(BigDecimal value, BigDecimal low, BigDecimal high, boolean attains, boolean missesThroughout,
			double shortfall, double asOf, int readings) {

		static YearEnd of(Projection p, Goal goal) {
			boolean down = goal.kind() == TargetKind.CHANGE && goal.direction() == Direction.DOWN;
			return new YearEnd(down ? p.value().negate() : p.value(), down ? p.high().negate() : p.low(),
					down ? p.low().negate() : p.high(), p.attains(goal), p.missesThroughout(goal), p.shortfall(goal),
					p.asOf(), p.readings());
		}

	}

	/** One approved reading: the period's last day and the value then. */
	public record Point(int period, LocalDate end, BigDecimal value) {
	}

}
