package com.pledgeboard.progress.rules;

import java.util.List;
import java.util.Set;

import com.pledgeboard.extraction.TargetKind;

/**
 * How a target's readings are read through the year. A cumulative target (new buildings, money spent,
 * people trained) adds up, and is expected at the target times the elapsed share of the year; a level
 * target (a rate, a rank, a change against last year, a time limit) is judged by its latest value
 * against the target itself; a deadline by its done date.
 */
public enum Measure {

	CUMULATIVE, LEVEL, DEADLINE;

	/** Units of a time a case takes (办结时限3天, 响应30分钟): a level, not a sum. */
	private static final Set<String> DURATION_UNITS = Set.of("秒", "分钟", "小时", "天", "日", "工作日", "个工作日", "周");

	/** Words that make a quantity a ratio or an average rather than a count (千人托位数, 人均). */
	private static final List<String> RATIO_WORDS = List.of("率", "人均", "平均", "每", "指数", "比重", "占比", "千人", "万人");

	/**
	 * The measure by kind, metric and unit: percents, ranks and changes are levels; a quantity is
	 * cumulative unless its unit is a duration or a ratio, or its metric names a rate or an average.
	 */
	public static Measure of(TargetKind kind, String metric, String unit) {
		return switch (kind) {
			case DEADLINE -> DEADLINE;
			case PERCENT, RANK, CHANGE -> LEVEL;
			case QUANTITY -> isLevelQuantity(metric, unit) ? LEVEL : CUMULATIVE;
		};
	}

	private static boolean isLevelQuantity(String metric, String unit) {
		if (unit != null && (DURATION_UNITS.contains(unit) || unit.contains("/"))) {
			return true;
		}
		return metric != null && RATIO_WORDS.stream().anyMatch(metric::contains);
	}

}
