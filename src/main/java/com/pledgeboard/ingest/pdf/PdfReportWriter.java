package com.pledgeboard.ingest.pdf;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.pledgeboard.ingest.ExportTable;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes the annual report as PDF: per category (类别) a heading and the table of its departments'
 * commitments — department, title, description, coefficients, targets and the extra columns other
 * modules contribute per commitment (status lights), then a line per department with what they
 * contribute per department (score, rank, grade) — with the header row on every page, landscape A4, and the
 * CJK font embedded as a subset so that any reader shows it. {@link PdfTableReader} reads the table
 * back from the page layout. Charts per category are left to the modules that have figures to chart.
 *
 * <p>The font must have TrueType outlines: PDFBox cannot subset the CFF outlines of Noto CJK.
 */
public final class PdfReportWriter {

	private static final float MARGIN = 36;

	private static final float SIZE = 9;

	private static final float LEADING = SIZE * 1.45f;

	private static final float PAD = 3;

	private static final float[] WIDTHS = { 62, 120, 300, 36, 36, 150 };

	private final Path fontFile;

	/** @param fontFile a TrueType font or collection with CJK and Latin glyphs, such as wqy-microhei.ttc */
	public PdfReportWriter(Path fontFile) {
		this.fontFile = fontFile;
	}

	public byte[] write(ExportTable table) {
		try (PDDocument document = new PDDocument(); TrueTypeFont ttf = loadFont()) {
			Page page = new Page(document, PDType0Font.load(document, ttf, true), ttf);
			List<String> headings = new ArrayList<>(List.of("部门", "承诺事项", "具体描述", "自评难度系数", "评定难度系数", "目标"));
			headings.addAll(table.extraHeadings());
			float[] widths = widths(headings.size(), page.width());
			page.heading(table.title(), 14);
			Map<String, List<ExportTable.Department>> byCategory = new LinkedHashMap<>();
			for (ExportTable.Department d : table.departments()) {
				byCategory.computeIfAbsent(d.category() == null ? "" : d.category(), k -> new ArrayList<>()).add(d);
			}
			for (var category : byCategory.entrySet()) {
				if (!category.getKey().isEmpty()) {
					page.heading(category.getKey(), 12);
				}
				page.header(headings, widths);
				for (ExportTable.Department d : category.getValue()) {
					for (int i = 0; i < d.commitments().size(); i++) {
						ExportTable.Item item = d.commitments().get(i);
						List<String> cells = new ArrayList<>(List.of(i == 0 ? d.nameInText() : "", item.no() + "." + item.title(),
								item.description(), i == 0 ? plain(d.selfCoefficient()) : "",
								i == 0 ? plain(d.assessedCoefficient()) : "", String.join("；", item.targets())));
						cells.addAll(item.extra());
						page.row(cells, widths, headings);
					}
					String summary = summary(table.departmentHeadings(), d);
					if (!summary.isEmpty()) {
						page.row(List.of(summary), new float[] { page.width() }, headings, widths);
					}
				}
			}
			page.finish();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the PDF report with the font " + fontFile, ex);
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

	private static float[] widths(int columns, float available) {
		float[] widths = new float[columns];
		float fixed = 0;
		for (int c = 0; c < columns; c++) {
			widths[c] = c < WIDTHS.length ? WIDTHS[c] : 50;
			fixed += widths[c];
		}
		float scale = available / fixed;
		for (int c = 0; c < columns; c++) {
			widths[c] *= scale;
		}
		return widths;
	}

	/** A department's extra values as one line, {@code 得分 87.50　排名 2　等次 良好}; empty where it has none. */
	static String summary(List<String> headings, ExportTable.Department department) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < headings.size(); i++) {
			String value = department.extra(i);
			if (!value.isEmpty()) {
				if (!line.isEmpty()) {
					line.append('\u3000');
				}
				line.append(headings.get(i)).append(' ').append(value);
			}
		}
		return line.isEmpty() ? "" : department.nameInText() + "：" + line;
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	/** The page being filled, and the pages after it. */
	private static final class Page {

		private final PDDocument document;

		private final PDType0Font font;

		private final TrueTypeFont ttf;

		private PDPageContentStream content;

		private float y;

		private int number;

		Page(PDDocument document, PDType0Font font, TrueTypeFont ttf) throws IOException {
			this.document = document;
			this.font = font;
			this.ttf = ttf;
			newPage();
		}

		float width() {
			return PDRectangle.A4.getHeight() - 2 * MARGIN;
		}

		private void newPage() throws IOException {
			if (content != null) {
				footer();
				content.close();
			}
			PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			content.setLineWidth(0.5f);
			y = page.getMediaBox().getHeight() - MARGIN;
			number++;
		}

		private void footer() throws IOException {
			String text = "- " + number + " -";
			show(text, MARGIN + width() / 2 - textWidth(text, SIZE) / 2, MARGIN / 2, SIZE);
		}

		void heading(String text, float size) throws IOException {
			if (y - size * 3 < MARGIN) {
				newPage();
			}
			y -= size * 1.6f;
			show(text, MARGIN, y, size);
			y -= size * 0.8f;
		}

		void header(List<String> headings, float[] widths) throws IOException {
			drawRow(headings, widths);
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
				drawRow(headings, headerWidths);
			}
			draw(lines, widths, height);
		}

		private void drawRow(List<String> cells, float[] widths) throws IOException {
			List<List<String>> lines = wrap(cells, widths);
			draw(lines, widths, height(lines));
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

		/** Breaks text into lines that fit; Chinese may break anywhere, a Latin word or number stays whole. */
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
				if (!line.isEmpty() && textWidth(line + token, SIZE) > width) {
					lines.add(line.toString());
					line.setLength(0);
				}
				line.append(token);
				i = end;
			}
			if (!line.isEmpty() || lines.isEmpty()) {
				lines.add(line.toString());
			}
			return lines;
		}

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

		private float textWidth(String text, float size) throws IOException {
			return font.getStringWidth(text) / 1000 * size;
		}

		private void show(String text, float x, float baseline, float size) throws IOException {
			if (text.isEmpty()) {
				return;
			}
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(x, baseline);
			content.showText(text);
			content.endText();
		}

		void finish() throws IOException {
			footer();
			content.close();
		}

	}

}
