package com.pledgeboard.extraction;

import java.math.BigDecimal;

/**
 * Reads the numbers of Chinese prose: Arabic digits (also full-width) with an optional decimal part,
 * Chinese numerals (十 → 10, 两 → 2, 十二, 二百, 一千二百万), scale words multiplied out (1.6万 → 16000,
 * 11.2亿 → 1120000000, 5千万 → 50000000), the colloquial 个 before a scale word (1个亿 → 100000000)
 * and a bare scale word (亿 → 100000000, as in 超亿元).
 */
public final class ChineseNumbers {

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000L);

	private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000L);

	private ChineseNumbers() {
	}

	/**
	 * Parses text that is one number and nothing else.
	 * @throws NumberFormatException when the text is not a number
	 */
	public static BigDecimal parse(CharSequence text) {
		String trimmed = text.toString().strip();
		Numeral numeral = read(trimmed, 0, trimmed.length());
		if (numeral == null) {
			numeral = readBareScale(trimmed, 0, trimmed.length());
		}
		if (numeral == null || numeral.end() != trimmed.length()) {
			throw new NumberFormatException("Not a number: " + text);
		}
		return ExtractedTarget.normalise(numeral.value());
	}

	/**
	 * A number read from text.
	 * @param value its value with scale words multiplied out
	 * @param end where it ends in the text (exclusive)
	 * @param arabic written with digits rather than Chinese numerals
	 * @param scaled carries a scale word (万, 亿)
	 * @param colloquial written with 个 before the scale word (1个亿), which in prose is money
	 */
	record Numeral(BigDecimal value, int end, boolean arabic, boolean scaled, boolean colloquial) {

		Numeral(BigDecimal value, int end, boolean arabic, boolean scaled) {
			this(value, end, arabic, scaled, false);
		}

	}

	/** Reads a number starting at {@code from}, or returns {@code null} when none starts there. */
	static Numeral read(CharSequence text, int from, int limit) {
		if (from >= limit) {
			return null;
		}
		char first = text.charAt(from);
		if (!isNumeralChar(first)) {
			return null;
		}
		if (digit(first) >= 0) {
			return readArabic(text, from, limit);
		}
		if (chineseDigit(first) >= 0 || first == '十') {
			return readChinese(text, from, limit);
		}
		return null;
	}

	/** Reads a scale word standing for one of itself (亿 in 超亿元), or {@code null}. */
	static Numeral readBareScale(CharSequence text, int from, int limit) {
		int end = from;
		BigDecimal multiplier = BigDecimal.ONE;
		while (end < limit && multiplierOf(text.charAt(end)) != null) {
			multiplier = multiplier.multiply(multiplierOf(text.charAt(end)));
			end++;
		}
		return (end > from && isScaleWord(text.charAt(end - 1))) ? new Numeral(multiplier, end, false, true) : null;
	}

	static boolean isNumeralChar(char c) {
		return CharClass.is(c, CharClass.NUMERAL);
	}

	private static Numeral readArabic(CharSequence text, int from, int limit) {
		StringBuilder digits = new StringBuilder();
		int i = from;
		while (i < limit && digit(text.charAt(i)) >= 0) {
			digits.append((char) ('0' + digit(text.charAt(i))));
			i++;
		}
		if (i + 1 < limit && (text.charAt(i) == '.' || text.charAt(i) == '．') && digit(text.charAt(i + 1)) >= 0) {
			digits.append('.');
			i++;
			while (i < limit && digit(text.charAt(i)) >= 0) {
				digits.append((char) ('0' + digit(text.charAt(i))));
				i++;
			}
		}
		BigDecimal value = new BigDecimal(digits.toString());
		int beforeScale = i;
		i = skipColloquialMeasure(text, i, limit);
		BigDecimal multiplier = BigDecimal.ONE;
		int scaleEnd = i;
		while (scaleEnd < limit && multiplierOf(text.charAt(scaleEnd)) != null) {
			multiplier = multiplier.multiply(multiplierOf(text.charAt(scaleEnd)));
			scaleEnd++;
		}
		if (scaleEnd == i) {
			return new Numeral(value, beforeScale, true, false);
		}
		return new Numeral(value.multiply(multiplier), scaleEnd, true, true, i > beforeScale);
	}

	private static Numeral readChinese(CharSequence text, int from, int limit) {
		long total = 0;
		long section = 0;
		long number = 0;
		boolean scaled = false;
		boolean colloquial = false;
		int i = from;
		for (; i < limit; i++) {
			char c = text.charAt(i);
			int d = chineseDigit(c);
			if (d >= 0) {
				number = d;
				continue;
			}
			if (c == '十' || c == '百' || c == '千') {
				long unit = (c == '十') ? 10 : (c == '百') ? 100 : 1000;
				section += ((number == 0) ? 1 : number) * unit;
				number = 0;
				continue;
			}
			int afterMeasure = skipColloquialMeasure(text, i, limit);
			char scale = (afterMeasure < limit) ? text.charAt(afterMeasure) : 0;
			if (scale == '万') {
				total += (section + number) * 10_000L;
			}
			else if (scale == '亿') {
				total = (total + section + number) * 100_000_000L;
			}
			else {
				break;
			}
			section = 0;
			number = 0;
			scaled = true;
			colloquial |= afterMeasure > i;
			i = afterMeasure;
		}
		return new Numeral(BigDecimal.valueOf(total + section + number), i, false, scaled, colloquial);
	}

	/** Skips the 个 of 1个亿, which is read as 1亿. */
	private static int skipColloquialMeasure(CharSequence text, int i, int limit) {
		if (i + 1 < limit && text.charAt(i) == '个' && isScaleWord(text.charAt(i + 1))) {
			return i + 1;
		}
		return i;
	}

	private static boolean isScaleWord(char c) {
		return c == '万' || c == '亿';
	}

	private static BigDecimal multiplierOf(char c) {
		return switch (c) {
			case '十' -> BigDecimal.TEN;
			case '百' -> BigDecimal.valueOf(100);
			case '千' -> BigDecimal.valueOf(1000);
			case '万' -> TEN_THOUSAND;
			case '亿' -> HUNDRED_MILLION;
			default -> null;
		};
	}

	/** The value of an Arabic digit, half or full width (7, ７), or -1 for any other character. */
	public static int digit(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= '０' && c <= '９') {
			return c - '０';
		}
		return -1;
	}

	private static int chineseDigit(char c) {
		return switch (c) {
			case '零', '〇' -> 0;
			case '一' -> 1;
			case '二', '两' -> 2;
			case '三' -> 3;
			case '四' -> 4;
			case '五' -> 5;
			case '六' -> 6;
			case '七' -> 7;
			case '八' -> 8;
			case '九' -> 9;
			default -> -1;
		};
	}

	private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

	private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

	/**
	 * A number as Chinese writes it for reading: 亿 and 万 for large amounts (300亿, 11.2亿, 12万, 1.6万),
	 * digits for the rest. The scale word is used only where it needs at most two decimals, so that no
	 * digit of the value is lost and none is hard to read (123456 stays 123456 rather than 12.3456万).
	 */
	public static String format(BigDecimal value) {
		BigDecimal magnitude = value.abs();
		if (magnitude.compareTo(YI) >= 0 && fits(value.divide(YI))) {
			return plain(value.divide(YI)) + "亿";
		}
		if (magnitude.compareTo(WAN) >= 0 && fits(value.divide(WAN))) {
			return plain(value.divide(WAN)) + "万";
		}
		return plain(value);
	}

	private static boolean fits(BigDecimal scaled) {
		return scaled.stripTrailingZeros().scale() <= 2;
	}

	private static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

}
