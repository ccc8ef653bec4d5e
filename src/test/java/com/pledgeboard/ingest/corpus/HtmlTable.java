package com.pledgeboard.ingest.corpus;

import java.util.Objects;

import com.pledgeboard.ingest.ParsedCommitment;
import com.pledgeboard.ingest.ParsedDepartment;
import com.pledgeboard.ingest.ParsedTable;

/**
 * A commitment table written as an HTML page the way offices publish one: a title above, the header
 * in a {@code <thead>} (which browsers repeat on every printed page), a category row spanning the
 * width before each category's departments, each department's name and coefficients in cells merged
 * down over its commitments, narrow name and coefficient columns so that names and the header wrap.
 * The layout varies by {@link Style}; the text is the table's, untouched. A ruled table says so in
 * the {@code border} attribute as well as in CSS, since LibreOffice's HTML import reads only the former.
 */
public final class HtmlTable {

	/**
	 * @param rules whether cells have borders (a ruled table) or none (a borderless one)
	 * @param verticalAlign {@code middle} (what Word and WPS do by default) or {@code top}
	 * @param mergedDepartments whether a department's name is one cell merged down, or printed on its
	 * first row with empty cells below
	 */
	public record Style(boolean rules, String verticalAlign, boolean mergedDepartments) {

		public String label() {
			return (rules ? "ruled" : "borderless") + ", " + verticalAlign + (mergedDepartments ? ", merged names" : ", names on first row");
		}

	}

	private HtmlTable() {
	}

	public static String html(ParsedTable table, Style style) {
		String border = style.rules() ? "1px solid #000" : "none";
		StringBuilder html = new StringBuilder("""
				<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>承诺事项</title><style>
				@page { size: A4 landscape; margin: 15mm; }
				body { font-family: 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif; font-size: 10.5pt; }
				table { border-collapse: collapse; width: 100%%; }
				th, td { border: %s; padding: 3pt 5pt; vertical-align: %s; }
				th { font-weight: bold; text-align: center; }
				.dept { width: 5.5em; text-align: center; } .title { width: 14em; } .coef { width: 3.6em; text-align: center; }
				tr { page-break-inside: avoid; break-inside: avoid; }
				</style></head><body>
				<p>湖州市2022年度部门承诺事项</p>
				<table%s>
				<thead><tr><th class="dept">部门</th><th class="title">承诺事项</th><th>具体描述</th><th class="coef">自评难度系数</th><th class="coef">评定难度系数</th></tr></thead>
				<tbody>
				""".formatted(border, style.verticalAlign(), style.rules() ? " border=\"1\" cellspacing=\"0\"" : ""));
		String category = null;
		for (ParsedDepartment d : table.departments()) {
			if (!Objects.equals(d.category(), category)) {
				category = d.category();
				html.append("<tr><td colspan=\"5\">").append(escape(category)).append("</td></tr>\n");
			}
			int rows = d.commitments().size();
			for (int i = 0; i < rows; i++) {
				ParsedCommitment c = d.commitments().get(i);
				html.append("<tr>");
				if (i == 0 || !style.mergedDepartments()) {
					String span = style.mergedDepartments() ? " rowspan=\"" + rows + "\"" : "";
					html.append("<td class=\"dept\"").append(span).append(">").append(i == 0 ? escape(d.nameInText()) : "").append("</td>");
				}
				html.append("<td class=\"title\">").append(c.no()).append('.').append(escape(c.title())).append("</td>");
				html.append("<td>").append(escape(c.description())).append("</td>");
				if (i == 0 || !style.mergedDepartments()) {
					String span = style.mergedDepartments() ? " rowspan=\"" + rows + "\"" : "";
					for (var coefficient : new java.math.BigDecimal[] { d.selfCoefficient(), d.assessedCoefficient() }) {
						html.append("<td class=\"coef\"").append(span).append(">")
							.append(i == 0 && coefficient != null ? coefficient.toPlainString() : "").append("</td>");
					}
				}
				html.append("</tr>\n");
			}
		}
		return html.append("</tbody></table><p>第1页</p></body></html>\n").toString();
	}

	/** The page with rows allowed to break over pages, as browsers do unless told otherwise. */
	public static String rowsMayBreak(String html) {
		return html.replace("tr { page-break-inside: avoid; break-inside: avoid; }\n", "");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
