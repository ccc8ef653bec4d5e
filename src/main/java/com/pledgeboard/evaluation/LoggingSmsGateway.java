package com.pledgeboard.evaluation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The gateway of the embedded default, which sends nothing: it logs that a message would have gone, with
 * the number's middle and every code hidden, so that the log never holds what could tie a vote to a
 * person. Only for trying the application on its embedded H2 database: {@link SmsGatewayCheck} warns
 * at start and refuses to start with it on PostgreSQL. Its {@link SmsOutbox} keeps, in memory, the last
 * message to each of the demonstration numbers and to no other.
 */
@Component
@ConditionalOnProperty(name = "pledgeboard.evaluation.sms-gateway", havingValue = "log", matchIfMissing = true)
class LoggingSmsGateway implements SmsGateway, SmsOutbox {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

	/** A code, or anything else that long a message might carry: four digits or more. */
	private static final Pattern DIGITS = Pattern.compile("\\d{4,}");

	private final Map<String, String> outbox = new ConcurrentHashMap<>();

	@Override
	public void send(String mobile, String message) {
		if (SmsOutbox.isDemonstrationNumber(mobile)) {
			outbox.put(mobile, message);
		}
		log.info("SMS not sent (logging gateway) to {}: {}", masked(mobile), DIGITS.matcher(message).replaceAll(
				m -> "*".repeat(m.group().length())));
	}

	@Override
	public Optional<String> take(String mobile) {
		return Optional.ofNullable(outbox.remove(mobile));
	}

	private static String masked(String mobile) {
		return mobile.length() == 11 ? PublicRatings.masked(mobile) : "*".repeat(mobile.length());
	}

}
