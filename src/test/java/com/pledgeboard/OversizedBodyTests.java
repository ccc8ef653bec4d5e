package com.pledgeboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 50 MB body, over the limit of 26 MB, sent as an attacker would over a plain socket: the server
 * answers 413 from the headers, with its own page in the reader's language or a problem detail for the
 * API, and writes one line to the log and no stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OversizedBodyTests {

	/**
	 * What is logged, read from an appender of our own rather than the console, whose configuration
	 * other tests of the suite (the command line's) may have changed.
	 */
	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	private final Logger filter = (Logger) LoggerFactory.getLogger(OversizedRequestFilter.class);

	private Level level;

	@BeforeEach
	void listen() {
		log.start();
		level = filter.getLevel();
		filter.setLevel(Level.INFO);
		filter.addAppender(log);
	}

	@AfterEach
	void stopListening() {
		filter.detachAppender(log);
		filter.setLevel(level);
	}

	private static final long FIFTY_MB = 50L * 1024 * 1024;

	@LocalServerPort
	int port;

	/**
	 * The raw answer to a POST that announces 50 MB and goes on sending it, as a client does, while the
	 * answer is read. The server answers from the headers, takes what its container swallows of the body
	 * and closes the connection; a client that stopped sending would instead keep the container waiting
	 * for the rest until its timeout.
	 */
	private String post(String path, String contentType, String cookie) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
					+ "\r\nAccept: text/html,application/xhtml+xml,*/*;q=0.8\r\nContent-Length: " + FIFTY_MB + "\r\n" + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
					+ "\r\n").getBytes(StandardCharsets.US_ASCII));
			Thread sender = new Thread(() -> {
				byte[] chunk = new byte[64 * 1024];
				Arrays.fill(chunk, (byte) 'a');
				try {
					for (long sent = 0; sent < FIFTY_MB; sent += chunk.length) {
						out.write(chunk);
					}
					out.flush();
				}
				catch (IOException ex) {
					// The server closed before taking all of it: its answer is what counts.
				}
			});
			sender.setDaemon(true);
			sender.start();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			InputStream in = socket.getInputStream();
			try {
				in.transferTo(answer);
			}
			catch (IOException ex) {
				// A reset after the answer was sent.
			}
			socket.close();
			sender.join(30_000);
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

	@Test
	void shouldAnswerAnOversizedFormWithItsOwnPageInTheReadersLanguage() throws Exception {
		String chinese = post("/evaluate/2022/code", "multipart/form-data; boundary=xyz", null);
		assertThat(chinese).startsWith("HTTP/1.1 413").contains("提交的内容过大", "26MB").doesNotContain("Apache Tomcat");
		String english = post("/admin/import", "application/x-www-form-urlencoded", "pledgeboard-lang=en");
		assertThat(english).startsWith("HTTP/1.1 413").contains("Request too large", "26 MB").doesNotContain("Apache Tomcat");
		assertThat(log.list.stream().filter(e -> e.getFormattedMessage().contains("Refused a request body of")))
			.as("one line for each refusal").hasSize(2);
		assertThat(log.list).as("no stack trace").allMatch(e -> e.getThrowableProxy() == null);
	}

	@Test
	void shouldAnswerAnOversizedApiRequestWithAProblemDetail() throws Exception {
		String answer = post("/api/v1/years/2022", "application/json", null);
		assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json", "\"status\":413",
				"\"title\":\"提交的内容过大\"");
	}

}
