package com.pledgeboard.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;


import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a document is, told by its content and never by its name: a file called {@code .xlsx} that
 * holds a PDF is read as the PDF it is.
 */
public enum DocumentFormat {

	PDF("PDF"), XLSX("XLSX"), XLS("XLS"), DOCX("DOCX"), DOC("DOC"), CSV("CSV"), TEXT("text"), PNG("PNG"), JPEG("JPEG");

	private static final int PDF_HEADER_WINDOW = 1024;

	private final String label;

	DocumentFormat(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * Tells the format by magic bytes: {@code %PDF-} near the start; a ZIP with {@code xl/} entries (an
	 * XLSX workbook) or {@code word/} entries (a DOCX document); an OLE2 compound file with a
	 * {@code Workbook} stream (an Excel 97–2003 {@code .xls}, or a WPS {@code .et} saved the same way) or a
	 * {@code WordDocument} stream (a Word 97–2003 {@code .doc}); a PNG or JPEG image (a scan, read by
	 * OCR); otherwise text (CSV or seed-format, told
	 * apart after decoding).
	 * @throws TableFormatException for an OLE2 file that is encrypted or neither of the two, or a ZIP
	 * that is neither a workbook nor a Word document
	 */
	public static DocumentFormat sniff(byte[] content, String sourceName) {
		if (isPdf(content)) {
			return PDF;
		}
		if (FileSignature.PNG.startsOf(content)) {
			return PNG;
		}
		if (FileSignature.JPEG.startsOf(content)) {
			return JPEG;
		}
		if (FileSignature.ZIP.startsOf(content)) {
			return zipKind(content, sourceName);
		}
		if (FileSignature.OLE2.startsOf(content)) {
			return ole2(content, sourceName);
		}
		return TEXT;
	}

	private static boolean isPdf(byte[] content) {
		int window = Math.min(content.length - 5, PDF_HEADER_WINDOW);
		for (int i = 0; i < window; i++) {
			if (content[i] == '%' && content[i + 1] == 'P' && content[i + 2] == 'D' && content[i + 3] == 'F'
					&& content[i + 4] == '-') {
				return true;
			}
		}
		return false;
	}

	/**
	 * Entry names are stored uncompressed in a ZIP's local headers and central directory, so finding
	 * {@code xl/} or {@code word/} among the bytes tells a workbook from a Word document without
	 * inflating anything; whether the archive is sound is POI's to find out.
	 */
	private static DocumentFormat zipKind(byte[] content, String sourceName) {
		if (contains(content, "xl/")) {
			return XLSX;
		}
		if (contains(content, "word/")) {
			return DOCX;
		}
		throw new TableFormatException(sourceName, 0, contains(content, "ppt/")
				? "the file is a PowerPoint presentation, not a table; save the table as .xlsx or .docx (请另存为 .xlsx 工作簿)"
				: "the file is a ZIP archive without a workbook or Word document in it (不是 XLSX 或 DOCX 文件)");
	}

	private static boolean contains(byte[] content, String ascii) {
		byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
		outer: for (int i = 0; i + needle.length <= content.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (content[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private static DocumentFormat ole2(byte[] content, String sourceName) {
		String refusal;
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			if (fs.getRoot().hasEntry("EncryptedPackage") || fs.getRoot().hasEntry("EncryptionInfo")) {
				refusal = "the document is password-protected; remove the password (save it without one) and upload it again"
						+ " (文件有密码保护，请取消密码后重新上传)";
			}
			else if (fs.getRoot().hasEntry("Workbook")) {
				return XLS;
			}
			else if (fs.getRoot().hasEntry("WordDocument")) {
				return DOC;
			}
			else if (fs.getRoot().hasEntry("Book")) {
				refusal = "the file is an Excel 5.0/95 workbook, older than any reader here; please save it as .xlsx and upload that"
						+ " (请另存为 .xlsx 格式)";
			}
			else {
				refusal = "the file is an old Office document (OLE2) that is neither a workbook nor a Word document, not a commitment table";
			}
		}
		catch (IOException | RuntimeException ex) {
			throw TableFormatException.unreadable(sourceName, "Office 97–2003 (OLE2)", TableFormatException.why("damaged"));
		}
		throw new TableFormatException(sourceName, 0, refusal);
	}

}
