package com.pledgeboard.evaluation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The gateway of the embedded default: the message goes to the log, so that a developer can read the
 * code. Never for production, where it would put codes into log files.
 */
@Component
@ConditionalOnProperty(name = "pledgeboard.evaluation.sms-gateway", havingValue = "log", matchIfMissing = true)
class LoggingSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

	@Override
	public void send(String mobile, String message) {
		log.info("SMS to {}: {}", mobile, message);
	}

}
