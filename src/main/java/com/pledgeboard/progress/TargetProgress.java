package com.pledgeboard.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.pledgeboard.progress.rules.Measure;
import com.pledgeboard.progress.rules.Verdict;

/**
 * A target as approved reports show it: its light and why, the latest approved reading, and its
 * readings through the year for a chart.
 *
 * @param change for a change target (同比), which way it is promised: {@code "down"} or {@code "up"}; otherwise
 * {@code null}
 * @param latestActual the latest approved value or place (a change signed, a fall negative), or {@code null}
 * @param latestDoneOn the day the latest approved report says it was done, or {@code null}
 */
public record TargetProgress(long targetId, int position, String description, String unit, Measure measure,
		String change, Verdict light, BigDecimal latestActual, LocalDate latestDoneOn, List<Point> series) {

	public TargetProgress {
		series = List.copyOf(series);
	}

	/** The latest approved value as people type and read it: a change in its promised direction. */
	public BigDecimal latestEntered() {
		return latestActual == null || !"down".equals(change) ? latestActual : latestActual.negate();
	}

	/** One approved reading: the period's last day and the value then. */
	public record Point(int period, LocalDate end, BigDecimal value) {
	}

}
