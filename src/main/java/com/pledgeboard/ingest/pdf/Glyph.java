package com.pledgeboard.ingest.pdf;

/**
 * One character as the PDF places it: page (0-based), left edge and baseline in points from the
 * page's top-left, width, font size and text.
 */
record Glyph(int page, float x, float y, float width, float size, String text) {

	float right() {
		return x + width;
	}

	float centre() {
		return x + width / 2;
	}

}
