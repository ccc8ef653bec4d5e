package com.pledgeboard.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan year's table as the exports write it: what {@code TableDocument} holds, plus each
 * commitment's targets in plain Chinese and the extra columns other modules contribute through
 * {@link ExportColumns} (status lights per commitment, scores per department), and what the PDF annual
 * report's cover and summary need ({@link Report}).
 *
 * @param title the document's title, e.g. 湖州市2022年度部门承诺事项
 * @param extraHeadings headings of the extra commitment columns, in order
 * @param departmentHeadings headings of the extra department columns, in order
 * @param report the cover's region, year and date, and the classes the summary counts
 */
public record ExportTable(String title, List<String> extraHeadings, List<String> departmentHeadings,
		List<Department> departments, Report report) {

	public ExportTable {
		extraHeadings = List.copyOf(extraHeadings);
		departmentHeadings = List.copyOf(departmentHeadings);
		departments = List.copyOf(departments);
	}

	/** A table without a cover's details. */
	public ExportTable(String title, List<String> extraHeadings, List<String> departmentHeadings,
			List<Department> departments) {
		this(title, extraHeadings, departmentHeadings, departments, Report.NONE);
	}

	/** A table without department columns. */
	public ExportTable(String title, List<String> extraHeadings, List<Department> departments) {
		this(title, extraHeadings, List.of(), departments);
	}

	/**
	 * What the annual report says beyond the table: the region and year on the cover, the date it was
	 * made, and the classes of the commitments' {@link Item#tally() tally} (绿灯, 黄灯 …) in the order
	 * the summary counts them per category, under {@code tallyHeading}.
	 */
	public record Report(String region, int year, LocalDate made, String tallyHeading, List<String> tallyClasses) {

		public static final Report NONE = new Report("", 0, null, "", List.of());

		public Report {
			tallyClasses = List.copyOf(tallyClasses);
		}

	}

	/**
	 * {@code nameInText} is written, so that a re-import resolves it as the first import did.
	 * {@code extra} has one value per department heading, {@code ""} where a module has none;
	 * {@code place} orders the departments of a category in the report's ranking (0: unranked).
	 */
	public record Department(String nameInText, String category, BigDecimal selfCoefficient,
			BigDecimal assessedCoefficient, List<Item> commitments, List<String> extra, int place) {

		public Department {
			commitments = List.copyOf(commitments);
			extra = List.copyOf(extra);
		}

		/** A department without a place in a ranking. */
		public Department(String nameInText, String category, BigDecimal selfCoefficient,
				BigDecimal assessedCoefficient, List<Item> commitments, List<String> extra) {
			this(nameInText, category, selfCoefficient, assessedCoefficient, commitments, extra, 0);
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

	/**
	 * {@code extra} has one value per extra heading, {@code ""} where a module has none; {@code tally}
	 * is the commitment's class among {@link Report#tallyClasses()} ({@code ""} where none).
	 */
	public record Item(int no, String title, String description, List<String> targets, List<String> extra,
			String tally) {

		public Item {
			targets = List.copyOf(targets);
			extra = List.copyOf(extra);
		}

		/** An item without a tally. */
		public Item(int no, String title, String description, List<String> targets, List<String> extra) {
			this(no, title, description, targets, extra, "");
		}

	}

}
