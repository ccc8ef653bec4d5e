package com.pledgeboard.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every character with its position while PDFBox extracts the text, so that one pass gives
 * both the positions the layout is rebuilt from and the plain text the fallback reads.
 */
final class GlyphCollector extends PDFTextStripper {

	private final List<Glyph> glyphs = new ArrayList<>();

	private final int maxGlyphs;

	private int page = -1;

	GlyphCollector(int maxGlyphs) {
		this.maxGlyphs = maxGlyphs;
		setSortByPosition(true);
	}

	@Override
	protected void startPage(PDPage pdPage) throws IOException {
		page++;
		super.startPage(pdPage);
	}

	@Override
	protected void processTextPosition(TextPosition text) {
		super.processTextPosition(text);
		String unicode = text.getUnicode();
		if (unicode == null || unicode.isBlank()) {
			return;
		}
		if (glyphs.size() >= maxGlyphs) {
			throw new TooMuchText(maxGlyphs);
		}
		float size = text.getFontSizeInPt() > 0 ? text.getFontSizeInPt() : text.getHeightDir();
		glyphs.add(new Glyph(page, text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(), Math.max(size, 1f), unicode));
	}

	List<Glyph> glyphs() {
		return glyphs;
	}

	/** The 1-based page being read, or 0 before the first: where to say a failure happened. */
	int currentPage() {
		return page + 1;
	}

	/** Thrown out of PDFBox's loop to stop a document with more text than any table of the limit has. */
	static final class TooMuchText extends RuntimeException {

		private static final long serialVersionUID = 1L;

		TooMuchText(int max) {
			super("more than " + max + " characters of text");
		}

	}

}
