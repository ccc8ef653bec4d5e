package com.pledgeboard.ingest.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import javax.imageio.ImageIO;

import com.pledgeboard.ingest.ImportWarning;
import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.ingest.TableFormatException;
import com.pledgeboard.ingest.grid.Column;
import com.pledgeboard.ingest.grid.ReadLimits;
import com.pledgeboard.ingest.ocr.OcrFailure;
import com.pledgeboard.ingest.ocr.OcrWord;
import com.pledgeboard.ingest.ocr.PageImage;
import com.pledgeboard.ingest.ocr.Tesseract;

/**
 * Reads a table from page images (a scanned PDF's pages, a photographed or scanned PNG or JPEG) by
 * OCR into positioned characters that the one layout engine, {@link PageLayout}, lays out as it lays
 * out a PDF's text. The rulings come from the image: long runs of dark pixels ({@link PageImage}).
 * Where they make a table, each cell is recognised on its own (Tesseract reads a cell's block of text
 * far better than a page of columns); otherwise the whole page, with the rulings painted out.
 * Every character keeps its word's confidence, and the pages are kept as PNG for the review.
 */
public final class ScanTableReader {

	/** OCR is slow (a page takes Tesseract tens of seconds on a busy server): a longer scan is refused. */
	public static final int MAX_PAGES = 20;

	/** The longest text recognition may take for one page. */
	public static final Duration PAGE_TIME = Duration.ofSeconds(180);

	/** The resolution scanned PDF pages are rendered at: enough for 10-point Chinese, small enough to be quick. */
	public static final float RENDER_DPI = 250;

	/** A cell with fewer dark pixels than this is empty (a speck). */
	private static final int MIN_INK = 12;

	/** White added around a cell before recognition: Tesseract reads text touching the edge badly. */
	private static final int MARGIN = 12;

	private final ReadLimits limits;

	private final Tesseract tesseract;

	public ScanTableReader(ReadLimits limits) {
		this(limits, PAGE_TIME);
	}

	public ScanTableReader(ReadLimits limits, Duration pageTime) {
		this.limits = limits;
		this.tesseract = new Tesseract(pageTime);
	}

	/**
	 * @param pages the page images by 0-based index, made one at a time so that only one is in memory
	 * @param pointsPerPixel the size of a pixel in points (72 / dpi)
	 */
	public ParsedTable read(int pageCount, IntFunction<BufferedImage> pages, float pointsPerPixel, String sourceName, ReadProgress progress) {
		if (pageCount > MAX_PAGES) {
			throw new TableFormatException(sourceName, 0, "the scan has %d pages, more than the %d text recognition reads (扫描件页数过多：%d 页，最多 %d 页)"
				.formatted(pageCount, MAX_PAGES, pageCount, MAX_PAGES));
		}
		List<Glyph> glyphs = new ArrayList<>();
		List<List<Ruling>> rulings = new ArrayList<>();
		List<ParsedTable.PageImage> images = new ArrayList<>();
		for (int p = 0; p < pageCount; p++) {
			BufferedImage image = pages.apply(p);
			PageImage page = new PageImage(image);
			List<Ruling> pageRulings = new ArrayList<>();
			for (PageImage.Line line : page.rulings()) {
				pageRulings.add(new Ruling(line.x0() * pointsPerPixel, line.y0() * pointsPerPixel, line.x1() * pointsPerPixel,
						line.y1() * pointsPerPixel));
			}
			rulings.add(pageRulings);
			try {
				glyphs.addAll(page.blank() ? List.of() : recognise(p, page, Lattice.of(pageRulings), pointsPerPixel));
			}
			catch (OcrFailure ex) {
				throw new TableFormatException(sourceName, 0, "page %d: %s (第%d页无法识别)".formatted(p + 1, ex.getMessage(), p + 1));
			}
			images.add(new ParsedTable.PageImage(png(image), 1 / pointsPerPixel));
		}
		if (glyphs.isEmpty()) {
			throw new TableFormatException(sourceName, 0, "%s: no text was recognised; is it a scan of the table? (%s未识别出文字)"
				.formatted(pageCount == 1 ? "page 1" : "pages 1–" + pageCount, pageCount == 1 ? "第1页" : "第1–" + pageCount + "页"));
		}
		ParsedTable table;
		String modes;
		try {
			PageLayout layout = new PageLayout(sourceName, glyphs, rulings, limits, progress);
			table = layout.table();
			modes = layout.modes();
		}
		catch (TableFormatException ex) {
			throw new TableFormatException(sourceName, 0, "no commitment table was found in the text recognised on %s: %s (扫描件中未找到承诺事项表)"
				.formatted(pageCount == 1 ? "its page" : "its " + pageCount + " pages", ex.getMessage()));
		}
		List<ImportWarning> warnings = new ArrayList<>();
		warnings.add(new ImportWarning(sourceName, "read by text recognition (OCR) from %d page image%s, then laid out (已通过文字识别读取，请逐项核对): %s"
			.formatted(pageCount, pageCount == 1 ? "" : "s", modes)));
		warnings.addAll(table.warnings());
		return new ParsedTable(table.departments(), warnings, table.cells(), images);
	}

