package com.pledgeboard.ingest;

import java.math.BigDecimal;
import java.util.List;

/**
 * A plan year's table as the exports write it: what {@code TableDocument} holds, plus each
 * commitment's targets in plain Chinese and the extra columns other modules contribute through
 * {@link ExportColumns} (status lights, scores).
 *
 * @param title the document's title, e.g. 湖州市2022年度部门承诺事项
 * @param extraHeadings headings of the extra columns, in order
 */
public record ExportTable(String title, List<String> extraHeadings, List<Department> departments) {

	public ExportTable {
		extraHeadings = List.copyOf(extraHeadings);
		departments = List.copyOf(departments);
	}

	/** {@code nameInText} is written, so that a re-import resolves it as the first import did. */
	public record Department(String nameInText, String category, BigDecimal selfCoefficient,
			BigDecimal assessedCoefficient, List<Item> commitments) {

		public Department {
			commitments = List.copyOf(commitments);
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
