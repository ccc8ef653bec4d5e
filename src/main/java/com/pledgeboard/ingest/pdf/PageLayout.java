package com.pledgeboard.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.TableFormatException;
import com.pledgeboard.ingest.grid.Column;
import com.pledgeboard.ingest.grid.GridRow;
import com.pledgeboard.ingest.grid.GridTableBuilder;
import com.pledgeboard.ingest.grid.ReadLimits;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.ingest.text.TextJoiner;

/**
 * Rebuilds a commitment table from the positions of a PDF's characters.
 *
 * <ol>
 * <li><b>Lines</b>: characters whose baselines lie within a third of their size of each other, on one page.</li>
 * <li><b>Header</b>: a band of lines whose pieces (text separated by wide gaps) are parts of column
 * names; pieces above each other make one column (wrapped header text), and the band must name 部门,
 * 承诺事项 and 具体描述. It is looked for on every page and skipped where it repeats.</li>
 * <li><b>Columns</b>: between two neighbouring header columns, the boundary is the middle of the
 * widest vertical strip in which no character of the table's body lies; every character goes to the
 * column its centre falls in.</li>
 * <li><b>Rows</b>: a commitment starts at a line whose title cell begins with a number ({@code 1.});
 * the lines after it, across page breaks, belong to it until the next one. A department starts at a
 * commitment whose number does not follow the one before (numbering restarts at 1), and its name is
 * all the text of the department column beside its commitments, so a name centred in a merged cell
 * is found as well as one at the top. A line whose only text is a category label is a section row.</li>
 * <li>Page numbers (a last line such as {@code - 3 -} or {@code 第3页}) are dropped.</li>
 * </ol>
 * The rows then go through the same {@link GridTableBuilder} as a spreadsheet's. Text that is top- or
 * middle-aligned in its cells reads the same; a title that sits lower in its row than the first lines
 * of its description is the layout this cannot rebuild, and then the text reader is tried.
 */
final class PageLayout {

