package com.pledgeboard.progress.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.pledgeboard.ingest.FileSignature;

/**
 * Decides by magic bytes whether an uploaded file is evidence we accept: PDF, PNG, JPEG, GIF, WebP,
 * Office Open XML (a zip with {@code [Content_Types].xml} and the part folder of its kind) and legacy
 * OLE2 Word, Excel and PowerPoint. The name's extension must agree with the content, and a type the
 * browser claimed must too; executables, scripts and markup are refused whatever they are called.
 * <p>
 * The signatures are the import's ({@link FileSignature}). A dozen of them do not need a detection library: Tika's core would name more types than we accept
 * and would still leave the OOXML check and the name-content agreement to us.
 */
public final class EvidenceSniffer {

	/** A refusal, with a reason code for the message bundles. */
	public record Sniffed(String mediaType, String refusal) {

		public boolean accepted() {
			return refusal == null;
		}

	}

	private static final Map<String, String> BY_EXTENSION = Map.ofEntries(Map.entry("pdf", "application/pdf"),
			Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
			Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
			Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
			Map.entry("doc", "application/msword"), Map.entry("xls", "application/vnd.ms-excel"),
			Map.entry("ppt", "application/vnd.ms-powerpoint"));

	private static final Map<String, String> OOXML_PART = Map.of("docx", "word/", "xlsx", "xl/", "pptx", "ppt/");

	/** What browsers may send for a type, besides its own name. */
	private static final Map<String, Set<String>> ALIASES = Map.of("image/jpeg", Set.of("image/jpg", "image/pjpeg"));

	private EvidenceSniffer() {
	}

	public static Sniffed sniff(byte[] content, String fileName, String claimedType) {
		if (content.length == 0) {
			return refuse("empty");
		}
		if (isExecutableOrMarkup(content)) {
			return refuse("executable");
		}
		String extension = extension(fileName);
		String expected = BY_EXTENSION.get(extension);
		if (expected == null) {
			return refuse("typeNotAllowed");
		}
		String actual = contentType(content, extension);
		if (!expected.equals(actual)) {
			return refuse("mismatch");
		}
		if (claimedType != null && !claimedType.isBlank()) {
			String claimed = claimedType.toLowerCase(Locale.ROOT).split(";")[0].strip();
			boolean generic = claimed.equals("application/octet-stream");
			if (!generic && !claimed.equals(actual) && !ALIASES.getOrDefault(actual, Set.of()).contains(claimed)) {
				return refuse("mismatch");
			}
		}
		return new Sniffed(actual, null);
	}

	private static Sniffed refuse(String reason) {
		return new Sniffed(null, reason);
	}

	static String extension(String fileName) {
		if (fileName == null) {
			return "";
		}
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
	}

	private static String contentType(byte[] b, String extension) {
		if (FileSignature.PDF.startsOf(b)) {
			return "application/pdf";
		}
		if (FileSignature.PNG.startsOf(b)) {
			return "image/png";
		}
		if (FileSignature.JPEG.startsOf(b)) {
			return "image/jpeg";
		}
		if (FileSignature.GIF.startsOf(b)) {
			return "image/gif";
		}
		if (FileSignature.WEBP.startsOf(b)) {
			return "image/webp";
		}
		if (FileSignature.OLE2.startsOf(b)) {
			// An OLE2 compound file does not say cheaply whether it holds Word or Excel: the name decides.
			return Set.of("doc", "xls", "ppt").contains(extension) ? BY_EXTENSION.get(extension) : "application/x-ole2";
		}
		if (FileSignature.ZIP.startsOf(b)) {
			List<String> names = zipEntryNames(b);
			String part = OOXML_PART.get(extension);
			boolean ooxml = names.contains("[Content_Types].xml");
			if (ooxml && part != null && names.stream().anyMatch(n -> n.startsWith(part))) {
				return BY_EXTENSION.get(extension);
			}
			return "application/zip";
		}
		return "application/octet-stream";
	}

	/** Windows and Linux executables, Mach-O, Java classes, scripts with #!, HTML and SVG. */
	private static boolean isExecutableOrMarkup(byte[] b) {
		if (FileSignature.PROGRAM.startsOf(b) || FileSignature.SCRIPT.startsOf(b)) {
			return true;
		}
		String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		String trimmed = head.replace("\u00ef\u00bb\u00bf", "").stripLeading();
		return trimmed.startsWith("<") && (head.contains("<html") || head.contains("<svg") || head.contains("<script")
				|| head.contains("<!doctype") || head.contains("<?xml"));
	}

	/** The names in a zip's central directory, read without inflating anything. */
	static List<String> zipEntryNames(byte[] b) {
		List<String> names = new ArrayList<>();
		int eocd = -1;
		for (int i = b.length - 22; i >= Math.max(0, b.length - 65557); i--) {
			if (u32(b, i) == 0x06054b50L) {
				eocd = i;
				break;
			}
		}
		if (eocd < 0) {
			return names;
		}
		int entries = u16(b, eocd + 10);
		long offset = u32(b, eocd + 16);
		int p = (int) Math.min(offset, Integer.MAX_VALUE);
		for (int n = 0; n < entries && p + 46 <= b.length && u32(b, p) == 0x02014b50L; n++) {
			int nameLength = u16(b, p + 28);
			int extra = u16(b, p + 30);
			int comment = u16(b, p + 32);
			if (p + 46 + nameLength > b.length) {
				break;
			}
			names.add(new String(b, p + 46, nameLength, StandardCharsets.UTF_8));
			p += 46 + nameLength + extra + comment;
		}
		return names;
	}

	private static int u16(byte[] b, int i) {
		return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
	}

	private static long u32(byte[] b, int i) {
		return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24;
	}

}
