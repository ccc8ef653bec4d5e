package com.pledgeboard.ingest;

import java.math.BigDecimal;
import java.util.List;

/**
 * A plan year's table as the exports write it: what {@code TableDocument} holds, plus each
 * commitment's targets in plain Chinese and the extra columns other modules contribute through
 * {@link ExportColumns} (status lights per commitment, scores per department).
 *
 * @param title the document's title, e.g. 湖州市2022年度部门承诺事项
 * @param extraHeadings headings of the extra commitment columns, in order
 * @param departmentHeadings headings of the extra department columns, in order
 */
public record ExportTable(String title, List<String> extraHeadings, List<String> departmentHeadings,
		List<Department> departments) {

	public ExportTable {
		extraHeadings = List.copyOf(extraHeadings);
		departmentHeadings = List.copyOf(departmentHeadings);
		departments = List.copyOf(departments);
	}

	/** A table without department columns. */
	public ExportTable(String title, List<String> extraHeadings, List<Department> departments) {
		this(title, extraHeadings, List.of(), departments);
	}

	/**
	 * {@code nameInText} is written, so that a re-import resolves it as the first import did.
	 * {@code extra} has one value per department heading, {@code ""} where a module has none.
	 */
	public record Department(String nameInText, String category, BigDecimal selfCoefficient,
			BigDecimal assessedCoefficient, List<Item> commitments, List<String> extra) {

		public Department {
			commitments = List.copyOf(commitments);
			extra = List.copyOf(extra);
		}

		/** A department without department columns. */
		public Department(String nameInText, String category, BigDecimal selfCoefficient, BigDecimal assessedCoefficient,
				List<Item> commitments) {
			this(nameInText, category, selfCoefficient, assessedCoefficient, commitments, List.of());
		}

		/** The department's value under its {@code i}th department heading, {@code ""} where none. */
		public String extra(int i) {
			return i < extra.size() ? extra.get(i) : "";
		}

	}

	/** {@code extra} has one value per extra heading, {@code ""} where a module has none. */
	public record Item(int no, String title, String description, List<String> targets, List<String> extra) {

		public Item {
			targets = List.copyOf(targets);
			extra = List.copyOf(extra);
		}

	}

}