	private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–－\\s]*(第)?\\s*\\d{1,4}\\s*(页)?(\\s*[/／共]\\s*\\d{1,4}\\s*页?)?[-—–－\\s]*");

	private static final List<String> COLUMN_NAMES = new ArrayList<>();

	static {
		for (Column column : Column.values()) {
			COLUMN_NAMES.add(column.heading());
		}
		COLUMN_NAMES.addAll(List.of("单位", "责任单位", "部门名称", "责任部门", "具体内容", "自评系数", "评定系数", "部门类别", "编号"));
	}

	private final String sourceName;

	private final List<Glyph> glyphs;

	private final ReadLimits limits;

	private final ReadProgress progress;

	PageLayout(String sourceName, List<Glyph> glyphs, ReadLimits limits, ReadProgress progress) {
		this.sourceName = sourceName;
		this.glyphs = glyphs;
		this.limits = limits;
		this.progress = progress;
	}

	/** A line of text on a page; {@code number} counts the page's lines from 1. */
	private record Line(int page, int number, float y, float size, List<Glyph> glyphs) {

		String text() {
			StringBuilder text = new StringBuilder();
			glyphs.forEach(g -> text.append(g.text()));
			return text.toString();
		}

	}

	/** Text separated from its neighbours on the line by a wide gap. */
	private record Piece(float x, float right, float y, String text) {
	}

	/** A header column: its name as joined from the band, its extent, and what it names. */
	private record HeaderColumn(float x, float right, String text, Column column) {

		float centre() {
			return (x + right) / 2;
		}

	}

	/** A commitment row being collected: the text lines of each column. */
	private static final class Row {

		final Line first;

		final int no;

		final List<List<String>> cells;

		Row(Line first, int no, int columns) {
			this.first = first;
			this.no = no;
			this.cells = new ArrayList<>(columns);
			for (int c = 0; c < columns; c++) {
				cells.add(new ArrayList<>());
			}
		}

		String joined(int column) {
			TextJoiner joiner = new TextJoiner();
			cells.get(column).forEach(joiner::append);
			return joiner.toString();
		}

	}

	ParsedTable table() {
		List<Line> lines = lines();
		dropPageNumbers(lines);
		List<HeaderColumn> header = null;
		List<Line> body = new ArrayList<>();
		List<Line> beforeHeader = new ArrayList<>();
		int page = -1;
		int skipUntil = -1;
		int bandStart = -1;
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			if (line.page() != page) {
				page = line.page();
				int[] band = new int[2];
				List<HeaderColumn> found = header(lines, i, band);
				if (found != null) {
					header = header == null ? found : header;
					bandStart = band[0];
					skipUntil = band[1];
				}
			}
			if (i >= bandStart && i < skipUntil) {
				continue;
			}
			boolean aboveFirstHeader = header == null || (body.isEmpty() && i < bandStart);
			(aboveFirstHeader ? beforeHeader : body).add(line);
		}
		if (header == null) {
			throw new TableFormatException(sourceName, 0, "no header row naming 部门, 承诺事项 and 具体描述 found on any page");
		}
		float[] boundaries = boundaries(header, body);
		return rows(header, boundaries, beforeHeader, body);
	}

	private List<Line> lines() {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingInt(Glyph::page).thenComparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
		List<Line> lines = new ArrayList<>();
		List<Glyph> current = new ArrayList<>();
		float y = 0;
		float size = 0;
		int page = -1;
		int number = 0;
		for (Glyph glyph : sorted) {
			if (!current.isEmpty() && (glyph.page() != page || glyph.y() - y > Math.max(size, glyph.size()) / 3)) {
				lines.add(line(page, ++number, y, size, current));
				current = new ArrayList<>();
			}
			if (glyph.page() != page) {
				number = 0;
			}
			if (current.isEmpty()) {
				y = glyph.y();
				size = glyph.size();
				page = glyph.page();
			}
			size = Math.max(size, glyph.size());
			current.add(glyph);
		}
		if (!current.isEmpty()) {
			lines.add(line(page, ++number, y, size, current));
		}
		return lines;
	}

	private static Line line(int page, int number, float y, float size, List<Glyph> glyphs) {
		glyphs.sort(Comparator.comparingDouble(Glyph::x));
		return new Line(page, number, y, size, List.copyOf(glyphs));
	}

	private static void dropPageNumbers(List<Line> lines) {
		for (int i = lines.size() - 1; i >= 0; i--) {
			boolean lastOfPage = i + 1 == lines.size() || lines.get(i + 1).page() != lines.get(i).page();
			if (lastOfPage && PAGE_NUMBER.matcher(lines.get(i).text()).matches()) {
				lines.remove(i);
			}
		}
	}

	private static List<Piece> pieces(Line line) {
		List<Piece> pieces = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		float x = 0;
		float right = 0;
		for (Glyph glyph : line.glyphs()) {
			if (!text.isEmpty() && glyph.x() - right > line.size()) {
				pieces.add(new Piece(x, right, line.y(), text.toString()));
				text.setLength(0);
			}
			if (text.isEmpty()) {
				x = glyph.x();
			}
			text.append(glyph.text());
			right = Math.max(right, glyph.right());
		}
		if (!text.isEmpty()) {
			pieces.add(new Piece(x, right, line.y(), text.toString()));
		}
		return pieces;
	}

	private static boolean isNamePiece(String text) {
		String key = text.replaceAll("\\s", "");
		if (key.isEmpty()) {
			return false;
		}
		for (String name : COLUMN_NAMES) {
			if (name.contains(key)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The header whose band starts at line {@code from} or within the page's first lines, or
	 * {@code null}; {@code band} is set to the band's first index and the index after it.
	 */
	private List<HeaderColumn> header(List<Line> lines, int from, int[] band) {
		int page = lines.get(from).page();
		for (int start = from; start < lines.size() && lines.get(start).page() == page && start < from + 8; start++) {
			List<Piece> first = pieces(lines.get(start));
			if (first.stream().filter(p -> isNamePiece(p.text())).count() < 2) {
				continue;
			}
			List<Piece> pieces = new ArrayList<>(first);
			int end = start + 1;
			while (end < lines.size() && lines.get(end).page() == page
					&& lines.get(end).y() - lines.get(end - 1).y() < 2.5f * lines.get(end).size()) {
				List<Piece> next = pieces(lines.get(end));
				if (next.isEmpty() || !next.stream().allMatch(p -> isNamePiece(p.text()))) {
					break;
				}
				pieces.addAll(next);
				end++;
			}
			List<HeaderColumn> columns = columns(pieces);
			boolean complete = true;
			for (Column required : Column.values()) {
				if (required.required() && columns.stream().noneMatch(c -> c.column() == required)) {
					complete = false;
				}
			}
			if (complete) {
				band[0] = start;
				band[1] = end;
				return columns;
			}
		}
		return null;
	}

	/** Pieces of the header band that overlap horizontally make one column, read top to bottom. */
	private static List<HeaderColumn> columns(List<Piece> band) {
		List<Piece> sorted = new ArrayList<>(band);
		sorted.sort(Comparator.comparingDouble(Piece::x));
		List<List<Piece>> groups = new ArrayList<>();
		float right = Float.NEGATIVE_INFINITY;
		for (Piece piece : sorted) {
			if (groups.isEmpty() || piece.x() > right) {
				groups.add(new ArrayList<>());
			}
			groups.get(groups.size() - 1).add(piece);
			right = groups.get(groups.size() - 1).size() == 1 ? piece.right() : Math.max(right, piece.right());
		}
		List<HeaderColumn> columns = new ArrayList<>();
		for (List<Piece> group : groups) {
			group.sort(Comparator.comparingDouble(Piece::y).thenComparingDouble(Piece::x));
			StringBuilder text = new StringBuilder();
			float x = Float.POSITIVE_INFINITY;
			float r = Float.NEGATIVE_INFINITY;
			for (Piece piece : group) {
				text.append(piece.text());
				x = Math.min(x, piece.x());
				r = Math.max(r, piece.right());
			}
			columns.add(new HeaderColumn(x, r, text.toString(), Column.named(text.toString())));
		}
		return columns;
	}

	/**
	 * Boundaries between neighbouring header columns: the middle of the widest gap in the body's text
	 * between their centres, or the middle between the two headers where the body leaves none.
	 */
	private float[] boundaries(List<HeaderColumn> header, List<Line> body) {
		List<float[]> covered = new ArrayList<>();
		for (Line line : body) {
			if (label(line) != null) {
				continue;
			}
			for (Glyph glyph : line.glyphs()) {
				covered.add(new float[] { glyph.x(), glyph.right() });
			}
		}
		covered.sort(Comparator.comparingDouble(a -> a[0]));
		List<float[]> merged = new ArrayList<>();
		for (float[] interval : covered) {
			if (!merged.isEmpty() && interval[0] <= merged.get(merged.size() - 1)[1]) {
				merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], interval[1]);
			}
			else {
				merged.add(new float[] { interval[0], interval[1] });
			}
		}
		float[] boundaries = new float[header.size() - 1];
		for (int c = 0; c + 1 < header.size(); c++) {
			float left = header.get(c).centre();
			float right = header.get(c + 1).centre();
			float best = -1;
			float boundary = (header.get(c).right() + header.get(c + 1).x()) / 2;
			for (int g = 0; g + 1 < merged.size(); g++) {
				float from = Math.max(merged.get(g)[1], left);
				float to = Math.min(merged.get(g + 1)[0], right);
				if (to - from > best && merged.get(g)[1] >= left - 1 && merged.get(g + 1)[0] <= right + 1) {
					best = to - from;
					boundary = (from + to) / 2;
				}
			}
			boundaries[c] = boundary;
		}
		return boundaries;
	}

	private static int columnOf(float x, float[] boundaries) {
		int column = 0;
		while (column < boundaries.length && x >= boundaries[column]) {
			column++;
		}
		return column;
	}

	/** The line's cells: its characters by column, with a space where a gap inside a cell is wide. */
	private static String[] cells(Line line, float[] boundaries) {
		StringBuilder[] cells = new StringBuilder[boundaries.length + 1];
		float[] rights = new float[cells.length];
		for (Glyph glyph : line.glyphs()) {
			int c = columnOf(glyph.centre(), boundaries);
			if (cells[c] == null) {
				cells[c] = new StringBuilder();
			}
			else if (glyph.x() - rights[c] > glyph.size() * 0.3f) {
				cells[c].append(' ');
			}
			cells[c].append(glyph.text());
			rights[c] = glyph.right();
		}
		String[] result = new String[cells.length];
		for (int c = 0; c < cells.length; c++) {
			result[c] = cells[c] == null ? "" : cells[c].toString();
		}
		return result;
	}

	/** The category label a line holds alone, or {@code null}. */
	private static String label(Line line) {
		String text = line.text().replaceAll("\\s", "");
		if (text.length() < 2 || text.length() > 10 || !text.endsWith("类")) {
			return null;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN && !TextJoiner.isLatinOrDigit(c)) {
				return null;
			}
		}
		return text;
	}

	private ParsedTable rows(List<HeaderColumn> header, float[] boundaries, List<Line> beforeHeader, List<Line> body) {
		int columns = header.size();
		int title = indexOf(header, Column.TITLE);
		int department = indexOf(header, Column.DEPARTMENT);
		GridTableBuilder builder = new GridTableBuilder(sourceName, limits, progress);
		builder.startSheet("page 1");
		List<String> headerCells = new ArrayList<>();
		header.forEach(h -> headerCells.add(h.text()));
		builder.row(new GridRow(0, "page 1, header", headerCells, false));
		for (Line line : beforeHeader) {
			String label = label(line);
			if (label != null) {
				builder.row(labelRow(line, label, columns));
			}
		}
		List<Row> block = new ArrayList<>();
		Row current = null;
		int lineCount = 0;
		for (Line line : body) {
			if (++lineCount > limits.maxRows() * 50L) {
				throw new TableFormatException(sourceName, 0, "more lines than a table within pledgeboard.import.max-rows has");
			}
			String label = label(line);
			String[] cells = cells(line, boundaries);
			if (label != null && nonEmpty(cells) == 1) {
				emit(builder, block, department, header);
				block.clear();
				current = null;
				builder.row(labelRow(line, label, columns));
				continue;
			}
			int no = GridTableBuilder.titleNumber(cells[title].strip());
			if (no > 0) {
				if (current != null && no <= current.no) {
					emit(builder, block, department, header);
					block.clear();
				}
				current = new Row(line, no, columns);
				block.add(current);
			}
			if (current == null) {
				continue;
			}
			for (int c = 0; c < columns; c++) {
				if (!cells[c].isBlank()) {
					current.cells.get(c).add(cells[c]);
				}
			}
		}
		emit(builder, block, department, header);
		return builder.finish();
	}

	/**
	 * Hands a department's rows to the builder: the department column's text of all its rows is its
	 * name, on the first row; the coefficients and category are the first line their columns have.
	 */
	private static void emit(GridTableBuilder builder, List<Row> block, int department, List<HeaderColumn> header) {
		if (block.isEmpty()) {
			return;
		}
		int columns = header.size();
		String[] shared = new String[columns];
		for (int c = 0; c < columns; c++) {
			Column column = header.get(c).column();
			if (c == department) {
				TextJoiner name = new TextJoiner();
				block.forEach(r -> r.cells.get(department).forEach(name::append));
				shared[c] = name.toString();
			}
			else if (column == Column.SELF_COEFFICIENT || column == Column.ASSESSED_COEFFICIENT || column == Column.CATEGORY) {
				final int index = c;
				shared[c] = block.stream().flatMap(r -> r.cells.get(index).stream()).findFirst().orElse("").strip();
			}
		}
		for (int r = 0; r < block.size(); r++) {
			Row row = block.get(r);
			List<String> cells = new ArrayList<>(columns);
			for (int c = 0; c < columns; c++) {
				cells.add(shared[c] != null ? (r == 0 ? shared[c] : "") : row.joined(c));
			}
			builder.row(new GridRow(row.first.number(), "page %d, line %d".formatted(row.first.page() + 1, row.first.number()),
					cells, false));
		}
	}

	private static GridRow labelRow(Line line, String label, int columns) {
		List<String> cells = new ArrayList<>(columns);
		cells.add(label);
		while (cells.size() < columns) {
			cells.add("");
		}
		return new GridRow(line.number(), "page %d, line %d".formatted(line.page() + 1, line.number()), cells, false);
	}

	private static int nonEmpty(String[] cells) {
		int n = 0;
		for (String cell : cells) {
			if (!cell.isBlank()) {
				n++;
			}
		}
		return n;
	}

	private static int indexOf(List<HeaderColumn> header, Column column) {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).column() == column) {
				return i;
			}
		}
		throw new IllegalStateException("the header was accepted without " + column);
	}

}
