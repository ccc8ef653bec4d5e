package com.pledgeboard.ingest.pdf;

/**
 * One character as the PDF places it: page (0-based), left edge and baseline in points from the
 * page's top-left, width, font size and text; for a character read by OCR, the confidence of its
 * word (0–100), else -1.
 */
record Glyph(int page, float x, float y, float width, float size, String text, float confidence) {

	Glyph(int page, float x, float y, float width, float size, String text) {
		this(page, x, y, width, size, text, -1);
	}

	float right() {
		return x + width;
	}

	float centre() {
		return x + width / 2;
	}

}
