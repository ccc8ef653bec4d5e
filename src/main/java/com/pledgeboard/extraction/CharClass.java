package com.pledgeboard.extraction;

/**
 * What a character is to the extractor (clause break, punctuation, quotation mark, numeral), as one
 * table lookup: these questions are asked of every character, and a {@code switch} over scattered
 * CJK code points compiles to a search.
 */
final class CharClass {

	static final int CLAUSE_BREAK = 1;

	static final int SENTENCE_BREAK = 1 << 1;

	static final int PUNCTUATION = 1 << 2;

	static final int OPENING = 1 << 3;

	static final int CLOSING = 1 << 4;

	static final int NUMERAL = 1 << 5;

	/** Opens a quotation or title, whose numbers are names (“…”, 《…》); brackets do not. */
	static final int QUOTE_OPEN = 1 << 6;

	static final int QUOTE_CLOSE = 1 << 7;

	private static final byte[] TABLE = new byte[Character.MAX_VALUE + 1];

	static {
		mark("，,。；;！!？?：:\n\r", CLAUSE_BREAK | PUNCTUATION);
		mark("。；;！!？?\n\r", SENTENCE_BREAK);
		mark("、 \t　（()）“”\"《》「」『』‘’-—～~·", PUNCTUATION);
		mark("“《「『‘（(", OPENING);
		mark("”》」』’）)", CLOSING);
		mark("“《「『‘", QUOTE_OPEN);
		mark("”》」』’", QUOTE_CLOSE);
		mark("0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿", NUMERAL);
	}

	private CharClass() {
	}

	static int of(char c) {
		return TABLE[c];
	}

	static boolean is(char c, int flag) {
		return (TABLE[c] & flag) != 0;
	}

	private static void mark(String chars, int flag) {
		for (int i = 0; i < chars.length(); i++) {
			TABLE[chars.charAt(i)] |= (byte) flag;
		}
	}

}
