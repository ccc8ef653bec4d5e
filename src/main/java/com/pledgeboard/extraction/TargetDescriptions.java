package com.pledgeboard.extraction;

import java.math.BigDecimal;

/**
 * Renders a target in plain Chinese for reviewers and the portal: {@code 城市书房 ≥ 12 家},
 * {@code 通过率 ≥ 80%}, {@code 项目投资指数 全省排名 保3争2拼1}, {@code 电诈警情 同比下降 30%},
 * {@code 9月30日前 完成民生实事项目}.
 */
public final class TargetDescriptions {

	private TargetDescriptions() {
	}

	public static String describe(ExtractedTarget target) {
		StringBuilder text = new StringBuilder();
		switch (target.kind()) {
			case QUANTITY, PERCENT -> {
				appendMetric(text, target.metric());
				appendComparison(text, target.op());
				appendAmount(text, target.value(), target.unit());
				appendStretch(text, target.stretch(), target.unit());
			}
			case CHANGE -> {
				appendMetric(text, target.metric());
				if (target.basis() != null) {
					text.append(target.basis().startsWith("同") || target.basis().startsWith("环") ? target.basis()
							: "较" + target.basis());
				}
				text.append((target.direction() == Direction.DOWN) ? "下降 " : "上升 ");
				if (target.op() != Op.EQ) {
					text.append(symbol(target.op())).append(' ');
				}
				appendAmount(text, target.value(), target.unit());
			}
			case RANK -> {
				appendMetric(text, target.metric());
				text.append((target.scope() != null) ? target.scope() : "").append("排名 ");
				if (target.floor() != null) {
					text.append('保').append(plain(target.floor()));
					if (target.value() != null && target.value().compareTo(target.floor()) != 0) {
						text.append('争').append(plain(target.value()));
					}
					if (target.stretch() != null) {
						text.append('拼').append(plain(target.stretch()));
					}
				}
				else {
					text.append((target.op() == Op.EQ) ? "第" : "前").append(plain(target.value()));
				}
			}
			case DEADLINE -> {
				text.append(target.date().getMonthValue()).append('月').append(target.date().getDayOfMonth())
					.append("日前");
				if (target.metric() != null && !target.metric().isEmpty()) {
					text.append(' ').append(target.metric());
				}
			}
		}
		if (target.isBaseline()) {
			text.append("（基数）");
		}
		return text.toString();
	}

	private static void appendMetric(StringBuilder text, String metric) {
		if (metric != null && !metric.isEmpty()) {
			text.append(metric).append(' ');
		}
	}

	private static void appendComparison(StringBuilder text, Op op) {
		if (op != Op.EQ) {
			text.append(symbol(op)).append(' ');
		}
	}

	private static void appendAmount(StringBuilder text, BigDecimal value, String unit) {
		text.append(ChineseNumbers.format(value));
		if (unit != null) {
			text.append("%".equals(unit) ? "" : " ").append(unit);
		}
	}

	private static void appendStretch(StringBuilder text, BigDecimal stretch, String unit) {
		if (stretch != null) {
			text.append("，力争 ");
			appendAmount(text, stretch, unit);
		}
	}

	private static String symbol(Op op) {
		return switch (op) {
			case EQ -> "=";
			case GE -> "≥";
			case GT -> ">";
			case LE -> "≤";
			case LT -> "<";
			case APPROX -> "约";
		};
	}

	private static String plain(BigDecimal value) {
		return ExtractedTarget.normalise(value).toPlainString();
	}

}
