package com.pledgeboard.difficulty;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.difficulty.rules.Calibration;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The difficulty module's read API for other modules: a plan year's settings, what the public may
 * know of how a department's coefficient came about, and the calibration of self-assessed against
 * assessed coefficients. Readers decide whether the year is theirs to show; {@link #publicView} shows
 * nothing of a year that is not public.
 */
@Service
public class Difficulty {

	private final Catalogue catalogue;

	private final DifficultyRows rows;

	Difficulty(Catalogue catalogue, DifficultyRows rows) {
		this.catalogue = catalogue;
		this.rows = rows;
	}

	@Transactional(readOnly = true)
	public DifficultySettings settings(long planYearId) {
		return rows.settings(planYearId);
	}

	/** Raters, override and import of an entry of a public plan year; empty for any other. */
	@Transactional(readOnly = true)
	public Optional<PublicDifficulty> publicView(long entryId) {
		return catalogue.entryById(entryId).filter(found -> found.planYear().state().isPublic()).map(found -> {
			long year = found.planYear().id();
			boolean imported = catalogue.entriesWithImportedCoefficients(year).contains(entryId);
			boolean closed = rows.settings(year).closed();
			int raters = closed ? (int) rows.ratings(year)
				.stream()
				.filter(r -> r.entryId() == entryId)
				.map(DifficultyRows.RatingRow::raterId)
				.distinct()
				.count() : 0;
			List<DifficultyRows.ResultRow> overridden = rows.results(year)
				.stream()
				.filter(r -> r.entryId() == entryId && r.overridden())
				.toList();
			String reasons = overridden.stream().map(DifficultyRows.ResultRow::reason).collect(Collectors.joining("；"));
			return new PublicDifficulty(raters, !overridden.isEmpty(), overridden.isEmpty() ? null : reasons, imported);
		});
	}

	/** Every department of the year with both coefficients, self against assessed. */
	@Transactional(readOnly = true)
	public Calibration calibration(long planYearId) {
		Set<Long> imported = catalogue.entriesWithImportedCoefficients(planYearId);
		return Calibration.of(catalogue.entries(planYearId)
			.stream()
			.map(e -> new Calibration.Input(e.id(), e.displayName(), e.category(), e.selfCoefficient(),
					e.assessedCoefficient(), imported.contains(e.id())))
			.toList());
	}

}
