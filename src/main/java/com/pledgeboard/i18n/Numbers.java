package com.pledgeboard.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import com.pledgeboard.extraction.ChineseNumbers;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way pages write amounts: in Chinese with 万 and 亿 where that loses no digit (12万, 11.2亿,
 * 123456), in English with thousands separators (120,000). In templates {@code ${@numbers.amount(x)}};
 * {@code null} is written as nothing.
 */
@Component("numbers")
public class Numbers {

	public String amount(BigDecimal value) {
		return amount(value, LocaleContextHolder.getLocale());
	}

	public String amount(BigDecimal value, Locale locale) {
		if (value == null) {
			return "";
		}
		if (locale == null || !"en".equals(locale.getLanguage())) {
			return ChineseNumbers.format(value);
		}
		BigDecimal stripped = value.stripTrailingZeros();
		NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
		format.setMaximumFractionDigits(Math.max(0, stripped.scale()));
		return format.format(stripped);
	}

}
