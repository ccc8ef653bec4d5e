package com.pledgeboard.evaluation;

import java.util.Optional;

/**
 * What a gateway that sends nothing would have sent to the numbers kept for demonstration, for the one
 * reader in the process that needs it: the demonstration year ({@code --demo}), whose synthetic voters
 * read their one-time code here as a citizen reads it on a phone, and then rate through the same path
 * and limits as anyone. Only the embedded default's {@link LoggingSmsGateway} offers it; a gateway that
 * sends has no outbox, so no code of a real number is ever readable in the process.
 * <p>
 * The demonstration numbers are {@value #DEMONSTRATION_PREFIX}0000 to {@value #DEMONSTRATION_PREFIX}9999.
 * China sets aside no fictional numbers (as North America does 555-01xx); this range is set aside by the
 * application: the only gateway that keeps their messages sends nothing, so no message to them reaches
 * whoever may hold such a number, and no other number's message is kept.
 */
public interface SmsOutbox {

	String DEMONSTRATION_PREFIX = "1400000";

	/** The {@code n}th demonstration number (0–9999). */
	static String demonstrationNumber(int n) {
		if (n < 0 || n > 9999) {
			throw new IllegalArgumentException("no demonstration number " + n);
		}
		return DEMONSTRATION_PREFIX + String.format("%04d", n);
	}

	static boolean isDemonstrationNumber(String mobile) {
		return mobile != null && mobile.length() == 11 && mobile.startsWith(DEMONSTRATION_PREFIX);
	}

	/** The last message to a demonstration number not taken yet, which is taken: read once, as a code is. */
	Optional<String> take(String mobile);

}
