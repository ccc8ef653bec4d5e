package com.pledgeboard.ingest.grid;

import java.util.List;

/**
 * The columns a commitment table's header may have, each with the header texts that name it. Header
 * cells are compared with all whitespace removed, so that wrapped header text
 * ({@code 自评难度\n系数}) matches. Its package is named to other modules so that the exports of
 * {@code documents} print the headings that the readers know.
 */
public enum Column {

	DEPARTMENT(true, "部门", "单位", "责任单位", "部门名称", "责任部门"),
	TITLE(true, "承诺事项"),
	DESCRIPTION(true, "具体描述", "具体内容"),
	SELF_COEFFICIENT(false, "自评难度系数", "自评系数"),
	ASSESSED_COEFFICIENT(false, "评定难度系数", "评定系数"),
	CATEGORY(false, "类别", "部门类别"),
	NO(false, "序号", "编号");

	private final boolean required;

	private final List<String> names;

	Column(boolean required, String... names) {
		this.required = required;
		this.names = List.of(names);
	}

	public boolean required() {
		return required;
	}

	/** Every name the column goes by, the printed heading first. */
	public List<String> names() {
		return names;
	}

	/** The name a template or an export prints. */
	public String heading() {
		return names.get(0);
	}

	/** The column a header cell names, or {@code null}. */
	public static Column named(String headerCell) {
		String key = withoutSpaces(headerCell);
		for (Column column : values()) {
			if (column.names.contains(key)) {
				return column;
			}
		}
		return null;
	}

	static String withoutSpaces(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
				result.append(c);
			}
		}
		return result.toString();
	}

}
