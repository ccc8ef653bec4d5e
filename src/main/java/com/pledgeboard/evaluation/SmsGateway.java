package com.pledgeboard.evaluation;

/**
 * Sends a text message to a mobile number: the one-time codes of the public evaluation. The shipped
 * {@code LoggingSmsGateway} writes the message to the log, for the embedded default; a real gateway is
 * a bean of this type enabled by {@code pledgeboard.evaluation.sms-gateway} set to anything but
 * {@code log}.
 */
public interface SmsGateway {

	void send(String mobile, String message);

}