	/**
	 * The page's characters in points, recognised cell by cell where the rulings make a table and as
	 * a whole page otherwise; the rulings are painted out first.
	 */
	private List<Glyph> recognise(int page, PageImage image, Lattice lattice, float pointsPerPixel) {
		BufferedImage clean = image.withoutRulings();
		List<BufferedImage> parts = new ArrayList<>();
		List<int[]> origins = new ArrayList<>();
		if (lattice != null) {
			for (float[] box : lattice.boxes()) {
				int x0 = Math.max(0, Math.round(box[0] / pointsPerPixel) + 2);
				int y0 = Math.max(0, Math.round(box[1] / pointsPerPixel) + 2);
				int x1 = Math.min(clean.getWidth(), Math.round(box[2] / pointsPerPixel) - 2);
				int y1 = Math.min(clean.getHeight(), Math.round(box[3] / pointsPerPixel) - 2);
				if (x1 - x0 < 4 || y1 - y0 < 4 || ink(clean, x0, y0, x1, y1) < MIN_INK) {
					continue;
				}
				BufferedImage cell = new BufferedImage(x1 - x0 + 2 * MARGIN, y1 - y0 + 2 * MARGIN, BufferedImage.TYPE_BYTE_GRAY);
				Graphics2D g = cell.createGraphics();
				try {
					g.setColor(Color.WHITE);
					g.fillRect(0, 0, cell.getWidth(), cell.getHeight());
					g.drawImage(clean.getSubimage(x0, y0, x1 - x0, y1 - y0), MARGIN, MARGIN, null);
				}
				finally {
					g.dispose();
				}
				parts.add(cell);
				origins.add(new int[] { x0 - MARGIN, y0 - MARGIN });
			}
			// text outside the table (a title, a category label, a page number) is read from the page with the table blanked
			BufferedImage outside = new BufferedImage(clean.getWidth(), clean.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
			Graphics2D g = outside.createGraphics();
			try {
				g.drawImage(clean, 0, 0, null);
				g.setColor(Color.WHITE);
				for (float[] box : lattice.boxes()) {
					int x0 = Math.round(box[0] / pointsPerPixel);
					int y0 = Math.round(box[1] / pointsPerPixel);
					g.fillRect(x0, y0, Math.round(box[2] / pointsPerPixel) - x0 + 1, Math.round(box[3] / pointsPerPixel) - y0 + 1);
				}
			}
			finally {
				g.dispose();
			}
			if (ink(outside, 0, 0, outside.getWidth(), outside.getHeight()) >= MIN_INK) {
				parts.add(outside);
				origins.add(new int[] { 0, 0 });
			}
		}
		else {
			parts.add(clean);
			origins.add(new int[] { 0, 0 });
		}
		List<List<OcrWord>> words = tesseract.words(parts, lattice != null ? 6 : 3);
		List<Glyph> glyphs = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			List<Glyph> part = glyphs(page, words.get(i), origins.get(i), pointsPerPixel);
			glyphs.addAll(lattice != null ? asHeading(part) : part);
		}
		return glyphs;
	}

