package com.pledgeboard.ingest.grid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.pledgeboard.extraction.ChineseNumbers;
import com.pledgeboard.ingest.ImportWarning;
import com.pledgeboard.ingest.ParsedCommitment;
import com.pledgeboard.ingest.ParsedDepartment;
import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.ingest.TableFormatException;
import com.pledgeboard.ingest.text.TextJoiner;

/**
 * Turns rows of cells (from a spreadsheet, a CSV file or a PDF's rebuilt layout) into a commitment
 * table, one row at a time, so that a streaming reader never holds more than the table itself.
 *
 * <p>The rules, the same for every format:
 * <ul>
 * <li>The <b>header row</b> is the first row that names at least {@link Column#DEPARTMENT 部门},
 * {@link Column#TITLE 承诺事项} and {@link Column#DESCRIPTION 具体描述}, in any order, wrapped or not;
 * the coefficient, category (类别) and number (序号) columns are optional, other columns are ignored.
 * Rows before it are ignored, except a category label, which names the departments after it. The
 * same header again (as on every page of a PDF) is skipped.</li>
 * <li>A <b>section row</b> is one whose only non-empty cell is a category label (short, ending in
 * 类): it names the departments after it.</li>
 * <li>Every other non-empty row is a <b>commitment</b>. An empty department cell continues the
 * department above: that is what a department cell merged over its commitments' rows reads as. So is
 * a department cell that repeats the name above (one row per commitment, as in CSV). The same holds
 * for coefficients and the category column: the first value a department has counts, and a different
 * one later is a warning.</li>
 * <li>A commitment's <b>number</b> is the 序号 column's, else the number printed before the title
 * ({@code 1.}, {@code １．}, {@code 1、}), else the one after the previous commitment's. Numbering
 * starts at 1 for each department; going back is refused, a gap is a warning.</li>
 * </ul>
 * Empty rows are skipped. Anything that cannot be read refuses the whole table with a message naming
 * the source, the row and the cell.
 */
public final class GridTableBuilder {

	private static final int MAX_LABEL_LENGTH = 10;

	private final String sourceName;

	private final ReadLimits limits;

	private final ReadProgress progress;

	private final List<ImportWarning> warnings = new ArrayList<>();

	private final List<ParsedDepartment> departments = new ArrayList<>();

	private Map<Column, Integer> columns;

	private boolean anyHeader;

	private String category;

	private int rows;

	private Department current;

	private Made made;

	/**
	 * The commitment a row made: the department's index in the table and the commitment's number.
	 * @param columns the header's columns by cell index, to tell what each cell of the row was
	 */
	public record Made(int department, int no, Map<Integer, Column> columns) {
	}

	private String sheet;

	public GridTableBuilder(String sourceName, ReadLimits limits, ReadProgress progress) {
		this.sourceName = sourceName;
		this.limits = limits;
		this.progress = progress;
	}

	/**
	 * Starts a new sheet (or document part): its header has to be found again, and the department of
	 * the sheet before ends.
	 * @param description how messages name the sheet, for example {@code sheet 承诺事项}
	 */
	public void startSheet(String description) {
		endSheet();
		this.sheet = description;
		columns = null;
		category = null;
	}

	/** Whether the current sheet has had its header row. */
	public boolean hasHeader() {
		return columns != null;
	}

	/** A warning for the table, located by the reader. */
	public void warn(String location, String message) {
		warnings.add(new ImportWarning(location, message));
	}

	public void row(GridRow row) {
		made = null;
		if (row.isBlank()) {
			return;
		}
		if (++rows > limits.maxRows()) {
			throw new TableFormatException(sourceName, 0, "%s: more than %d rows; the limit is pledgeboard.import.max-rows"
				.formatted(row.where(), limits.maxRows()));
		}
		if (rows % 1000 == 0) {
			progress.rowsRead(rows);
		}
		String label = sectionLabel(row);
		if (columns == null) {
			if (!findHeader(row) && label != null) {
				category = label;
			}
			return;
		}
		if (label != null) {
			endDepartment();
			category = label;
			return;
		}
		if (findHeader(row)) {
			return;
		}
		commitment(row);
	}

	/** The commitment the last row given made, or {@code null} when it made none (a header, a label, a blank row). */
	public Made made() {
		return made;
	}

	/** The table read so far, with its warnings; refuses a document in which no header row was found. */
	public ParsedTable finish() {
		endSheet();
		progress.rowsRead(rows);
		if (!anyHeader) {
			throw new TableFormatException(sourceName, 0,
					"no header row naming the columns 部门, 承诺事项 and 具体描述 found: this is not a commitment table (未找到表头)");
		}
		if (departments.isEmpty()) {
			throw new TableFormatException(sourceName, 0, "the table has a header row but no commitments (表中没有承诺事项)");
		}
		if (departments.stream().anyMatch(d -> d.category() == null)) {
			warnings.add(new ImportWarning(sourceName,
					"no category (类别) for some departments: neither a section row such as 社会发展类 nor a 类别 column names one"));
		}
		return new ParsedTable(departments, warnings);
	}

