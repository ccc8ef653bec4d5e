package com.pledgeboard.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.pledgeboard.ingest.ImportWarning;
import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.SourceCell;
import com.pledgeboard.ingest.TableFormatException;
import com.pledgeboard.ingest.grid.Column;
import com.pledgeboard.ingest.grid.GridRow;
import com.pledgeboard.ingest.grid.GridTableBuilder;
import com.pledgeboard.ingest.grid.ReadLimits;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.ingest.text.TextJoiner;

/**
 * Rebuilds a commitment table from the positions of a PDF's characters and the rulings of its pages:
 * the one layout engine of the PDF reader, which reads each page in one of two modes and says which.
 *
 * <p><b>Lattice</b>, a page whose rulings make a table ({@link Lattice}): each character goes to the
 * cell holding its centre, and the cells' rows go to the builder as a spreadsheet's would, a merged
 * cell's text in its first grid cell. A page's first row that carries on the last row of the page
 * before (no title, or the end of a wrapped title without its number, or the row before had no title
 * yet) is joined to that row, with a warning. Category labels standing outside the table are section rows.
 *
 * <p><b>Stream</b>, pages without rulings:
 * <ol>
 * <li><b>Lines</b>: characters whose baselines lie within a third of their size of each other, on one page.</li>
 * <li><b>Header</b>: a band of lines whose pieces (text separated by gaps) are parts of column names;
 * pieces above each other make one column (header text wrapped up or down), and the band must name
 * 部门, 承诺事项 and 具体描述. It is looked for on every page and skipped where it repeats.</li>
 * <li><b>Columns</b>: between two neighbouring header columns, the boundary is the middle of the
 * widest vertical strip in which no character of the table's body lies; every character goes to the
 * column its centre falls in.</li>
 * <li><b>Rows</b>: every line whose title cell begins with a number ({@code 1.}) anchors a row; the
 * lines between two anchors are cut at the widest text-free strip after the first one's title, so a
 * description centred in its row whose first lines sit above the title joins that row; at the top of a
 * page, lines set apart from the first title's own lines by more than the leading carry on the last row
 * of the page before, split by the break (flagged, with a warning). Lines with
 * text only in the department or coefficient columns join the row whose span holds their centre. A
 * department starts where numbering restarts, and its name is all the text of the department column
 * beside its commitments. A line whose only text is a category label is a section row.</li>
 * <li>Page numbers (a last line such as {@code - 3 -} or {@code 第3页}) are dropped.</li>
 * </ol>
 * The rows of both modes, in page order, then go through the same {@link GridTableBuilder} as a
 * spreadsheet's. Where no mode finds a table, the PDF reader tries the text reader.
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

	private final List<List<Ruling>> rulings;

	/** How each page was read, by page index: {@code lattice} or {@code stream}. */
	private final Map<Integer, String> modes = new TreeMap<>();

	private final List<ImportWarning> doubts = new ArrayList<>();

	/** Where the header band of each stream page ends (the last header line's baseline), by page. */
	private final Map<Integer, Float> headerBottom = new HashMap<>();

	/**
	 * The distance between the baselines of two lines of one cell (the most common distance between
	 * a column's neighbouring lines): lines further apart than this and a quarter of their size have
	 * a cell's padding between them, so belong to different rows.
	 */
	private float leading;

	/**
	 * @param rulings each page's rulings, by page index, as {@link RulingCollector} found them
	 */
	PageLayout(String sourceName, List<Glyph> glyphs, List<List<Ruling>> rulings, ReadLimits limits, ReadProgress progress) {
		this.sourceName = sourceName;
		this.glyphs = glyphs;
		this.rulings = rulings;
		this.limits = limits;
		this.progress = progress;
	}

	/**
	 * A row for the builder and the page it was found on, so that rows of both modes go in page order;
	 * with each cell's glyphs and doubts where it is a table row ({@code null} for headers and labels).
	 */
	private record Placed(int page, int line, String where, List<String> cells, List<Source> sources) {

		Placed(int page, GridRow row) {
			this(page, row.line(), row.where(), row.cells(), null);
		}

		GridRow row() {
			return new GridRow(line, where, cells, false);
		}

	}

	/** Which mode read each page, for the reader's warning: {@code lattice (ruled): pages 1–3; stream (no rulings): page 4}. */
	String modes() {
		Map<String, List<Integer>> pages = new TreeMap<>();
		modes.forEach((page, mode) -> pages.computeIfAbsent(mode, m -> new ArrayList<>()).add(page + 1));
		List<String> parts = new ArrayList<>();
		pages.forEach((mode, list) -> parts.add((mode.equals("lattice") ? "lattice (ruled table: cells from the rulings)"
				: "stream (no rulings: columns from the header and the text-free strips, rows from the numbered titles)") + ": "
				+ ranges(list)));
		return String.join("; ", parts);
	}

	private static String ranges(List<Integer> pages) {
		List<String> ranges = new ArrayList<>();
		int i = 0;
		while (i < pages.size()) {
			int j = i;
			while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
				j++;
			}
			ranges.add(i == j ? String.valueOf(pages.get(i)) : pages.get(i) + "–" + pages.get(j));
			i = j + 1;
		}
		return (pages.size() == 1 ? "page " : "pages ") + String.join(", ", ranges);
	}

	/** The glyphs a cell was made of and what the engine was unsure of in making it. */
	private record Source(List<Glyph> glyphs, Set<SourceCell.Doubt> doubts) {

		static Source of(List<Glyph> glyphs) {
			return new Source(new ArrayList<>(glyphs), EnumSet.noneOf(SourceCell.Doubt.class));
		}

		void add(Source other) {
			glyphs.addAll(other.glyphs());
			doubts.addAll(other.doubts());
		}

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

		final List<Source> sources;

		Row(Line first, int no, int columns) {
			this.first = first;
			this.no = no;
			this.cells = new ArrayList<>(columns);
			this.sources = new ArrayList<>(columns);
			for (int c = 0; c < columns; c++) {
				cells.add(new ArrayList<>());
				sources.add(Source.of(List.of()));
			}
		}

		String joined(int column) {
			TextJoiner joiner = new TextJoiner();
			cells.get(column).forEach(joiner::append);
			return joiner.toString();
		}

	}

	ParsedTable table() {
		Map<Integer, List<Glyph>> byPage = new TreeMap<>();
		for (Glyph glyph : glyphs) {
			byPage.computeIfAbsent(glyph.page(), p -> new ArrayList<>()).add(glyph);
		}
		List<Placed> placed = new ArrayList<>();
		List<Glyph> streamGlyphs = new ArrayList<>();
		Placed last = null;
		int[] titleColumn = { -1 };
		for (Map.Entry<Integer, List<Glyph>> page : byPage.entrySet()) {
			Lattice lattice = page.getKey() < rulings.size() ? Lattice.of(rulings.get(page.getKey())) : null;
			List<Glyph> outside = new ArrayList<>();
			List<List<List<Glyph>>> cells = lattice == null ? null : lattice.cells(page.getValue(), outside);
			if (cells == null || outside.size() * 2 > page.getValue().size()) {
				streamGlyphs.addAll(page.getValue());
				modes.put(page.getKey(), "stream");
				continue;
			}
			modes.put(page.getKey(), "lattice");
			last = lattice(page.getKey(), lattice, cells, outside, placed, last, titleColumn);
		}
		if (!streamGlyphs.isEmpty()) {
			try {
				stream(lines(streamGlyphs), placed);
			}
			catch (TableFormatException ex) {
				if (placed.isEmpty()) {
					throw ex;
				}
				doubts.add(new ImportWarning(sourceName, "the text of the pages without rulings was left out, as no table was found in it (%s)"
					.formatted(ex.getMessage())));
			}
		}
		placed.sort(Comparator.comparingInt(Placed::page));
		GridTableBuilder builder = new GridTableBuilder(sourceName, limits, progress);
		builder.startSheet("page 1");
		List<SourceCell> sourceCells = new ArrayList<>();
		for (Placed row : placed) {
			builder.row(row.row());
			GridTableBuilder.Made made = builder.made();
			if (made != null && row.sources() != null) {
				sourceCells.addAll(sourceCells(made, row));
			}
		}
		ParsedTable table = builder.finish();
		List<ImportWarning> warnings = new ArrayList<>(doubts);
		warnings.addAll(table.warnings());
		return new ParsedTable(table.departments(), warnings, sourceCells, List.of());
	}

	/** Where the cells of a row that made a commitment came from, and how sure the engine and the OCR are of each. */
	private static List<SourceCell> sourceCells(GridTableBuilder.Made made, Placed row) {
		List<SourceCell> cells = new ArrayList<>();
		for (int c = 0; c < row.sources().size(); c++) {
			Source source = row.sources().get(c);
			SourceCell.Field field = field(made.columns().get(c));
			if (field == null || source.glyphs().isEmpty()) {
				continue;
			}
			float left = Float.MAX_VALUE, top = Float.MAX_VALUE, right = -Float.MAX_VALUE, bottom = -Float.MAX_VALUE;
			double confidence = 0;
			boolean recognised = false;
			for (Glyph g : source.glyphs()) {
				left = Math.min(left, g.x());
				top = Math.min(top, g.y() - g.size());
				right = Math.max(right, g.right());
				bottom = Math.max(bottom, g.y());
				confidence += g.confidence();
				recognised |= g.confidence() >= 0;
			}
			int mean = recognised ? (int) Math.round(confidence / source.glyphs().size()) : -1;
			Set<SourceCell.Doubt> doubts = EnumSet.noneOf(SourceCell.Doubt.class);
			doubts.addAll(source.doubts());
			if (recognised && mean < SourceCell.LOW_CONFIDENCE) {
				doubts.add(SourceCell.Doubt.LOW_CONFIDENCE);
			}
			boolean departmentCell = field == SourceCell.Field.DEPARTMENT || field == SourceCell.Field.SELF_COEFFICIENT
					|| field == SourceCell.Field.ASSESSED_COEFFICIENT;
			cells.add(new SourceCell(made.department(), departmentCell ? 0 : made.no(), field, source.glyphs().get(0).page(), left, top,
					right, bottom, mean, doubts));
		}
		return cells;
	}

	private static SourceCell.Field field(Column column) {
		if (column == null) {
			return null;
		}
		return switch (column) {
			case DEPARTMENT -> SourceCell.Field.DEPARTMENT;
			case TITLE -> SourceCell.Field.TITLE;
			case DESCRIPTION -> SourceCell.Field.DESCRIPTION;
			case SELF_COEFFICIENT -> SourceCell.Field.SELF_COEFFICIENT;
			case ASSESSED_COEFFICIENT -> SourceCell.Field.ASSESSED_COEFFICIENT;
			default -> null;
		};
	}

	/**
	 * A ruled page's rows, with category labels standing outside the table above or below it. The
	 * first row of a page whose title cell is empty while others are not is the rest of the last row
	 * of the page before, split by the page break: it is joined to that row, and the review is told.
	 * @return the last row placed, to which the next page's first row may belong
	 */
	private Placed lattice(int page, Lattice lattice, List<List<List<Glyph>>> cells, List<Glyph> outside, List<Placed> placed,
			Placed last, int[] titleColumn) {
		List<Line> around = lines(outside);
		for (Line line : around) {
			String label = label(line);
			if (label != null && line.y() < lattice.top()) {
				placed.add(new Placed(page, labelRow(line, label, 1)));
			}
		}
		boolean first = true;
		Placed previous = last;
		for (int r = 0; r < cells.size(); r++) {
			List<String> row = new ArrayList<>();
			List<Source> sources = new ArrayList<>();
			for (List<Glyph> cell : cells.get(r)) {
				row.add(cell.isEmpty() ? "" : Lattice.text(cell));
				sources.add(Source.of(cell));
			}
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			int title = titleOf(row);
			if (title >= 0) {
				titleColumn[0] = title;
			}
			else if (first && previous != null && label(String.join("", row)) == null && label(String.join("", previous.cells())) == null
					&& (continues(previous.cells(), row, titleColumn[0]) || untitled(previous.cells(), titleColumn[0]))) {
				List<String> joined = previous.cells();
				for (int c = 0; c < row.size() && c < joined.size(); c++) {
					if (!row.get(c).isBlank()) {
						joined.set(c, joined.get(c).isEmpty() ? row.get(c) : joined.get(c) + "\n" + row.get(c));
						previous.sources().get(c).add(sources.get(c));
						previous.sources().get(c).doubts().add(SourceCell.Doubt.JOINED_OVER_PAGE_BREAK);
					}
				}
				doubts.add(new ImportWarning("page %d, row %d".formatted(page + 1, r + 1),
						"the first row of the page was joined to the last row of the page before, as one row split by the page break (跨页拆分的行已合并，请核对)"));
				first = false;
				continue;
			}
			if (title < 0) {
				first = false;
			}
			Placed placedRow = new Placed(page, r + 1, "page %d, row %d".formatted(page + 1, r + 1), row, title < 0 ? sources : null);
			placed.add(placedRow);
			if (title < 0) {
				previous = placedRow;
			}
		}
		for (Line line : around) {
			String label = label(line);
			if (label != null && line.y() >= lattice.top()) {
				placed.add(new Placed(page, labelRow(line, label, 1)));
			}
		}
		return previous;
	}

	/**
	 * Whether a page's first row is the rest of the last row before the break: its title cell is empty,
	 * or it holds no number where the row before has one (the end of a wrapped title).
	 */
	private static boolean continues(List<String> previous, List<String> row, int title) {
		if (title < 0 || title >= row.size() || title >= previous.size()) {
			return false;
		}
		String cell = row.get(title).strip();
		return cell.isEmpty() || (GridTableBuilder.titleNumber(cell) < 0 && GridTableBuilder.titleNumber(previous.get(title).strip()) > 0);
	}

	/** Whether a row (the last of a page) has no title: its title is in the part of the row on the next page. */
	private static boolean untitled(List<String> row, int title) {
		return title >= 0 && title < row.size() && row.get(title).isBlank();
	}

	/** The title column of a header row, or -1 for any other row. */
	private static int titleOf(List<String> row) {
		int title = -1;
		int required = 0;
		for (int c = 0; c < row.size(); c++) {
			Column column = Column.named(row.get(c));
			if (column != null && column.required()) {
				required++;
				if (column == Column.TITLE) {
					title = c;
				}
			}
		}
		return required >= 3 ? title : -1;
	}

	private void stream(List<Line> lines, List<Placed> placed) {
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
					headerBottom.put(page, lines.get(band[1] - 1).y());
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
		rows(header, boundaries, beforeHeader, body, placed);
	}

	private static List<Line> lines(List<Glyph> glyphs) {
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

	/**
	 * The line's pieces of text, cut at every gap wider than a quarter of a character (narrow neighbouring
	 * header cells stand that close), then joined again where two neighbours make a part of one column
	 * name ({@code 部 门} printed letter-spaced).
	 */
	private static List<Piece> pieces(Line line) {
		List<Piece> cut = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		float x = 0;
		float right = 0;
		for (Glyph glyph : line.glyphs()) {
			if (!text.isEmpty() && glyph.x() - right > line.size() * 0.25f) {
				cut.add(new Piece(x, right, line.y(), text.toString()));
				text.setLength(0);
			}
			if (text.isEmpty()) {
				x = glyph.x();
			}
			text.append(glyph.text());
			right = Math.max(right, glyph.right());
		}
		if (!text.isEmpty()) {
			cut.add(new Piece(x, right, line.y(), text.toString()));
		}
		List<Piece> pieces = new ArrayList<>();
		for (Piece piece : cut) {
			Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
			if (last != null && piece.x() - last.right() < 2 * line.size() && isNamePiece(last.text() + piece.text())) {
				pieces.set(pieces.size() - 1, new Piece(last.x(), piece.right(), line.y(), last.text() + piece.text()));
			}
			else {
				pieces.add(piece);
			}
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
		return label(line.text());
	}

	private static String label(String line) {
		String text = line.replaceAll("\\s", "");
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

	/**
	 * The stream pages' rows. Each numbered title (and each category label) anchors a row; the lines
	 * between two anchors are cut where the widest text-free strip between them lies, so that lines
	 * above a title (a vertically centred description whose first lines sit higher than its title)
	 * join its row, and lines below the last line of a title join the row above. Lines whose only text
	 * is in the department, coefficient or category column (a name centred in a merged cell) join the
	 * row whose vertical span holds their centre.
	 */
	private void rows(List<HeaderColumn> header, float[] boundaries, List<Line> beforeHeader, List<Line> body, List<Placed> placed) {
		int columns = header.size();
		int title = indexOf(header, Column.TITLE);
		int department = indexOf(header, Column.DEPARTMENT);
		boolean[] shared = new boolean[columns];
		for (int c = 0; c < columns; c++) {
			Column column = header.get(c).column();
			shared[c] = c == department || column == Column.SELF_COEFFICIENT || column == Column.ASSESSED_COEFFICIENT || column == Column.CATEGORY;
		}
		int firstPage = body.isEmpty() ? 0 : body.get(0).page();
		List<String> headerCells = new ArrayList<>();
		header.forEach(h -> headerCells.add(h.text()));
		placed.add(new Placed(firstPage, new GridRow(0, "page %d, header".formatted(firstPage + 1), headerCells, false)));
		for (Line line : beforeHeader) {
			String label = label(line);
			if (label != null) {
				placed.add(new Placed(line.page(), labelRow(line, label, columns)));
			}
		}
		if (body.size() > limits.maxRows() * 50L) {
			throw new TableFormatException(sourceName, 0, "more lines than a table within pledgeboard.import.max-rows has");
		}
		int n = body.size();
		String[][] cells = new String[n][];
		int[] kind = new int[n];
		final int content = 0, sharedOnly = 1, anchor = 2, labelLine = 3;
		for (int i = 0; i < n; i++) {
			Line line = body.get(i);
			cells[i] = cells(line, boundaries);
			if (label(line) != null && nonEmpty(cells[i]) == 1) {
				kind[i] = labelLine;
			}
			else if (GridTableBuilder.titleNumber(cells[i][title].strip()) > 0) {
				kind[i] = anchor;
			}
			else {
				boolean onlyShared = true;
				for (int c = 0; c < columns; c++) {
					if (!shared[c] && !cells[i][c].isBlank()) {
						onlyShared = false;
					}
				}
				kind[i] = onlyShared ? sharedOnly : content;
			}
		}
		leading = leading(body, cells, shared);
		// owner[i]: the anchor line the line belongs to
		int[] owner = new int[n];
		java.util.Arrays.fill(owner, -1);
		List<Integer> anchors = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (kind[i] == anchor || kind[i] == labelLine) {
				anchors.add(i);
				owner[i] = i;
			}
		}
		for (int k = 0; k <= anchors.size(); k++) {
			int from = k == 0 ? -1 : anchors.get(k - 1);
			int to = k == anchors.size() ? n : anchors.get(k);
			// lines next to a category label belong to the numbered row on their other side
			int cut = from >= 0 && kind[from] == labelLine ? from + 1
					: to < n && kind[to] == labelLine ? to : cut(body, kind, cells, title, from, to, content);
			for (int i = from + 1; i < to; i++) {
				if (kind[i] == content) {
					int target = i < cut ? from : to;
					if (target < 0 || target >= n) {
						target = target < 0 ? to : from;
					}
					owner[i] = target >= 0 && target < n && kind[target] == anchor ? target : -1;
				}
			}
		}
		// a line of the shared columns alone joins the row whose span holds its centre, else the nearest
		Map<Integer, Map<Integer, float[]>> spans = spans(body, owner, kind, anchor);
		boolean[] byDistance = new boolean[n];
		for (int i = 0; i < n; i++) {
			if (kind[i] == sharedOnly) {
				Map<Integer, float[]> pageSpans = spans.getOrDefault(body.get(i).page(), Map.of());
				owner[i] = nearestRow(body, pageSpans, kind, anchor, i);
				float[] span = pageSpans.get(owner[i]);
				float centre = body.get(i).y() - body.get(i).size() * 0.35f;
				byDistance[i] = span == null || centre < span[0] || centre > span[1];
			}
		}
		Map<Integer, Row> rowsByAnchor = new HashMap<>();
		for (int i = 0; i < n; i++) {
			if (kind[i] == anchor) {
				rowsByAnchor.put(i, new Row(body.get(i), GridTableBuilder.titleNumber(cells[i][title].strip()), columns));
			}
		}
		// a row whose own lines lie on two pages was split by the page break: the review is told, and each of its cells flagged
		boolean[] split = new boolean[n];
		for (int i = 0; i < n; i++) {
			if (kind[i] == content && owner[i] >= 0 && kind[owner[i]] == anchor && body.get(i).page() != body.get(owner[i]).page()
					&& !split[owner[i]]) {
				split[owner[i]] = true;
				doubts.add(new ImportWarning("page %d, line %d".formatted(body.get(i).page() + 1, body.get(i).number()),
						"the first lines of the page were joined to the last row of the page before, as one row split by the page break (跨页拆分的行已合并，请核对)"));
			}
		}
		for (int i = 0; i < n; i++) {
			if (kind[i] == labelLine) {
				continue;
			}
			Row row = owner[i] >= 0 ? rowsByAnchor.get(owner[i]) : null;
			if (row == null) {
				doubts.add(new ImportWarning("page %d, line %d".formatted(body.get(i).page() + 1, body.get(i).number()),
						"text that belongs to no numbered commitment was left out: “%s” (不属于任何承诺事项的文字未导入)".formatted(body.get(i).text())));
				continue;
			}
			for (int c = 0; c < columns; c++) {
				if (!cells[i][c].isBlank()) {
					row.cells.get(c).add(cells[i][c]);
					if (byDistance[i]) {
						row.sources.get(c).doubts().add(SourceCell.Doubt.ASSIGNED_BY_DISTANCE);
					}
					if (split[owner[i]] && !shared[c]) {
						row.sources.get(c).doubts().add(SourceCell.Doubt.JOINED_OVER_PAGE_BREAK);
					}
				}
			}
			for (Glyph glyph : body.get(i).glyphs()) {
				row.sources.get(columnOf(glyph.centre(), boundaries)).glyphs().add(glyph);
			}
		}
		List<Row> block = new ArrayList<>();
		Row current = null;
		for (int i = 0; i < n; i++) {
			if (kind[i] == labelLine) {
				emit(placed, block, department, header);
				block.clear();
				current = null;
				placed.add(new Placed(body.get(i).page(), labelRow(body.get(i), label(body.get(i)), columns)));
			}
			else if (kind[i] == anchor) {
				Row row = rowsByAnchor.get(i);
				if (current != null && row.no <= current.no) {
					emit(placed, block, department, header);
					block.clear();
				}
				current = row;
				block.add(row);
			}
		}
		emit(placed, block, department, header);
	}

	/**
	 * Where to cut the lines strictly between anchors {@code from} and {@code to} ({@code -1} and
	 * {@code n} at the ends): the index of the first line that belongs to {@code to}. The cut lies after
	 * the last line with text in the title column (the rest of the title above) and at the widest gap
	 * between content lines; a page break counts as the gap between the header and the first line.
	 */
	private int cut(List<Line> body, int[] kind, String[][] cells, int title, int from, int to, int content) {
		int earliest = from + 1;
		for (int i = from + 1; i < to; i++) {
			if (kind[i] == content && !cells[i][title].isBlank()) {
				earliest = i + 1;
			}
		}
		if (from < 0) {
			return from + 1;
		}
		if (to >= body.size()) {
			return to;
		}
		int continued = continued(body, kind, from, to, content);
		if (continued >= 0) {
			return Math.max(earliest, continued);
		}
		float best = Float.NEGATIVE_INFINITY;
		int cut = to;
		int previous = -1;
		for (int i = from; i <= to; i++) {
			if (i != from && i != to && kind[i] != content) {
				continue;
			}
			if (previous >= 0 && i >= earliest) {
				Line above = body.get(previous);
				Line below = body.get(i);
				float gap = above.page() == below.page() ? below.y() - below.size() - above.y()
						: below.y() - below.size() - headerBottom.getOrDefault(below.page(), below.y() - below.size());
				if (gap > best + 0.5f) {
					best = gap;
					cut = i;
				}
			}
			previous = i;
		}
		return cut;
	}

	/**
	 * Where a row split by a page break ends on the next page: a split row's cells go on at the top of
	 * the next page, each column's text from the first line under the header, and the next row begins
	 * below them after a cell's padding. So where anchor {@code from} is on an earlier page than
	 * {@code to}, and the content lines at the top of {@code to}'s page are set apart from {@code to}'s
	 * own lines by more than the leading (one row's lines follow each other at the leading, its title
	 * among them), they carry on {@code from}'s row. Returns the index of the first line after them, or
	 * {@code -1} where the page begins with {@code to}'s own row.
	 */
	private int continued(List<Line> body, int[] kind, int from, int to, int content) {
		int page = body.get(to).page();
		if (leading <= 0 || body.get(from).page() >= page) {
			return -1;
		}
		int top = from + 1;
		while (top < to && body.get(top).page() < page) {
			top++;
		}
		int previous = -1;
		for (int i = top; i <= to; i++) {
			if (i != to && kind[i] != content) {
				continue;
			}
			if (previous >= 0 && body.get(i).y() - body.get(previous).y() > leading + body.get(i).size() / 4) {
				return i;
			}
			if (i == to) {
				return -1;
			}
			previous = i;
		}
		return -1;
	}

	/** The most common distance between the baselines of a column's neighbouring lines on a page, or 0. */
	private static float leading(List<Line> body, String[][] cells, boolean[] shared) {
		Map<Integer, Integer> counts = new HashMap<>();
		for (int c = 0; c < shared.length; c++) {
			if (shared[c]) {
				continue;
			}
			int previous = -1;
			for (int i = 0; i < body.size(); i++) {
				if (cells[i][c].isBlank()) {
					continue;
				}
				if (previous >= 0 && body.get(previous).page() == body.get(i).page()) {
					counts.merge(Math.round((body.get(i).y() - body.get(previous).y()) * 4), 1, Integer::sum);
				}
				previous = i;
			}
		}
		return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
			.map(e -> e.getKey() / 4f).orElse(0f);
	}

	/** Each row's vertical span (top, bottom) by its anchor, by page, from the lines it was given. */
	private static Map<Integer, Map<Integer, float[]>> spans(List<Line> body, int[] owner, int[] kind, int anchor) {
		Map<Integer, Map<Integer, float[]>> spans = new HashMap<>();
		for (int j = 0; j < body.size(); j++) {
			if (owner[j] >= 0 && kind[owner[j]] == anchor) {
				Line line = body.get(j);
				float[] span = spans.computeIfAbsent(line.page(), p -> new HashMap<>())
					.computeIfAbsent(owner[j], a -> new float[] { Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY });
				span[0] = Math.min(span[0], line.y() - line.size());
				span[1] = Math.max(span[1], line.y());
			}
		}
		return spans;
	}

	/** The anchor of the row whose span on the line's page holds the line's centre, or the nearest such row, or the row above. */
	private static int nearestRow(List<Line> body, Map<Integer, float[]> spans, int[] kind, int anchor, int i) {
		Line line = body.get(i);
		float centre = line.y() - line.size() * 0.35f;
		int best = -1;
		float distance = Float.POSITIVE_INFINITY;
		for (Map.Entry<Integer, float[]> span : spans.entrySet()) {
			float d = centre < span.getValue()[0] ? span.getValue()[0] - centre : centre > span.getValue()[1] ? centre - span.getValue()[1] : 0;
			if (d < distance) {
				distance = d;
				best = span.getKey();
			}
		}
		if (best < 0) {
			for (int j = i - 1; j >= 0; j--) {
				if (kind[j] == anchor) {
					return j;
				}
			}
		}
		return best;
	}

	/**
	 * Hands a department's rows to the builder: the department column's text of all its rows is its
	 * name, on the first row; the coefficients and category are the first line their columns have.
	 */
	private static void emit(List<Placed> placed, List<Row> block, int department, List<HeaderColumn> header) {
		if (block.isEmpty()) {
			return;
		}
		int columns = header.size();
		String[] shared = new String[columns];
		Source[] sharedSources = new Source[columns];
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
			if (shared[c] != null) {
				sharedSources[c] = Source.of(List.of());
				for (Row row : block) {
					sharedSources[c].add(row.sources.get(c));
				}
			}
		}
		for (int r = 0; r < block.size(); r++) {
			Row row = block.get(r);
			List<String> cells = new ArrayList<>(columns);
			List<Source> sources = new ArrayList<>(columns);
			for (int c = 0; c < columns; c++) {
				cells.add(shared[c] != null ? (r == 0 ? shared[c] : "") : row.joined(c));
				sources.add(shared[c] != null ? (r == 0 ? sharedSources[c] : Source.of(List.of())) : row.sources.get(c));
			}
			placed.add(new Placed(row.first.page(), row.first.number(), "page %d, line %d".formatted(row.first.page() + 1, row.first.number()),
					cells, sources));
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
