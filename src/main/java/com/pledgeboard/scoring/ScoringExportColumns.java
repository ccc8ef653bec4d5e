package com.pledgeboard.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pledgeboard.documents.ExportColumns;
import com.pledgeboard.scoring.engine.DepartmentResult;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The exports' department columns 得分, 排名 (within the category) and 等次. The exports are the
 * assessment office's, so a year not yet closed shows the scores as they stand now, headed 当前得分,
 * 当前排名 and 当前等次: they change until the year closes and freezes them.
 */
@Component
@Order(200)
class ScoringExportColumns implements ExportColumns {

	static final List<String> FROZEN = List.of("得分", "排名", "等次");

	static final List<String> LIVE = List.of("当前得分", "当前排名", "当前等次");

	private final Scoring scoring;

	ScoringExportColumns(Scoring scoring) {
		this.scoring = scoring;
	}

	@Override
	public List<String> headings() {
		return LIVE;
	}

	@Override
	public List<String> headings(long planYearId) {
		return scoring.frozenForExport(planYearId) ? FROZEN : LIVE;
	}

	@Override
	public Scope scope() {
		return Scope.DEPARTMENT;
	}

	@Override
	public Map<Long, List<String>> values(long planYearId) {
		Map<Long, List<String>> values = new LinkedHashMap<>();
		for (DepartmentResult d : scoring.forExport(planYearId).result().departments()) {
			values.put(d.entryId(), List.of(d.total().toPlainString(), rank(d), d.grade().label()));
		}
		return values;
	}

	/** Its rank within the category, so that the report lists a category as the ranking does. */
	@Override
	public Map<Long, Integer> places(long planYearId) {
		Map<Long, Integer> places = new LinkedHashMap<>();
		for (DepartmentResult d : scoring.forExport(planYearId).result().departments()) {
			places.put(d.entryId(), d.rank());
		}
		return places;
	}

	/** {@code 2/8}: the place within the category of eight; {@code 并列2/8} where others share it. */
	static String rank(DepartmentResult d) {
		return (d.tied() > 1 ? "并列" : "") + d.rank() + "/" + d.categorySize();
	}

}
