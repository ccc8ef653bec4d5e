package com.pledgeboard.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.pledgeboard.ingest.ImportWarning;
import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.TableFormatException;
import com.pledgeboard.ingest.grid.ReadLimits;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.ingest.text.SeedTextReader;

import com.pledgeboard.ingest.ocr.ImageFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads a commitment table from a PDF. First from its layout: the characters' positions rebuild the
 * table's columns (from the header's x-coordinates and the gaps between the body's text) and rows
 * (from the y-coordinates of the lines, a commitment starting at each numbered title), see
 * {@link PageLayout}; so a published PDF of a table gives the same result as its spreadsheet. When the
 * layout cannot be rebuilt (no header row, columns that do not add up), the extracted text is read
 * with the seed-format reader instead. A warning says which of the two was used.
 *
 * <p>A PDF without text (a scan) is rendered page by page and read by OCR ({@link ScanTableReader});
 * each page's images are checked against the pixel limit by their declared size before any is
 * decoded. Password-protected and damaged PDFs are refused.
 */
public final class PdfTableReader {

	/** Characters accepted per table row allowed: a commitment has a few hundred. */
	private static final long CHARACTERS_PER_ROW = 2_000;

	private static final int MAX_CHARACTERS = 50_000_000;

	/** A commitment table of a city fills a few dozen pages; a document of more is something else. */
	static final int MAX_PAGES = 200;

	private final ReadLimits limits;

	private final ScanTableReader scans;

	public PdfTableReader(ReadLimits limits) {
		this(limits, new ScanTableReader(limits));
	}

	/** @param scans the reader of a PDF whose pages are images only */
	public PdfTableReader(ReadLimits limits, ScanTableReader scans) {
		this.limits = limits;
		this.scans = scans;
	}

	public ParsedTable read(byte[] content, String sourceName, ReadProgress progress) {
		int maxGlyphs = (int) Math.min(MAX_CHARACTERS, limits.maxRows() * CHARACTERS_PER_ROW);
		GlyphCollector collector = new GlyphCollector(maxGlyphs);
		String text;
		int pages;
		List<List<Ruling>> rulings = new ArrayList<>();
		// The page being read when PDFBox fails, for the message: 0 while the file itself is opened.
		int atPage = 0;
		try (PDDocument document = Loader.loadPDF(content)) {
			pages = document.getNumberOfPages();
			if (pages > MAX_PAGES) {
				throw new TableFormatException(sourceName, 0, "the PDF has %d pages, more than the %d a commitment table may have (页数过多)"
					.formatted(pages, MAX_PAGES));
			}
			try {
				text = collector.getText(document);
			}
			catch (IOException ex) {
				atPage = collector.currentPage();
				throw ex;
			}
			for (PDPage page : document.getPages()) {
				atPage++;
				try {
					rulings.add(new RulingCollector(page).rulings());
				}
				catch (RulingCollector.TooManySegments ex) {
					throw new TableFormatException(sourceName, 0, "page %d: %s, a drawing rather than a table (页面线条过多)".formatted(atPage, ex.getMessage()));
				}
			}
		}
		catch (InvalidPasswordException ex) {
			throw TableFormatException.unreadable(sourceName, "PDF", TableFormatException.why("encrypted"));
		}
		catch (GlyphCollector.TooMuchText ex) {
			throw new TableFormatException(sourceName, 0, "the PDF has " + ex.getMessage()
					+ ", more than a table within pledgeboard.import.max-rows can have");
		}
		catch (IOException ex) {
			// What PDFBox says is about its parser, not the file: our own words, and the page where it failed.
			throw atPage > 0 ? TableFormatException.unreadablePage(sourceName, atPage, TableFormatException.why("damaged"))
					: TableFormatException.unreadable(sourceName, "PDF", TableFormatException.why("damaged"));
		}
		if (collector.glyphs().isEmpty()) {
			return scanned(content, sourceName, progress);
		}
		ParsedTable table;
		String used;
		try {
			PageLayout layout = new PageLayout(sourceName, collector.glyphs(), rulings, limits, progress);
			table = layout.table();
			used = "read from the page layout of %d page%s (按版面坐标还原表格): %s".formatted(pages, pages == 1 ? "" : "s", layout.modes());
		}
		catch (TableFormatException layout) {
			try {
				table = new SeedTextReader().read(text, sourceName);
			}
			catch (TableFormatException asText) {
				throw new TableFormatException(sourceName, 0, "the PDF's table can be rebuilt neither from its layout (%s) nor from its text (%s)"
					.formatted(layout.getMessage(), asText.getMessage()));
			}
			used = "the page layout could not be rebuilt (%s); the extracted text was read as seed-format text instead (版面无法还原，已按文本读取)"
				.formatted(layout.getMessage());
		}
		List<ImportWarning> warnings = new ArrayList<>();
		warnings.add(new ImportWarning(sourceName, used));
		warnings.addAll(table.warnings());
		return new ParsedTable(table.departments(), warnings, table.cells(), List.of());
	}


	/**
	 * A PDF of images only: each page's embedded images and the page itself at the rendering
	 * resolution must be within the pixel limit, by their declared sizes, before any is rendered.
	 */
	private ParsedTable scanned(byte[] content, String sourceName, ReadProgress progress) {
		try (PDDocument document = Loader.loadPDF(content)) {
			int pages = document.getNumberOfPages();
			if (pages > ScanTableReader.MAX_PAGES) {
				return scans.read(pages, p -> null, 1, sourceName, progress);
			}
			float scale = ScanTableReader.RENDER_DPI / 72;
			for (int p = 0; p < pages; p++) {
				PDPage page = document.getPage(p);
				try {
					ImageFile.requireSize(Math.round(page.getMediaBox().getWidth() * scale), Math.round(page.getMediaBox().getHeight() * scale));
					PDResources resources = page.getResources();
					if (resources != null) {
						for (COSName name : resources.getXObjectNames()) {
							if (resources.getXObject(name) instanceof PDImageXObject image) {
								ImageFile.requireSize(image.getWidth(), image.getHeight());
							}
						}
					}
				}
				catch (ImageFile.Refused ex) {
					throw new TableFormatException(sourceName, 0, "page %d: %s".formatted(p + 1, ex.getMessage()));
				}
			}
			PDFRenderer renderer = new PDFRenderer(document);
			return scans.read(pages, p -> {
				try {
					return renderer.renderImageWithDPI(p, ScanTableReader.RENDER_DPI, ImageType.GRAY);
				}
				catch (IOException ex) {
					throw new TableFormatException(sourceName, 0, "page %d cannot be rendered (第%d页无法显示): %s".formatted(p + 1, p + 1, ex.getMessage()));
				}
			}, 72 / ScanTableReader.RENDER_DPI, sourceName, progress);
		}
		catch (IOException ex) {
			throw new TableFormatException(sourceName, 0, "not a readable PDF (文件已损坏或不是 PDF): " + ex.getMessage());
		}
	}

}
