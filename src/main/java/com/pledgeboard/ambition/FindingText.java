package com.pledgeboard.ambition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.pledgeboard.extraction.AmbitionFinding;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.i18n.Numbers;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A finding in the reader's language: its title ({@code ambition.kind.KIND}) and its reason
 * ({@code ambition.reason.KIND}) with the metric, the values and the words it rests on filled in. Amounts
 * are written the one way pages write them ({@link Numbers}); a place as 第5名 / place 5.
 */
@Component
class FindingText {

	private final MessageSource messages;

	private final Numbers numbers;

	FindingText(MessageSource messages, Numbers numbers) {
		this.messages = messages;
		this.numbers = numbers;
	}

	String title(AmbitionFinding.Kind kind, Locale locale) {
		return messages.getMessage("ambition.kind." + kind.name(), null, locale);
	}

	String reason(AmbitionFinding f, Locale locale) {
		ExtractedTarget t = f.target();
		String key = "ambition.reason." + f.kind().name();
		Object[] args = switch (f.kind()) {
			case NO_MEASURABLE_TARGET, VAGUE_ONLY -> {
				if (f.words().isEmpty()) {
					key += ".none";
				}
				yield new Object[] { words(f.words(), locale) };
			}
			case BELOW_EARLIER_YEAR -> new Object[] { metric(t, locale), amount(t, t.value(), locale),
					String.valueOf(f.year()), amount(t, f.compared(), locale), first(f.words()) };
			case BELOW_BASELINE -> new Object[] { metric(t, locale), amount(t, t.value(), locale),
					amount(t, f.compared(), locale), first(f.words()) };
			case STRETCH_BELOW_VALUE -> new Object[] { metric(t, locale), amount(t, t.stretch(), locale),
					amount(t, t.value(), locale) };
			case FLOOR_BELOW_AIM -> new Object[] { metric(t, locale), amount(t, t.floor(), locale),
					amount(t, t.value(), locale) };
		};
		return messages.getMessage(key, args, locale);
	}

	private String metric(ExtractedTarget t, Locale locale) {
		return (t.metric() == null || t.metric().isBlank())
				? messages.getMessage("target.kind." + t.kind().code(), null, locale) : t.metric();
	}

	private String amount(ExtractedTarget t, BigDecimal value, Locale locale) {
		if (t.kind() == TargetKind.RANK) {
			return messages.getMessage("ambition.place", new Object[] { numbers.amount(value, locale) }, locale);
		}
		return numbers.amount(value, locale) + (t.unit() == null ? "" : t.unit());
	}

	private String words(List<String> words, Locale locale) {
		return String.join(messages.getMessage("format.listSeparator", null, locale), words);
	}

	private static String first(List<String> words) {
		return words.isEmpty() ? "" : words.get(0);
	}

}
