package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.pledgeboard.scoring.Reading;

import static com.pledgeboard.scoring.engine.Decimals.divide;

/**
 * Deadlines (9月底, 年内) by lateness: done by the date earns 1, each day late takes away
 * 1 ÷ {@code daysToZero}, nothing is left after {@code daysToZero} days; not done earns 0.
 */
public record DeadlineLateness(int daysToZero) implements AttainmentFunction {

	@Override
	public String title() {
		return "scoring.x.function.deadline";
	}

	@Override
	public Explanation describe() {
		return Explanation.of("scoring.x.rule.deadline", daysToZero);
	}

	@Override
	public Attainment apply(TargetSpec target, Reading reading, int year) {
		LocalDate due = target.date().atYear(year);
		LocalDate done = reading.doneDate();
		if (done == null) {
			return Attainment.of(BigDecimal.ZERO, Explanation.of("scoring.x.deadline.undone", due));
		}
		long late = Math.max(0, ChronoUnit.DAYS.between(due, done));
		if (late == 0) {
			return Attainment.of(BigDecimal.ONE, Explanation.of("scoring.x.deadline.onTime", due, done));
		}
		BigDecimal raw = BigDecimal.ONE.subtract(divide(BigDecimal.valueOf(late), BigDecimal.valueOf(daysToZero)));
		BigDecimal value = raw.max(BigDecimal.ZERO);
		Explanation lateness = Explanation.of("scoring.x.deadline.late", due, done, late, daysToZero,
				Decimals.round(raw).toPlainString());
		return Attainment.of(value, raw.signum() < 0 ? lateness.then(Explanation.of("scoring.x.taken", "0")) : lateness);
	}

}
