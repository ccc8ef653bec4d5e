package com.pledgeboard.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.pledgeboard.evaluation.SmsGateway;

import org.springframework.context.annotation.Primary;

/**
 * An SMS gateway that keeps what it was asked to send, so that a test can read the code a person would
 * have received. Import it into a test context; it takes the place of the logging gateway.
 */
@Primary
public class CapturingSmsGateway implements SmsGateway {

	private static final Pattern CODE = Pattern.compile("\\d{6}");

	private final Map<String, List<String>> sent = new ConcurrentHashMap<>();

	@Override
	public void send(String mobile, String message) {
		sent.computeIfAbsent(mobile, k -> new CopyOnWriteArrayList<>()).add(message);
	}

	/** The code of the last message to the number. */
	public String lastCode(String mobile) {
		List<String> messages = sent.getOrDefault(mobile, List.of());
		if (messages.isEmpty()) {
			throw new IllegalStateException("no message to " + mobile);
		}
		Matcher m = CODE.matcher(messages.get(messages.size() - 1));
		if (!m.find()) {
			throw new IllegalStateException("no code in the message to " + mobile);
		}
		return m.group();
	}

	/** The last message to the number, as the person would read it. */
	public String lastMessage(String mobile) {
		List<String> messages = sent.getOrDefault(mobile, List.of());
		if (messages.isEmpty()) {
			throw new IllegalStateException("no message to " + mobile);
		}
		return messages.get(messages.size() - 1);
	}

	public int count(String mobile) {
		return sent.getOrDefault(mobile, List.of()).size();
	}

}
