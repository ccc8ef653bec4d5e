package com.pledgeboard.ingest.pdf;

/** A horizontal or vertical line on a page, in points from its top-left: {@code x0 <= x1}, {@code y0 <= y1}. */
record Ruling(float x0, float y0, float x1, float y1) {

	boolean horizontal() {
		return y1 - y0 < x1 - x0;
	}

}
