package com.pledgeboard.documents.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.pledgeboard.documents.ExportTable;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Writes the annual report as PDF, as a city would print it: a cover (title, region, year, the date it
 * was made), a table of contents, a summary (the commitments' lights counted per category, as a table and
 * as a chart with its numbers, and the ranking with grades where the departments have them), then per
 * category (类别) a heading and the table of its departments' commitments — department, title,
 * description, coefficients, targets and the extra columns other modules contribute per commitment
 * (status lights) — with the header row on every page. What modules contribute per department (score,
 * rank, grade) is in the summary's ranking, not in the table, which {@link PdfTableReader} reads back.
 * Landscape A4, page numbers on every page but the cover, the contents also as the PDF's outline, and
 * the CJK font embedded as a subset so that any reader shows it.
 *
 * <p>Columns are sized to their content: a column gets the width of its longest line when the table
 * can afford it, and never less than {@value #MIN_CHARACTERS} characters where its text is longer, so
 * that no cell wraps a few characters a line, and a line does not start with closing punctuation.
 * {@link #render} also returns the layout it drew (every cell's lines, every contents entry's
 * page), which the tests hold against the PDF's own text.
 *
 * <p>The font must have TrueType outlines: PDFBox cannot subset the CFF outlines of Noto CJK.
 */
public final class PdfReportWriter {

	/** No wrapped table cell holds fewer characters a line than this. */
	static final int MIN_CHARACTERS = 8;

	private static final float MARGIN = 36;

	private static final float SIZE = 9;

	private static final float LEADING = SIZE * 1.45f;

	private static final float PAD = 3;

	/** A long text column is not made narrower than this many characters while others can give way. */
	private static final int TEXT_CHARACTERS = 14;

	/** The tally's classes in order (the lights: green, yellow, red, unreported, none), then a blue. */
	private static final Color[] TALLY_COLOURS = { new Color(0x2e, 0x7d, 0x32), new Color(0xf9, 0xa8, 0x25),
			new Color(0xc6, 0x28, 0x28), new Color(0x75, 0x75, 0x75), new Color(0xbd, 0xbd, 0xbd),
			new Color(0x15, 0x65, 0xc0) };

	private final Path fontFile;

	/** @param fontFile a TrueType font or collection with CJK and Latin glyphs, such as wqy-microhei.ttc */
	public PdfReportWriter(Path fontFile) {
		this.fontFile = fontFile;
	}

	public byte[] write(ExportTable table) {
		return render(table).pdf();
	}

	/** The PDF and what was drawn where. */
	Rendered render(ExportTable table) {
		try (PDDocument document = new PDDocument(); TrueTypeFont ttf = loadFont()) {
			Pages pages = new Pages(document, PDType0Font.load(document, ttf, true), ttf);
			List<String> headings = new ArrayList<>(List.of("部门", "承诺事项", "具体描述", "自评难度系数", "评定难度系数", "目标"));
			headings.addAll(table.extraHeadings());
			Map<String, List<ExportTable.Department>> byCategory = new LinkedHashMap<>();
			for (ExportTable.Department d : table.departments()) {
				byCategory.computeIfAbsent(d.category() == null ? "" : d.category(), k -> new ArrayList<>()).add(d);
			}
			cover(pages, table);
			int contentsEntries = 1 + byCategory.size() + table.departments().size();
			List<PDPage> contentsPages = pages.reserve(pages.contentsPages(contentsEntries));
			pages.newPage();
			pages.entry("概要", 0);
			pages.heading("概要", 14);
			summary(pages, table, byCategory);

			List<List<String>> body = new ArrayList<>();
			for (ExportTable.Department d : table.departments()) {
				for (int i = 0; i < d.commitments().size(); i++) {
					body.add(cells(d, i));
				}
			}
			float[] widths = Columns.widths(headings, body, pages.width(), pages::textWidth);
			for (var category : byCategory.entrySet()) {
				pages.newPage();
				if (!category.getKey().isEmpty()) {
					pages.entry(category.getKey(), 0);
					pages.heading(category.getKey(), 12);
				}
				pages.header(headings, widths);
				for (ExportTable.Department d : category.getValue()) {
					for (int i = 0; i < d.commitments().size(); i++) {
						pages.row(cells(d, i), widths, headings);
						if (i == 0) {
							pages.entry(d.nameInText(), 1);
						}
					}
				}
			}
			pages.finish(contentsPages, table.title());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return new Rendered(out.toByteArray(), pages.cells, pages.entries);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the PDF report with the font " + fontFile, ex);
		}
	}

	private static List<String> cells(ExportTable.Department d, int i) {
		ExportTable.Item item = d.commitments().get(i);
		List<String> cells = new ArrayList<>(List.of(i == 0 ? d.nameInText() : "", item.no() + "." + item.title(),
				item.description(), i == 0 ? plain(d.selfCoefficient()) : "", i == 0 ? plain(d.assessedCoefficient()) : "",
				String.join("；", item.targets())));
		cells.addAll(item.extra());
		return cells;
	}

	private static void cover(Pages pages, ExportTable table) throws IOException {
		ExportTable.Report report = table.report();
		float middle = pages.height() * 0.62f;
		pages.centred(table.title(), middle, 26);
		pages.centred("年度报告", middle - 40, 20);
		List<String> lines = new ArrayList<>();
		if (!report.region().isEmpty()) {
			lines.add("地区：" + report.region());
		}
		if (report.year() > 0) {
			lines.add("考评年度：" + report.year() + "年");
		}
		if (report.made() != null) {
			lines.add("编制日期：" + report.made().getYear() + "年" + report.made().getMonthValue() + "月"
					+ report.made().getDayOfMonth() + "日");
		}
		float y = middle - 110;
		for (String line : lines) {
			pages.centred(line, y, 14);
			y -= 26;
		}
	}

	/** The lights per category (table and chart), then the ranking with grades where there is one. */
	private static void summary(Pages pages, ExportTable table, Map<String, List<ExportTable.Department>> byCategory)
			throws IOException {
		ExportTable.Report report = table.report();
		List<String> classes = report.tallyClasses();
		if (!classes.isEmpty()) {
			pages.heading(report.tallyHeading() + "（按类别，承诺事项数）", 11);
			List<String> headings = new ArrayList<>(List.of("类别"));
			headings.addAll(classes);
			headings.add("合计");
			List<List<String>> rows = new ArrayList<>();
			Map<String, int[]> counts = new LinkedHashMap<>();
			for (var category : byCategory.entrySet()) {
				int[] count = new int[classes.size()];
				for (ExportTable.Department d : category.getValue()) {
					for (ExportTable.Item item : d.commitments()) {
						int c = classes.indexOf(item.tally());
						if (c >= 0) {
							count[c]++;
						}
					}
				}
				counts.put(category.getKey(), count);
				List<String> row = new ArrayList<>(List.of(category.getKey()));
				int total = 0;
				for (int n : count) {
					row.add(Integer.toString(n));
					total += n;
				}
				row.add(Integer.toString(total));
				rows.add(row);
			}
			float[] widths = Columns.widths(headings, rows, pages.width() * 0.6f, pages::textWidth);
			pages.header(headings, widths);
			for (List<String> row : rows) {
				pages.row(row, widths, headings);
			}
			pages.chart(classes, counts);
		}
		List<ExportTable.Department> ranked = new ArrayList<>();
		for (List<ExportTable.Department> departments : byCategory.values()) {
			List<ExportTable.Department> sorted = new ArrayList<>(departments);
			sorted.sort(Comparator.comparingInt(d -> d.place() == 0 ? Integer.MAX_VALUE : d.place()));
			ranked.addAll(sorted);
		}
		if (!table.departmentHeadings().isEmpty()) {
			pages.heading(String.join("、", table.departmentHeadings()) + "（按类别）", 11);
			List<String> headings = new ArrayList<>(List.of("类别", "部门"));
			headings.addAll(table.departmentHeadings());
			List<List<String>> rows = new ArrayList<>();
			for (ExportTable.Department d : ranked) {
				List<String> row = new ArrayList<>(List.of(d.category() == null ? "" : d.category(), d.nameInText()));
				for (int i = 0; i < table.departmentHeadings().size(); i++) {
					row.add(d.extra(i));
				}
				rows.add(row);
			}
			float[] widths = Columns.widths(headings, rows, pages.width() * 0.6f, pages::textWidth);
			pages.header(headings, widths);
			for (List<String> row : rows) {
				pages.row(row, widths, headings);
			}
		}
	}

	private TrueTypeFont loadFont() throws IOException {
		String name = fontFile.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".ttc")) {
			TrueTypeCollection collection = new TrueTypeCollection(new File(fontFile.toString()));
			TrueTypeFont[] first = new TrueTypeFont[1];
			collection.processAllFonts(font -> {
				if (first[0] == null) {
					first[0] = font;
				}
			});
			if (first[0] == null) {
				throw new IOException("the font collection " + fontFile + " holds no font");
			}
			return first[0];
		}
		return new TTFParser().parse(new RandomAccessReadBufferedFile(fontFile.toFile()));
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	/** The PDF, every table cell's lines as drawn (page from 1), and the contents' entries. */
	record Rendered(byte[] pdf, List<Cell> cells, List<Entry> contents) {
	}

	/** A table cell as drawn: its page (from 1) and its lines. */
	record Cell(int page, List<String> lines) {
	}

	/** An entry of the contents: its text, its level (0 a section, 1 a department) and its page (from 1). */
	record Entry(String text, int level, int page) {
	}

	/** Measures text in points at the table's size. */
	interface Measure {

		float width(String text) throws IOException;

	}

	/** Column widths sized to the content. */
	static final class Columns {

		private Columns() {
		}

		/**
		 * Each column starts at what it needs — its whole longest line where that is short, else
		 * {@value #MIN_CHARACTERS} characters or its longest unbreakable word — then the space left goes
		 * to the columns whose lines are longer than their width, in proportion to what they still lack,
		 * up to {@value #TEXT_CHARACTERS} characters first and then up to their longest line; what is
		 * still left widens every column alike.
		 */
		static float[] widths(List<String> headings, List<List<String>> rows, float available, Measure measure)
				throws IOException {
			int columns = headings.size();
			float[] natural = new float[columns];
			float[] least = new float[columns];
			float floor = MIN_CHARACTERS * SIZE;
			for (int c = 0; c < columns; c++) {
				natural[c] = Math.max(natural[c], measure.width(headings.get(c)));
				least[c] = Math.max(least[c], Math.min(measure.width(headings.get(c)), floor));
				for (List<String> row : rows) {
					String text = c < row.size() ? row.get(c) : "";
					for (String line : text.split("\n")) {
						natural[c] = Math.max(natural[c], measure.width(line));
					}
					least[c] = Math.max(least[c], Math.max(Math.min(natural[c], floor), longestWord(text, measure)));
				}
			}
			float[] widths = new float[columns];
			float used = 0;
			for (int c = 0; c < columns; c++) {
				widths[c] = least[c] + 2 * PAD;
				used += widths[c];
			}
			float text = TEXT_CHARACTERS * SIZE + 2 * PAD;
			for (float goal : new float[] { text, Float.MAX_VALUE }) {
				float lacking = 0;
				for (int c = 0; c < columns; c++) {
					lacking += Math.max(0, Math.min(goal, natural[c] + 2 * PAD) - widths[c]);
				}
				float left = available - used;
				if (lacking <= 0 || left <= 0) {
					continue;
				}
				float share = Math.min(1, left / lacking);
				for (int c = 0; c < columns; c++) {
					float gain = Math.max(0, Math.min(goal, natural[c] + 2 * PAD) - widths[c]) * share;
					widths[c] += gain;
					used += gain;
				}
			}
			if (used > available) {
				throw new IllegalStateException("the table's %d columns need %.0f pt, more than the page's %.0f"
					.formatted(columns, used, available));
			}
			float spread = (available - used) / columns;
			for (int c = 0; c < columns; c++) {
				widths[c] += spread;
			}
			return widths;
		}

		private static float longestWord(String text, Measure measure) throws IOException {
			float longest = 0;
			for (String word : text.split("[^\\p{Alnum}.%]+")) {
				if (!word.isEmpty() && word.chars().allMatch(ch -> ch < 0x80)) {
					longest = Math.max(longest, measure.width(word));
				}
			}
			return longest;
		}

	}

	/** The page being filled, the pages before it, and what was drawn on them. */
	private static final class Pages {

		private final PDDocument document;

		private final PDType0Font font;

		private final TrueTypeFont ttf;

		private final List<Cell> cells = new ArrayList<>();

		private final List<Entry> entries = new ArrayList<>();

		private PDPageContentStream content;

		private float y;

		Pages(PDDocument document, PDType0Font font, TrueTypeFont ttf) throws IOException {
			this.document = document;
			this.font = font;
			this.ttf = ttf;
			newPage();
		}

		float width() {
			return PDRectangle.A4.getHeight() - 2 * MARGIN;
		}

		float height() {
			return PDRectangle.A4.getWidth();
		}

		private int number() {
			return document.getNumberOfPages();
		}

		private PDPage blank() {
			PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
			document.addPage(page);
			return page;
		}

		/** Empty pages to be filled at the end (the contents, which know their pages only then). */
		List<PDPage> reserve(int count) throws IOException {
			close();
			List<PDPage> reserved = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				reserved.add(blank());
			}
			return reserved;
		}

		private static float contentsLeading() {
			return SIZE * 2.2f;
		}

		int contentsPages(int entries) {
			int perPage = (int) ((height() - 2 * MARGIN - 40) / contentsLeading());
			return Math.max(1, (entries + perPage - 1) / perPage);
		}

		void newPage() throws IOException {
			close();
			content = new PDPageContentStream(document, blank());
			content.setLineWidth(0.5f);
			y = height() - MARGIN;
		}

		private void close() throws IOException {
			if (content != null) {
				content.close();
				content = null;
			}
		}

		void entry(String text, int level) {
			entries.add(new Entry(text, level, number()));
		}

		void heading(String text, float size) throws IOException {
			if (y - size * 3 < MARGIN) {
				newPage();
			}
			y -= size * 1.6f;
			show(text, MARGIN, y, size);
			y -= size * 0.8f;
		}

		void centred(String text, float baseline, float size) throws IOException {
			show(text, MARGIN + width() / 2 - textWidth(text) / SIZE * size / 2, baseline, size);
		}

		void header(List<String> headings, float[] widths) throws IOException {
			List<List<String>> lines = wrap(headings, widths);
			if (y - height(lines) - LEADING * 2 < MARGIN) {
				newPage();
			}
			draw(lines, widths, height(lines));
		}

		void row(List<String> cells, float[] widths, List<String> headings) throws IOException {
			row(cells, widths, headings, widths);
		}

		/** A row whose cells may span columns ({@code widths}), under the header's {@code headerWidths}. */
		void row(List<String> cells, float[] widths, List<String> headings, float[] headerWidths) throws IOException {
			List<List<String>> lines = wrap(cells, widths);
			float height = height(lines);
			if (y - height < MARGIN) {
				newPage();
				List<List<String>> header = wrap(headings, headerWidths);
				draw(header, headerWidths, height(header));
			}
			draw(lines, widths, height);
		}

		/** Stacked bars, one per category, each part with its count, the total at the bar's end, and a legend. */
		void chart(List<String> classes, Map<String, int[]> counts) throws IOException {
			float bar = 16;
			float gap = 8;
			float needed = counts.size() * (bar + gap) + 3 * LEADING;
			if (y - needed < MARGIN) {
				newPage();
			}
			y -= LEADING;
			float labels = 0;
			int most = 1;
			for (var category : counts.entrySet()) {
				labels = Math.max(labels, textWidth(category.getKey()));
				int total = 0;
				for (int n : category.getValue()) {
					total += n;
				}
				most = Math.max(most, total);
			}
			float left = MARGIN + labels + 8;
			float scale = (width() * 0.6f - labels - 40) / most;
			for (var category : counts.entrySet()) {
				y -= bar;
				show(category.getKey(), MARGIN, y + (bar - SIZE) / 2 + 1, SIZE);
				float x = left;
				int total = 0;
				for (int c = 0; c < classes.size(); c++) {
					int n = category.getValue()[c];
					total += n;
					if (n == 0) {
						continue;
					}
					float w = n * scale;
					content.setNonStrokingColor(TALLY_COLOURS[c % TALLY_COLOURS.length]);
					content.addRect(x, y, w, bar);
					content.fill();
					String number = Integer.toString(n);
					if (textWidth(number) + 2 < w) {
						content.setNonStrokingColor(c == 1 ? Color.BLACK : Color.WHITE);
						show(number, x + w / 2 - textWidth(number) / 2, y + (bar - SIZE) / 2 + 1, SIZE);
					}
					x += w;
				}
				content.setNonStrokingColor(Color.BLACK);
				show(Integer.toString(total), x + 4, y + (bar - SIZE) / 2 + 1, SIZE);
				y -= gap;
			}
			y -= LEADING;
			float x = left;
			for (int c = 0; c < classes.size(); c++) {
				content.setNonStrokingColor(TALLY_COLOURS[c % TALLY_COLOURS.length]);
				content.addRect(x, y, SIZE, SIZE);
				content.fill();
				content.setNonStrokingColor(Color.BLACK);
				show(classes.get(c), x + SIZE + 3, y + 1, SIZE);
				x += SIZE + 3 + textWidth(classes.get(c)) + 14;
			}
			y -= LEADING;
		}

		private float height(List<List<String>> lines) {
			int most = 1;
			for (List<String> cell : lines) {
				most = Math.max(most, cell.size());
			}
			return most * LEADING + 2 * PAD;
		}

		private void draw(List<List<String>> lines, float[] widths, float height) throws IOException {
			float x = MARGIN;
			for (int c = 0; c < lines.size(); c++) {
				content.addRect(x, y - height, widths[c], height);
				float lineY = y - PAD - SIZE;
				for (String line : lines.get(c)) {
					show(line, x + PAD, lineY, SIZE);
					lineY -= LEADING;
				}
				if (!lines.get(c).stream().allMatch(String::isEmpty)) {
					cells.add(new Cell(number(), List.copyOf(lines.get(c))));
				}
				x += widths[c];
			}
			content.stroke();
			y -= height;
		}

		private List<List<String>> wrap(List<String> cells, float[] widths) throws IOException {
			List<List<String>> wrapped = new ArrayList<>();
			for (int c = 0; c < cells.size(); c++) {
				wrapped.add(wrap(printable(cells.get(c)), widths[c] - 2 * PAD));
			}
			return wrapped;
		}

		/**
		 * Breaks text into lines that fit; Chinese may break anywhere, a Latin word or number stays whole
		 * unless the line would otherwise end with fewer than {@value #MIN_CHARACTERS} characters.
		 */
		private List<String> wrap(String text, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			int i = 0;
			while (i < text.length()) {
				if (text.charAt(i) == '\n') {
					lines.add(line.toString());
					line.setLength(0);
					i++;
					continue;
				}
				int end = i + 1;
				while (end < text.length() && isWordChar(text.charAt(i)) && isWordChar(text.charAt(end))) {
					end++;
				}
				String token = text.substring(i, end);
				if (!line.isEmpty() && CLOSING.indexOf(token.charAt(0)) >= 0 && textWidth(line + token) > width) {
					// the line's last character goes along with it, or where that would leave the line too
					// short, the punctuation hangs in the cell's padding
					if (line.codePointCount(0, line.length()) > MIN_CHARACTERS) {
						int last = line.offsetByCodePoints(line.length(), -1);
						lines.add(line.substring(0, last));
						line.delete(0, last);
					}
				}
				else if (!line.isEmpty() && textWidth(line + token) > width) {
					if (token.length() > 1 && line.codePointCount(0, line.length()) < MIN_CHARACTERS) {
						int cut = i;
						while (cut < end && textWidth(line + text.substring(i, cut + 1)) <= width) {
							cut++;
						}
						line.append(text, i, cut);
						i = cut;
					}
					lines.add(line.toString());
					line.setLength(0);
					continue;
				}
				line.append(token);
				i = end;
			}
			if (!line.isEmpty() || lines.isEmpty()) {
				lines.add(line.toString());
			}
			return lines;
		}

		/** Punctuation that closes, which Chinese typesetting never puts at the start of a line. */
		private static final String CLOSING = "，。、；：！？）》」』”’,.;:!?)%";

		private static boolean isWordChar(char c) {
			return (c < 0x80 && Character.isLetterOrDigit(c)) || c == '.' || c == '%';
		}

		/** Characters the font lacks become a white square rather than failing the report. */
		private String printable(String text) throws IOException {
			StringBuilder result = new StringBuilder(text.length());
			for (int i = 0; i < text.length();) {
				int cp = text.codePointAt(i);
				i += Character.charCount(cp);
				boolean known = cp == '\n' || ttf.getUnicodeCmapLookup().getGlyphId(cp) > 0;
				result.append(known ? new String(Character.toChars(cp)) : "□");
			}
			return result.toString();
		}

		float textWidth(String text) throws IOException {
			return font.getStringWidth(text) / 1000 * SIZE;
		}

		private void show(String text, float x, float baseline, float size) throws IOException {
			show(content, text, x, baseline, size);
		}

		private void show(PDPageContentStream stream, String text, float x, float baseline, float size)
				throws IOException {
			if (text.isEmpty()) {
				return;
			}
			stream.beginText();
			stream.setFont(font, size);
			stream.newLineAtOffset(x, baseline);
			stream.showText(text);
			stream.endText();
		}

		/** The contents on their reserved pages, the outline, and the page numbers (not on the cover). */
		void finish(List<PDPage> contentsPages, String title) throws IOException {
			close();
			int page = 0;
			PDPageContentStream stream = null;
			float line = 0;
			int perPage = (int) ((height() - 2 * MARGIN - 40) / contentsLeading());
			for (int i = 0; i < entries.size(); i++) {
				if (i % perPage == 0) {
					if (stream != null) {
						stream.close();
					}
					stream = new PDPageContentStream(document, contentsPages.get(page++),
							PDPageContentStream.AppendMode.APPEND, true);
					show(stream, "目录", MARGIN, height() - MARGIN - 16, 16);
					line = height() - MARGIN - 40;
				}
				Entry entry = entries.get(i);
				float indent = MARGIN + entry.level() * 24;
				float size = entry.level() == 0 ? 11 : SIZE;
				show(stream, entry.text(), indent, line, size);
				String number = Integer.toString(entry.page());
				float right = MARGIN + width();
				float numberWidth = textWidth(number) / SIZE * size;
				show(stream, number, right - numberWidth, line, size);
				float dotsFrom = indent + textWidth(entry.text()) / SIZE * size + 6;
				float dotsTo = right - numberWidth - 6;
				if (dotsTo > dotsFrom) {
					stream.setLineDashPattern(new float[] { 1, 3 }, 0);
					stream.moveTo(dotsFrom, line + 1);
					stream.lineTo(dotsTo, line + 1);
					stream.stroke();
					stream.setLineDashPattern(new float[0], 0);
				}
				line -= contentsLeading();
			}
			if (stream != null) {
				stream.close();
			}
			outline(title);
			int total = document.getNumberOfPages();
			for (int n = 1; n <= total; n++) {
				PDPage p = document.getPage(n - 1);
				if (n == 1) {
					continue;
				}
				try (PDPageContentStream footer = new PDPageContentStream(document, p,
						PDPageContentStream.AppendMode.APPEND, true, true)) {
					String text = "第 " + n + " 页 共 " + total + " 页";
					show(footer, text, MARGIN + width() / 2 - textWidth(text) / 2, MARGIN / 2, SIZE);
				}
			}
		}

		private void outline(String title) {
			PDDocumentOutline outline = new PDDocumentOutline();
			document.getDocumentCatalog().setDocumentOutline(outline);
			document.getDocumentInformation().setTitle(title);
			PDOutlineItem section = null;
			for (Entry entry : entries) {
				PDOutlineItem item = new PDOutlineItem();
				item.setTitle(entry.text());
				item.setDestination(document.getPage(entry.page() - 1));
				if (entry.level() == 0 || section == null) {
					outline.addLast(item);
					section = item;
				}
				else {
					section.addLast(item);
				}
			}
		}

	}

}
