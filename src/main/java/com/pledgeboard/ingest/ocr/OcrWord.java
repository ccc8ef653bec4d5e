package com.pledgeboard.ingest.ocr;

/**
 * A word as Tesseract recognised it, in pixels of the page image from its top-left; its line's box
 * as well, so that the words of one printed line share a baseline.
 *
 * @param confidence Tesseract's confidence in the word, 0–100
 */
public record OcrWord(int left, int top, int width, int height, int lineTop, int lineHeight, float confidence, String text) {
}
