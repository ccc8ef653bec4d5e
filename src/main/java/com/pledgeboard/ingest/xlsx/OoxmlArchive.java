package com.pledgeboard.ingest.xlsx;

import java.util.Locale;

import com.pledgeboard.i18n.Message;
import com.pledgeboard.ingest.TableFormatException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.xml.sax.SAXParseException;

/**
 * What every Office Open XML file (XLSX, DOCX) is checked for before and while POI opens it: the end
 * of the ZIP archive present, and no entry inflating like a zip bomb. POI's {@link ZipSecureFile}
 * limits are process-wide, so they are set once here for both readers.
 */
public final class OoxmlArchive {

	/** An entry inflating more than this many times its compressed size is a zip bomb. */
	static final int MIN_INFLATE_RATIO_INVERSE = 100;

	/** No entry of a commitment table's file needs more: 100,000 rows of text are about 60 MB of XML. */
	static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

	static {
		ZipSecureFile.setMinInflateRatio(1.0 / MIN_INFLATE_RATIO_INVERSE);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
	}

	/** The end record is 22 bytes plus a comment of at most 65,535. */
	private static final int END_RECORD_SEARCH = 22 + 65_535;

	private OoxmlArchive() {
	}

	/**
	 * POI reads a package from a stream entry by entry, so a file cut short after its parts would read
	 * as if whole; the end-of-central-directory record at the end of every complete ZIP tells. Calling
	 * this also sets the zip bomb limits before POI opens anything.
	 * @param label the format for the message, {@code XLSX} or {@code DOCX}
	 */
	public static void requireComplete(byte[] content, String sourceName, String label) {
		int earliest = Math.max(0, content.length - END_RECORD_SEARCH);
		for (int i = content.length - 22; i >= earliest; i--) {
			if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 5 && content[i + 3] == 6) {
				return;
			}
		}
		throw new TableFormatException(sourceName, 0,
				"the %s file is truncated: the end of its ZIP archive is missing (文件不完整，请重新上传)".formatted(label));
	}

	/**
	 * What is wrong with the file, in words about the file rather than the parser's: a part's XML (a workbook's sheet, a document's body) that declares a document type (the way to smuggle in external entities) or is malformed, a zip
	 * bomb, or else a damaged file, without the library's internals.
	 */
	public static Message reason(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			if (cause instanceof TableFormatException) {
				break;
			}
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage()) + " " + ex.getMessage();
		if (message.contains("Zip bomb") || message.contains("zip bomb")) {
			return TableFormatException.why("zipBomb");
		}
		if (message.contains("DOCTYPE")) {
			return TableFormatException.why("doctype");
		}
		if (message.toLowerCase(Locale.ROOT).contains("entity")) {
			return TableFormatException.why("entity");
		}
		if (cause instanceof SAXParseException parse && parse.getLineNumber() > 0) {
			return TableFormatException.why("xmlMalformed", parse.getLineNumber(), parse.getColumnNumber());
		}
		return TableFormatException.why("damaged");
	}

}