	private void endSheet() {
		endDepartment();
	}

	/**
	 * Whether the row is a header row; if so its columns are the ones read from now on. The same header
	 * again (on every page of a PDF, at the top of each Word table) is skipped this way, and so is
	 * another header of the same table with its columns in another order or wrapped differently.
	 */
	private boolean findHeader(GridRow row) {
		Map<Column, Integer> found = new EnumMap<>(Column.class);
		for (int c = 0; c < row.cells().size(); c++) {
			Column column = Column.named(row.cell(c));
			if (column != null && !found.containsKey(column)) {
				found.put(column, c);
			}
		}
		for (Column column : Column.values()) {
			if (column.required() && !found.containsKey(column)) {
				return false;
			}
		}
		columns = found;
		anyHeader = true;
		return true;
	}

	/** Whether a paragraph of text standing alone (not in a table cell) is a category label such as 社会发展类. */
	public static boolean isSectionLabel(String text) {
		return sectionLabel(new GridRow(0, "", List.of(text), false)) != null;
	}

	/** The label of a section row, or {@code null}. */
	private static String sectionLabel(GridRow row) {
		String only = null;
		for (String cell : row.cells()) {
			if (!cell.isBlank()) {
				if (only != null) {
					return null;
				}
				only = cell;
			}
		}
		if (only == null) {
			return null;
		}
		String label = Column.withoutSpaces(only);
		if (label.length() < 2 || label.length() > MAX_LABEL_LENGTH || !label.endsWith("类")) {
			return null;
		}
		for (int i = 0; i < label.length(); i++) {
			char c = label.charAt(i);
			if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN && !TextJoiner.isLatinOrDigit(c)) {
				return null;
			}
		}
		return label;
	}

	private void commitment(GridRow row) {
		String name = text(row, Column.DEPARTMENT);
		String rowCategory = text(row, Column.CATEGORY);
		if (!rowCategory.isEmpty()) {
			if (current != null && !rowCategory.equals(current.category) && (name.isEmpty() || name.equals(current.name))) {
				warn(row.where(), "the department “%s” already has the category “%s”; “%s” in %s is ignored"
					.formatted(current.name, current.category, rowCategory, cellName(row, Column.CATEGORY)));
			}
			category = rowCategory;
		}
		String rawTitle = text(row, Column.TITLE);
		String description = text(row, Column.DESCRIPTION);
		int printedNo = titleNumber(rawTitle);
		String title = printedNo >= 0 ? withoutNumber(rawTitle) : rawTitle;
		if (!name.isEmpty() && (current == null || !name.equals(current.name))) {
			endDepartment();
			current = new Department(name, category, row.line());
		}
		else if (current == null) {
			throw refuse(row, Column.DEPARTMENT, "the commitment has no department (部门), and there is none above it");
		}
		if (title.isEmpty() && description.isEmpty()) {
			coefficients(row);
			if (current.commitments.isEmpty()) {
				return;
			}
			warn(row.where(), "a row with neither title (承诺事项) nor description (具体描述) is skipped");
			return;
		}
		if (title.isEmpty()) {
			throw refuse(row, Column.TITLE, "the commitment has a description but no title (承诺事项)");
		}
		if (description.isEmpty()) {
			throw refuse(row, Column.DESCRIPTION, "the commitment “%s” has no description (具体描述)".formatted(quote(title)));
		}
		int no = number(row, printedNo);
		int previous = current.commitments.isEmpty() ? 0 : current.commitments.get(current.commitments.size() - 1).no();
		if (no <= previous) {
			throw refuse(row, Column.TITLE, "commitment numbered %d follows number %d of the same department “%s”: numbering starts at 1 for each department and only goes up"
				.formatted(no, previous, current.name));
		}
		if (no > previous + 1) {
			warn(row.where(), "commitment numbered %d follows number %d of “%s”: %s missing (编号不连续)".formatted(no, previous,
					current.name, no == previous + 2 ? "number " + (previous + 1) + " is" : "numbers " + (previous + 1) + " to " + (no - 1) + " are"));
		}
		coefficients(row);
		current.commitments.add(new ParsedCommitment(no, title, description, row.line()));
		Map<Integer, Column> byIndex = new java.util.HashMap<>();
		columns.forEach((column, index) -> byIndex.put(index, column));
		made = new Made(departments.size(), no, byIndex);
	}

	private int number(GridRow row, int printedNo) {
		String noCell = text(row, Column.NO);
		if (!noCell.isEmpty()) {
			String digits = noCell.endsWith(".") || noCell.endsWith("、") ? noCell.substring(0, noCell.length() - 1) : noCell;
			try {
				int no = new BigDecimal(ascii(digits)).intValueExact();
				if (no > 0 && no < 1000) {
					return no;
				}
			}
			catch (ArithmeticException | NumberFormatException ex) {
				// refused below with the cell's text
			}
			throw refuse(row, Column.NO, "“%s” is not a commitment number (序号)".formatted(quote(noCell)));
		}
		if (printedNo >= 0) {
			return printedNo;
		}
		return current.commitments.isEmpty() ? 1 : current.commitments.get(current.commitments.size() - 1).no() + 1;
	}

	private void coefficients(GridRow row) {
		current.self = coefficient(row, Column.SELF_COEFFICIENT, current.self);
		current.assessed = coefficient(row, Column.ASSESSED_COEFFICIENT, current.assessed);
	}

	private BigDecimal coefficient(GridRow row, Column column, BigDecimal known) {
		String text = text(row, column);
		if (text.isEmpty()) {
			return known;
		}
		BigDecimal value;
		try {
			value = new BigDecimal(ascii(text));
		}
		catch (NumberFormatException ex) {
			throw refuse(row, column, "“%s” is not a difficulty coefficient (难度系数应为数字，例如 1.2)".formatted(quote(text)));
		}
		if (value.signum() <= 0 || value.compareTo(BigDecimal.TEN) >= 0 || value.scale() > 3) {
			throw refuse(row, column, "%s is not a difficulty coefficient: it must be above 0 and below 10, with at most three decimals"
				.formatted(text));
		}
		if (known != null && known.compareTo(value) != 0) {
			warn(row.where(), "%s gives %s for the department “%s”, which already has %s; the first value is kept"
				.formatted(cellName(row, column), text, current.name, known.toPlainString()));
			return known;
		}
		return known != null ? known : value;
	}

	private void endDepartment() {
		if (current == null) {
			return;
		}
		if (!current.commitments.isEmpty()) {
			departments.add(new ParsedDepartment(current.name, current.category, current.self, current.assessed,
					current.line, current.commitments));
		}
		else {
			warn("line " + current.line, "the department “%s” has no commitments and is skipped".formatted(current.name));
		}
		current = null;
	}

	/** A cell's text with wrapped lines joined the way the text reader joins them. */
	private String text(GridRow row, Column column) {
		Integer index = columns.get(column);
		if (index == null) {
			return "";
		}
		String cell = row.cell(index);
		if (cell.isEmpty()) {
			return cell;
		}
		TextJoiner joined = new TextJoiner();
		cell.lines().forEach(joined::append);
		return joined.toString();
	}

	private String cellName(GridRow row, Column column) {
		return row.cellName(columns.get(column), column.heading());
	}

	private TableFormatException refuse(GridRow row, Column column, String detail) {
		String where = (sheet != null && !row.where().startsWith(sheet) ? sheet + ", " : "") + row.where();
		return new TableFormatException(sourceName, 0, where + ", " + cellName(row, column) + ": " + detail);
	}

	/** The number before a title ({@code 1.}, {@code １．}, {@code 1、}, not {@code 1.4}), or -1. */
	public static int titleNumber(String title) {
		int no = 0;
		int i = 0;
		while (i < title.length() && i < 4 && ChineseNumbers.digit(title.charAt(i)) >= 0) {
			no = no * 10 + ChineseNumbers.digit(title.charAt(i));
			i++;
		}
		if (i == 0 || i > 3 || i >= title.length()) {
			return -1;
		}
		char separator = title.charAt(i);
		if (separator != '.' && separator != '．' && separator != '、') {
			return -1;
		}
		if (i + 1 < title.length() && ChineseNumbers.digit(title.charAt(i + 1)) >= 0) {
			return -1;
		}
		return no > 0 ? no : -1;
	}

	private static String withoutNumber(String title) {
		int i = 0;
		while (ChineseNumbers.digit(title.charAt(i)) >= 0) {
			i++;
		}
		return title.substring(i + 1).strip();
	}

	private static String ascii(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int d = ChineseNumbers.digit(c);
			result.append(d >= 0 ? (char) ('0' + d) : c == '．' ? '.' : c);
		}
		return result.toString().strip();
	}

	private static String quote(String text) {
		return text.length() <= 24 ? text : text.substring(0, 24) + "…";
	}

	/** A department being read. */
	private static final class Department {

		final String name;

		final String category;

		final int line;

		final List<ParsedCommitment> commitments = new ArrayList<>();

		BigDecimal self;

		BigDecimal assessed;

		Department(String name, String category, int line) {
			this.name = name;
			this.category = category;
			this.line = line;
		}

	}

}