	/**
	 * A word's characters as glyphs: the word's box shared out evenly among its characters, on its
	 * line's baseline. Tesseract's order of the words in a line is right where its boxes of Chinese
	 * words are not (they overlap their neighbours), so each box is cut back to where the next word
	 * starts; and the gap between two words narrower than half the line's height is closed, since
	 * Tesseract's word boundaries in Chinese are no spaces of the text.
	 */
	static List<Glyph> glyphs(int page, List<OcrWord> words, int[] origin, float pointsPerPixel) {
		List<Glyph> glyphs = new ArrayList<>();
		float[] lefts = new float[words.size()];
		float[] rights = new float[words.size()];
		for (int w = 0; w < words.size(); w++) {
			OcrWord word = words.get(w);
			boolean sameLine = w > 0 && sameLine(words.get(w - 1), word);
			lefts[w] = sameLine ? Math.max(word.left(), lefts[w - 1] + 1) : word.left();
			rights[w] = Math.max(lefts[w] + 1, word.left() + word.width());
			if (sameLine && (rights[w - 1] > lefts[w] || lefts[w] - rights[w - 1] < words.get(w - 1).lineHeight() / 2f)) {
				rights[w - 1] = lefts[w];
			}
		}
		for (int w = 0; w < words.size(); w++) {
			OcrWord word = words.get(w);
			int[] codePoints = word.text().codePoints().toArray();
			float width = (rights[w] - lefts[w]) / codePoints.length;
			float baseline = word.lineTop() + word.lineHeight();
			for (int c = 0; c < codePoints.length; c++) {
				float x = lefts[w] + c * width;
				glyphs.add(new Glyph(page, (origin[0] + x) * pointsPerPixel, (origin[1] + baseline) * pointsPerPixel, width * pointsPerPixel,
						word.lineHeight() * pointsPerPixel, Character.toString(codePoints[c]), word.confidence()));
			}
		}
		return glyphs;
	}

	/**
	 * A cell's glyphs with their text set to a column heading's where the cell reads as that heading
	 * but for one character (承诸事项 for 承诺事项): headings are a known vocabulary, and one misread
	 * character in one would lose the whole table. Only headings of four characters or more, where one
	 * character cannot turn one heading into another or into ordinary text.
	 */
	static List<Glyph> asHeading(List<Glyph> cell) {
		for (Column column : Column.values()) {
			for (String name : column.names()) {
				if (name.length() < 4 || name.length() != cell.size()) {
					continue;
				}
				int different = 0;
				for (int i = 0; i < name.length(); i++) {
					if (!cell.get(i).text().equals(String.valueOf(name.charAt(i)))) {
						different++;
					}
				}
				if (different == 1) {
					List<Glyph> fixed = new ArrayList<>(cell.size());
					for (int i = 0; i < name.length(); i++) {
						Glyph g = cell.get(i);
						fixed.add(new Glyph(g.page(), g.x(), g.y(), g.width(), g.size(), String.valueOf(name.charAt(i)), g.confidence()));
					}
					return fixed;
				}
			}
		}
		return cell;
	}

	private static boolean sameLine(OcrWord a, OcrWord b) {
		return a.lineTop() == b.lineTop() && a.lineHeight() == b.lineHeight();
	}

	private static int ink(BufferedImage image, int x0, int y0, int x1, int y1) {
		int count = 0;
		for (int y = y0; y < y1; y++) {
			for (int x = x0; x < x1; x++) {
				if ((image.getRGB(x, y) & 0xFF) < 128) {
					count++;
				}
			}
		}
		return count;
	}

	private static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
