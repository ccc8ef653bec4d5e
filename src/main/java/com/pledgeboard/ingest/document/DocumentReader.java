package com.pledgeboard.ingest.document;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.pledgeboard.ingest.DocumentFormat;
import com.pledgeboard.ingest.ImportWarning;
import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.TableFormatException;
import com.pledgeboard.ingest.csv.CsvTableReader;
import com.pledgeboard.ingest.grid.ReadLimits;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.ingest.ocr.ImageFile;
import com.pledgeboard.ingest.pdf.PdfTableReader;
import com.pledgeboard.ingest.pdf.ScanTableReader;
import com.pledgeboard.ingest.text.SeedTextReader;
import com.pledgeboard.ingest.text.TextDecoder;
import com.pledgeboard.ingest.word.DocTableReader;
import com.pledgeboard.ingest.word.DocxTableReader;
import com.pledgeboard.ingest.xlsx.XlsTableReader;
import com.pledgeboard.ingest.xlsx.XlsxTableReader;

/**
 * Reads any supported document into a {@link ParsedTable}: sniffs the format from the content, checks
 * the size limit, and hands the bytes to the reader of that format. Every failure is a
 * {@link TableFormatException} naming the source; nothing else escapes, whatever the bytes.
 */
public final class DocumentReader {

	/** The long side of an A4 page in points. */
	private static final float A4_LONG_SIDE = 842;

	private final ReadLimits limits;

	public DocumentReader(ReadLimits limits) {
		this.limits = limits;
	}

	/** A table and the format it was read as. */
	public record Read(DocumentFormat format, ParsedTable table) {
	}

	public Read read(byte[] content, String sourceName, ReadProgress progress) {
		if (content.length > limits.maxBytes()) {
			throw new TableFormatException(sourceName, 0, "the file has %d bytes, more than the limit of %d (pledgeboard.import.max-bytes; 文件过大)"
				.formatted(content.length, limits.maxBytes()));
		}
		if (content.length == 0) {
			throw new TableFormatException(sourceName, 0, "the file is empty (0 bytes)");
		}
		DocumentFormat format = DocumentFormat.sniff(content, sourceName);
		Read read;
		try {
			read = switch (format) {
				case PDF -> new Read(format, new PdfTableReader(limits).read(content, sourceName, progress));
				case XLSX -> new Read(format, new XlsxTableReader(limits).read(content, sourceName, progress));
				case XLS -> new Read(format, new XlsTableReader(limits).read(content, sourceName, progress));
				case DOCX -> new Read(format, new DocxTableReader(limits).read(content, sourceName, progress));
				case DOC -> new Read(format, new DocTableReader(limits).read(content, sourceName, progress));
				case CSV, TEXT -> text(content, sourceName, progress);
				case PNG, JPEG -> new Read(format, image(content, sourceName, progress));
			};
		}
		catch (TableFormatException ex) {
			throw ex;
		}
		catch (RuntimeException | StackOverflowError ex) {
			// A library's failure on hostile input (deeply nested PDF objects overflow the stack) is
			// still a refusal of the file, never a crash of the request or the command.
			throw TableFormatException.unreadable(sourceName, format.label(),
					TableFormatException.why(ex instanceof StackOverflowError ? "nestedTooDeeply" : "damaged"));
		}
		return new Read(read.format(), withNameWarning(read.table(), read.format(), sourceName));
	}

	/** A scanned or photographed page, read by OCR; its size is taken as an A4 page's to scale it to points. */
	private ParsedTable image(byte[] content, String sourceName, ReadProgress progress) {
		BufferedImage image;
		try {
			image = ImageFile.decode(content);
		}
		catch (ImageFile.Refused ex) {
			throw new TableFormatException(sourceName, 0, "page 1: " + ex.getMessage());
		}
		float pointsPerPixel = A4_LONG_SIDE / Math.max(image.getWidth(), image.getHeight());
		return new ScanTableReader(limits).read(1, p -> image, pointsPerPixel, sourceName, progress);
	}

	/** Decoded text is CSV when a header row cuts into the column names at a delimiter, else seed-format text. */
	private Read text(byte[] content, String sourceName, ReadProgress progress) {
		String text = TextDecoder.decode(content, sourceName);
		if (CsvTableReader.looksLikeCsv(text)) {
			return new Read(DocumentFormat.CSV, new CsvTableReader(limits).readText(text, sourceName, progress));
		}
		long lines = text.lines().count();
		if (lines > limits.maxRows() * 20L) {
			throw new TableFormatException(sourceName, 0, "the text has %d lines, far more than a table of %d rows (pledgeboard.import.max-rows)"
				.formatted(lines, limits.maxRows()));
		}
		return new Read(DocumentFormat.TEXT, new SeedTextReader().read(text, sourceName));
	}

	/**
	 * A file whose name says one format while its content is another is read as what it is, with a
	 * warning; the two spreadsheet formats named for each other (an {@code .xls} that is XLSX inside, a
	 * WPS {@code .et} of either) and Word's two likewise are not worth one.
	 */
	private static ParsedTable withNameWarning(ParsedTable table, DocumentFormat format, String sourceName) {
		String name = sourceName.toLowerCase(Locale.ROOT);
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
		String claimed = switch (extension) {
			case "pdf" -> "PDF";
			case "xlsx", "xls", "et" -> "spreadsheet";
			case "docx", "doc", "wps" -> "Word";
			case "csv" -> "CSV";
			case "png", "jpg", "jpeg" -> "image";
			default -> null;
		};
		String actual = switch (format) {
			case XLSX, XLS -> "spreadsheet";
			case DOCX, DOC -> "Word";
			case TEXT -> "CSV";
			case PNG, JPEG -> "image";
			default -> format.label();
		};
		boolean matches = claimed == null || claimed.equals(actual);
		if (matches) {
			return table;
		}
		List<ImportWarning> warnings = new ArrayList<>(table.warnings());
		warnings.add(0, new ImportWarning(sourceName, "the file is named like %s but its content is %s; it was read as %s (文件扩展名与内容不符)"
			.formatted(claimed, format.label(), format.label())));
		return new ParsedTable(table.departments(), warnings, table.cells(), table.pages());
	}

}
