package com.pledgeboard.ingest.text;

/**
 * Joins the wrapped lines of a cell back into one string.
 *
 * <p>PDF extraction breaks a cell wherever the column is full, so a line break carries no meaning:
 * Chinese is written without spaces, and joining with a space would put one in the middle of a
 * word. The exception is a break between two Latin letters or digits ({@code APEC} /
 * {@code business}, {@code 2022} / {@code 2023}), where the space is what the reader would have
 * seen. Whitespace inside a line follows the same rule, which removes the stray spaces extraction
 * leaves between Chinese characters and keeps those between Latin words. The spreadsheet and PDF
 * readers join wrapped cell text the same way, so that every format gives the same strings.
 */
public final class TextJoiner {

	private final StringBuilder text = new StringBuilder();

	private boolean pendingSpace;

	/** Appends one line's content as a continuation of what is there already. */
	public TextJoiner append(String line) {
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (isSpace(c)) {
				pendingSpace = true;
				continue;
			}
			if (pendingSpace && !text.isEmpty() && isLatinOrDigit(text.charAt(text.length() - 1)) && isLatinOrDigit(c)) {
				text.append(' ');
			}
			pendingSpace = false;
			text.append(c);
		}
		pendingSpace = true;
		return this;
	}

	@Override
	public String toString() {
		return text.toString();
	}

	public static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
	}

	public static boolean isLatinOrDigit(char c) {
		return Character.isDigit(c) || (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
	}

}
