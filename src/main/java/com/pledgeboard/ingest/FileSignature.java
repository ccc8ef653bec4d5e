package com.pledgeboard.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The magic bytes a file starts with, the one table of them that the import (what a document is), the
 * text decoder (text, not a binary file) and the evidence upload (an accepted type, never a program)
 * tell files by. A file is never told by its name.
 */
public enum FileSignature {

	PDF("a PDF document", bytes("%PDF-")),
	PNG("a PNG image", new int[] { 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),
	JPEG("a JPEG image", new int[] { 0xFF, 0xD8, 0xFF }),
	GIF("a GIF image", bytes("GIF87a"), bytes("GIF89a")),
	/** RIFF, four bytes of length, WEBP: told by {@link #startsOf(byte[])} with the length skipped. */
	WEBP("a WebP image", bytes("RIFF")),
	/** A ZIP archive: Office Open XML (XLSX, DOCX, PPTX) is one. */
	ZIP("a ZIP archive (XLSX, DOCX or similar)", new int[] { 'P', 'K', 3, 4 }),
	/** An OLE2 compound file: Office 97–2003 (XLS, DOC, PPT) and WPS documents saved the same way. */
	OLE2("an OLE document (XLS, DOC or similar)", new int[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }),
	GZIP("a gzip archive", new int[] { 0x1F, 0x8B }),
	/** Windows (MZ), Linux (ELF) and Mac (Mach-O) programs and Java classes. */
	PROGRAM("a program", bytes("MZ"), new int[] { 0x7F, 'E', 'L', 'F' }, new int[] { 0xCA, 0xFE, 0xBA, 0xBE },
			new int[] { 0xFE, 0xED, 0xFA, 0xCE }, new int[] { 0xFE, 0xED, 0xFA, 0xCF }, new int[] { 0xCE, 0xFA, 0xED, 0xFE },
			new int[] { 0xCF, 0xFA, 0xED, 0xFE }),
	/** A script to be run by the program named after #!: text, but never evidence. */
	SCRIPT("a script", bytes("#!"));

	private final String description;

	private final List<int[]> prefixes;

	FileSignature(String description, int[]... prefixes) {
		this.description = description;
		this.prefixes = List.of(prefixes);
	}

	/** What the file is, for a message in English (the import's diagnostics): "a PNG image". */
	public String description() {
		return description;
	}

	/** Whether {@code content} starts with this signature. */
	public boolean startsOf(byte[] content) {
		if (this == WEBP) {
			return startsWith(content, bytes("RIFF")) && content.length >= 12
					&& Arrays.equals(Arrays.copyOfRange(content, 8, 12), new byte[] { 'W', 'E', 'B', 'P' });
		}
		return prefixes.stream().anyMatch(prefix -> startsWith(content, prefix));
	}

	/** The signature {@code content} starts with, if any. */
	public static Optional<FileSignature> of(byte[] content) {
		return Arrays.stream(values()).filter(s -> s.startsOf(content)).findFirst();
	}

	/** Whether {@code content} starts with these bytes, each given as 0–255 ({@code 0xEF, 0xBB, 0xBF}). */
	public static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int[] bytes(String ascii) {
		return ascii.chars().toArray();
	}

}
