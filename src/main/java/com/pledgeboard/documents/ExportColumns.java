package com.pledgeboard.documents;

import java.util.List;
import java.util.Map;

/**
 * Extra columns of the exports, contributed by modules that know more about a commitment than the
 * catalogue: the progress module's status light (红黄绿灯), the scoring module's score and rank. A
 * module offers a bean of this type; the XLSX, CSV and PDF exports add its columns after the targets,
 * beans in their {@link org.springframework.core.annotation.Order order}. The importers ignore columns
 * they do not know, so an export with extra columns still reads back to the same table.
 *
 * <p>The exports are for the assessment office (the back office's ADMIN pages and the command line), so
 * a bean may show what is not yet public, such as the scores of a year still open, labelled as such.
 */
public interface ExportColumns {

	/** What the values describe, and so what they are keyed by. */
	enum Scope {

		/** One value per heading for each commitment, keyed by commitment id. */
		COMMITMENT,

		/**
		 * One value per heading for each department of the year, keyed by department entry id: merged over
		 * the department's rows in XLSX, repeated on each row in CSV, a line under the department in PDF.
		 */
		DEPARTMENT

	}

	/** The columns' headings in Chinese, in order. */
	List<String> headings();

	/** The headings for a plan year, where they depend on it (当前得分 before the scores are frozen). */
	default List<String> headings(long planYearId) {
		return headings();
	}

	default Scope scope() {
		return Scope.COMMITMENT;
	}

	/**
	 * Per commitment id (or department entry id, see {@link #scope()}) of the plan year, one value per
	 * heading; a missing key gets empty cells.
	 */
	Map<Long, List<String>> values(long planYearId);

	/**
	 * The classes this commitment column's values fall in (绿灯, 黄灯 …), in the order the PDF report's
	 * summary counts and charts them per category; empty for a column of free text.
	 */
	default List<String> tallyClasses() {
		return List.of();
	}

	/** Per commitment id, its class among {@link #tallyClasses()}. */
	default Map<Long, String> tally(long planYearId) {
		return Map.of();
	}

	/**
	 * Per department entry id, its place in the order the PDF report's ranking lists a category's
	 * departments (1 first); empty where the column ranks nothing.
	 */
	default Map<Long, Integer> places(long planYearId) {
		return Map.of();
	}

}
