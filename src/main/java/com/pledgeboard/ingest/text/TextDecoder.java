package com.pledgeboard.ingest.text;

import com.pledgeboard.ingest.FileSignature;
import com.pledgeboard.ingest.TableFormatException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of an uploaded text file into a string, or refuses them with a message that
 * says what is wrong and at which byte.
 *
 * <p>Text extracted from Chinese government PDFs arrives as UTF-8 (with or without a byte order
 * mark) or, from older Windows tools, as GB18030/GBK. The rules:
 * <ol>
 * <li>Empty input is refused.</li>
 * <li>A UTF-8 BOM means UTF-8, a UTF-16 BOM means UTF-16; the rest must then decode strictly.</li>
 * <li>Known binary signatures (PDF, ZIP/XLSX/DOCX, PNG, JPEG, GIF, gzip, OLE/XLS) and NUL bytes are
 * refused as binary: such a file has to go through its own reader, not this one.</li>
 * <li>Otherwise strict UTF-8 is tried first. Valid UTF-8 is preferred because multi-byte UTF-8
 * follows a rigid pattern that GB18030 text almost never satisfies by chance, while the converse
 * (UTF-8 bytes that also decode as GB18030) is common, so the order matters and UTF-8 wins.</li>
 * <li>If UTF-8 fails, strict GB18030 is tried ({@link CodingErrorAction#REPORT}); it is accepted
 * only if the result looks like text: no control characters, no private-use or unassigned code
 * points, and mostly CJK, ASCII and common punctuation. GB18030 can map many byte sequences, so
 * without that check Latin-1 or random bytes would come back as mojibake.</li>
 * <li>Otherwise the input is refused, naming the first byte offset UTF-8 could not decode.</li>
 * </ol>
 * Decoded text never contains control characters other than tab, line feed, carriage return and
 * form feed (page breaks from PDF extraction).
 */
public final class TextDecoder {

	private static final Charset GB18030 = Charset.forName("GB18030");

	/** Share of characters that must be CJK, ASCII or common punctuation for GB18030 to be believed. */
	private static final double MIN_PLAUSIBLE_SHARE = 0.9;

	private TextDecoder() {
	}

	/**
	 * @param bytes the file content
	 * @param sourceName the file or upload name, used in error messages
	 * @return the decoded text, without byte order mark
	 * @throws TableFormatException if the input is empty, binary or cannot be decoded
	 */
	public static String decode(byte[] bytes, String sourceName) {
		if (bytes == null || bytes.length == 0) {
			throw new TableFormatException(sourceName, 0, "the file is empty (0 bytes)");
		}
		if (FileSignature.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return checkControls(strict(StandardCharsets.UTF_8, bytes, 3, sourceName, "UTF-8 (it starts with a UTF-8 byte order mark)"),
					bytes, sourceName);
		}
		if (FileSignature.startsWith(bytes, 0xFF, 0xFE) || FileSignature.startsWith(bytes, 0xFE, 0xFF)) {
			Charset utf16 = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
			return checkControls(strict(utf16, bytes, 2, sourceName, "UTF-16 (it starts with a UTF-16 byte order mark)"),
					bytes, sourceName);
		}
		rejectBinary(bytes, sourceName);
		int utf8Error = firstError(StandardCharsets.UTF_8, bytes, 0);
		if (utf8Error < 0) {
			return checkControls(new String(bytes, StandardCharsets.UTF_8), bytes, sourceName);
		}
		int gbError = firstError(GB18030, bytes, 0);
		if (gbError < 0) {
			String text = new String(bytes, GB18030);
			if (looksLikeText(text)) {
				return checkControls(text, bytes, sourceName);
			}
		}
		throw new TableFormatException(sourceName, lineOfByte(bytes, utf8Error),
				"the file is neither UTF-8 nor GB18030 text: byte 0x%02X at byte offset %d cannot be decoded as UTF-8%s"
					.formatted(bytes[utf8Error] & 0xFF, utf8Error, gbError < 0
							? " and as GB18030 it gives no readable Chinese text"
							: " and the byte at offset " + gbError + " cannot be decoded as GB18030"));
	}

	private static void rejectBinary(byte[] bytes, String sourceName) {
		Optional<FileSignature> kind = FileSignature.of(bytes).filter(k -> k != FileSignature.SCRIPT);
		if (kind.isPresent()) {
			throw new TableFormatException(sourceName, 0, "the file is binary, not text: it looks like " + kind.get().description()
					+ (kind.get() == FileSignature.PDF ? " (use the PDF import, not extracted text)" : ""));
		}
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new TableFormatException(sourceName, lineOfByte(bytes, i),
						"the file is binary, not text: NUL byte at byte offset " + i);
			}
		}
	}

	private static String strict(Charset charset, byte[] bytes, int offset, String sourceName, String what) {
		int error = firstError(charset, bytes, offset);
		if (error >= 0) {
			throw new TableFormatException(sourceName, lineOfByte(bytes, error),
					"the file claims to be %s but byte 0x%02X at byte offset %d cannot be decoded"
						.formatted(what, bytes[error] & 0xFF, error));
		}
		return new String(bytes, offset, bytes.length - offset, charset);
	}

	/** Byte offset of the first malformed or unmappable input, or -1 when all of it decodes. */
	private static int firstError(Charset charset, byte[] bytes, int offset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		CharBuffer out = CharBuffer.allocate(8192);
		CoderResult result;
		do {
			out.clear();
			result = decoder.decode(in, out, true);
		}
		while (result.isOverflow());
		if (result.isError()) {
			return in.position();
		}
		do {
			out.clear();
			result = decoder.flush(out);
		}
		while (result.isOverflow());
		return result.isError() ? in.position() : -1;
	}

	private static boolean looksLikeText(String text) {
		int plausible = 0;
		int total = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			total++;
			int type = Character.getType(cp);
			if (type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE) {
				return false;
			}
			if (cp < 0x80 || isCommonCjk(cp)) {
				plausible++;
			}
		}
		return plausible >= MIN_PLAUSIBLE_SHARE * total;
	}

	private static boolean isCommonCjk(int cp) {
		return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)
				|| (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x2160 && cp <= 0x217F) || cp == 0x00B7;
	}

	/** Refuses control characters that no extracted text contains: they mean a binary file. */
	private static String checkControls(String text, byte[] bytes, String sourceName) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
				throw new TableFormatException(sourceName, lineOfChar(text, i),
						"the file is binary, not text: control character U+%04X at character %d".formatted((int) c, i));
			}
		}
		if (text.isBlank()) {
			throw new TableFormatException(sourceName, 0, "the file contains only whitespace (%d bytes)".formatted(bytes.length));
		}
		return text;
	}

	private static int lineOfByte(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static int lineOfChar(String text, int index) {
		int line = 1;
		for (int i = 0; i < index; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
