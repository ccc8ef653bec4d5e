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

	PDF("PDF"), XLSX("XLSX"), CSV("CSV"), TEXT("text");

	private static final int PDF_HEADER_WINDOW = 1024;

	private final String label;

	DocumentFormat(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * Tells the format by magic bytes: {@code %PDF-} near the start, a ZIP with {@code xl/} entries, and
	 * otherwise text (CSV or seed-format, told apart after decoding). An OLE2 file is refused here: a
	 * legacy {@code .xls} workbook or a password-protected one, each with what to do about it.
	 * @throws TableFormatException for an OLE2 file or a ZIP that is not a workbook
	 */
	public static DocumentFormat sniff(byte[] content, String sourceName) {
		if (isPdf(content)) {
			return PDF;
		}
		if (startsWith(content, 'P', 'K', 3, 4)) {
			zipKind(content, sourceName);
			return XLSX;
		}
		if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			throw new TableFormatException(sourceName, 0, ole2(content));
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
	 * {@code xl/} among the bytes tells a workbook from a Word document without inflating anything;
	 * whether the archive is sound is POI's to find out.
	 */
	private static void zipKind(byte[] content, String sourceName) {
		if (contains(content, "xl/")) {
			return;
		}
		boolean office = contains(content, "word/") || contains(content, "ppt/");
		throw new TableFormatException(sourceName, 0, office
				? "the file is a Word or PowerPoint document, not a spreadsheet; save the table as .xlsx (请另存为 .xlsx 工作簿)"
				: "the file is a ZIP archive without a workbook in it, not an XLSX file (不是 XLSX 工作簿)");
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

	private static String ole2(byte[] content) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			if (fs.getRoot().hasEntry("EncryptedPackage") || fs.getRoot().hasEntry("EncryptionInfo")) {
				return "the workbook is password-protected; remove the password (save it without one) and upload it again"
						+ " (文件有密码保护，请取消密码后重新上传)";
			}
			if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
				return "the file is a legacy Excel 97–2003 workbook (.xls); please save it as .xlsx and upload that"
						+ " (请另存为 .xlsx 格式)";
			}
			return "the file is an old Office document (OLE2, such as .doc), not a commitment table";
		}
		catch (IOException | RuntimeException ex) {
			return "the file looks like an old Office document (OLE2) but is damaged (文件已损坏): " + ex.getMessage();
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
