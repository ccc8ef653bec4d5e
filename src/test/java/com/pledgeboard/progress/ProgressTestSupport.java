package com.pledgeboard.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * What the progress tests share: a clock they can set, so that a plan year in the future can be
 * half over; files of every kind the sniffer must tell apart; and acting as a user outside a request.
 */
final class ProgressTestSupport {

	/**
	 * The SMTP port the progress contexts send to and {@link ReminderTests}' GreenMail listens on: one
	 * of each test JVM's own (the build's forks get {@code pledgeboard.test.mail-port} from the pom), so
	 * that two forks never send to each other's mail server.
	 */
	static final String MAIL_PORT = "${pledgeboard.test.mail-port:39251}";

	static int mailPort() {
		return Integer.parseInt(System.getProperty("pledgeboard.test.mail-port", "39251"));
	}

	/** The properties every progress test context shares, so that they share one context. */
	static final String[] PROPERTIES = { "spring.mail.host=localhost", "spring.mail.port=" + MAIL_PORT,
			"pledgeboard.progress.reminders.cron=-" };

	private ProgressTestSupport() {
	}

	static final class TestClock extends Clock {

		private volatile Instant now = Instant.now();

		private final ZoneId zone = ZoneId.of("Asia/Shanghai");

		void set(LocalDateTime time) {
			now = time.atZone(zone).toInstant();
		}

		@Override
		public ZoneId getZone() {
			return zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(now, zone);
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	@TestConfiguration
	static class ClockConfig {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

	static void as(UserDetails user, Runnable action) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.ISO_8859_1);
	}

	static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
	}

	static byte[] jpeg() {
		return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };
	}

	static byte[] zip(String... names) {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static byte[] docx() {
		return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
	}

	static byte[] windowsExecutable() {
		return new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
	}

}
