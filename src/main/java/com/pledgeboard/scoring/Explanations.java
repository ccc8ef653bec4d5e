package com.pledgeboard.scoring;

import java.util.Locale;
import java.util.Map;

import com.pledgeboard.scoring.engine.Explanation;
import com.pledgeboard.scoring.engine.ScoringEngine;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words the scoring engine's {@link Explanation}s in the reader's language through the message bundles,
 * for the pages ({@code @explanations} in the templates), the command line and the exports. A result
 * frozen before the engine wrote codes has its Chinese text instead, which is shown as it was.
 */
@Component("explanations")
public class Explanations {

	private static final Map<String, String> PARTS = Map.of(ScoringEngine.COMMITMENT_PART, "scoring.part.commitment",
			ScoringEngine.PUBLIC_PART, "scoring.part.public", ScoringEngine.LEADERSHIP_PART, "scoring.part.leadership");

	private final MessageSource messages;

	Explanations(MessageSource messages) {
		this.messages = messages;
	}

	/** The explanation in the current request's language; {@code legacy} where there is none. */
	public String words(Explanation explanation, String legacy) {
		return words(explanation, legacy, LocaleContextHolder.getLocale());
	}

	/** The explanation in {@code locale}; {@code legacy} (the text of an old frozen result) where there is none. */
	public String words(Explanation explanation, String legacy, Locale locale) {
		if (explanation == null) {
			return legacy;
		}
		StringBuilder text = new StringBuilder();
		for (Explanation.Step step : explanation.steps()) {
			Object[] args = step.args()
				.stream()
				.map(a -> a.startsWith(Explanation.WORD)
						? messages.getMessage(a.substring(Explanation.WORD.length()), null, locale) : a)
				.toArray();
			text.append(messages.getMessage(step.code(), args, locale));
		}
		return text.toString();
	}

	/** A part's title (the engine's {@link ScoringEngine#COMMITMENT_PART} and the others) in the current language. */
	public String part(String title) {
		String code = PARTS.get(title);
		return code == null ? title : messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

}
