package com.pledgeboard.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's early warning: every target of a plan year whose year-end projection
 * ({@link com.pledgeboard.progress.rules.Forecast}) misses it while the year still runs, ordered by how far
 * it falls short (as a share of the target) and then by how soon the year ends after its latest reading.
 * For the assessment office only: it spans every department.
 */
@Service
class ForecastWarnings {

	private final ProgressBoard board;

	private final Catalogue catalogue;

	ForecastWarnings(ProgressBoard board, Catalogue catalogue) {
		this.board = board;
		this.catalogue = catalogue;
	}

	/**
	 * A target projected to miss.
	 *
	 * @param monthsLeft whole months of the year after the latest reading
	 */
	record Warning(String department, int no, String title, long commitmentId, TargetProgress target, int monthsLeft) {

		public TargetProgress.YearEnd yearEnd() {
			return target.yearEnd();
		}

		/** The shortfall in percent of the target, to one decimal. */
		public double shortfallPercent() {
			return Math.round(target.yearEnd().shortfall() * 1000) / 10.0;
		}

	}

	static final Comparator<Warning> ORDER = Comparator
		.comparingDouble((Warning w) -> w.yearEnd().shortfall())
		.reversed()
		.thenComparingDouble(w -> 1 - w.yearEnd().asOf())
		.thenComparing(Warning::department)
		.thenComparingInt(Warning::no)
		.thenComparingInt(w -> w.target().position());

	@Transactional(readOnly = true)
	List<Warning> of(PlanYear year) {
		ProgressPolicy.requireManager();
		Map<Long, CommitmentProgress> progress = board.ofYear(year);
		List<Warning> warnings = new ArrayList<>();
		for (DepartmentEntry entry : catalogue.entries(year.id())) {
			for (Commitment c : entry.commitments()) {
				CommitmentProgress p = progress.get(c.id());
				if (p == null) {
					continue;
				}
				for (TargetProgress t : p.targets()) {
					if (t.yearEnd() != null && !t.yearEnd().attains()) {
						int monthsLeft = (int) Math.round((1 - t.yearEnd().asOf()) * 12);
						warnings.add(new Warning(entry.displayName(), c.no(), c.title(), c.id(), t, monthsLeft));
					}
				}
			}
		}
		warnings.sort(ORDER);
		return warnings;
	}

}
