package com.pledgeboard.progress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.i18n.Dates;
import com.pledgeboard.documents.ExportColumns;
import com.pledgeboard.progress.rules.Light;
import com.pledgeboard.progress.rules.Verdict;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The exports' 进展灯 column: each commitment's light in Chinese (绿灯, 黄灯, 红灯, 暂无) and the reason
 * for it, as {@link ProgressBoard} judges from approved reports only, e.g. {@code 绿灯：第12期累计完成12家，…}.
 * The days in a reason are written as the pages write them.
 */
@Component
@Order(100)
class ProgressExportColumns implements ExportColumns {

	static final String HEADING = "进展灯";

	private final ProgressBoard board;

	private final Catalogue catalogue;

	private final MessageSource messages;

	private final Dates dates;

	ProgressExportColumns(ProgressBoard board, Catalogue catalogue, MessageSource messages, Dates dates) {
		this.board = board;
		this.catalogue = catalogue;
		this.messages = messages;
		this.dates = dates;
	}

	@Override
	public List<String> headings() {
		return List.of(HEADING);
	}

	@Override
	public Map<Long, List<String>> values(long planYearId) {
		PlanYear year = catalogue.planYear(planYearId).orElseThrow();
		Map<Long, List<String>> values = new LinkedHashMap<>();
		board.ofYear(year).forEach((commitmentId, progress) -> values.put(commitmentId, List.of(text(progress))));
		return values;
	}

	/** The report counts lights best first, in the colours its chart gives them: green, yellow, red, greys. */
	private static final List<Light> TALLY_ORDER = List.of(Light.GREEN, Light.YELLOW, Light.RED, Light.UNREPORTED,
			Light.NONE);

	@Override
	public List<String> tallyClasses() {
		return TALLY_ORDER.stream().map(this::label).toList();
	}

	@Override
	public Map<Long, String> tally(long planYearId) {
		PlanYear year = catalogue.planYear(planYearId).orElseThrow();
		Map<Long, String> tally = new LinkedHashMap<>();
		board.ofYear(year).forEach((commitmentId, progress) -> tally.put(commitmentId, label(progress.light().light())));
		return tally;
	}

	private String label(Light light) {
		return messages.getMessage("light." + light.name(), null, Locale.SIMPLIFIED_CHINESE);
	}

	private String text(CommitmentProgress progress) {
		Verdict verdict = progress.light();
		String light = label(verdict.light());
		String reason = reason(verdict);
		return reason.isEmpty() ? light : light + "：" + reason;
	}

	private String reason(Verdict verdict) {
		if (verdict.reason() == null) {
			return "";
		}
		return messages.getMessage("light.reason." + verdict.reason(),
				dates.inArguments(verdict.argArray(), Locale.SIMPLIFIED_CHINESE), verdict.reason(),
				Locale.SIMPLIFIED_CHINESE);
	}

}
