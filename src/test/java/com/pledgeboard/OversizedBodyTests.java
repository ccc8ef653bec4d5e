package com.pledgeboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 50 MB body, over the limit of 26 MB, sent as an attacker would over a plain socket: the server
 * answers 413 from the headers, with its own page in the reader's language or a problem detail for the
 * API, and writes one line to the log and no stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class OversizedBodyTests {

	private static final long FIFTY_MB = 50L * 1024 * 1024;

	@LocalServerPort
	int port;

	/** The raw answer to a POST that announces 50 MB and sends the first megabyte of it. */
	private String post(String path, String contentType, String cookie) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
					+ "\r\nAccept: text/html,application/xhtml+xml,*/*;q=0.8\r\nContent-Length: " + FIFTY_MB + "\r\n" + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
					+ "\r\n").getBytes(StandardCharsets.US_ASCII));
			byte[] chunk = new byte[64 * 1024];
			Arrays.fill(chunk, (byte) 'a');
			try {
				for (int i = 0; i < 16; i++) {
					out.write(chunk);
				}
				out.flush();
			}
			catch (IOException ex) {
				// The server may close before taking all of it: its answer is what counts.
			}
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			InputStream in = socket.getInputStream();
			try {
				in.transferTo(answer);
			}
			catch (IOException ex) {
				// A reset after the answer was sent.
			}
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

	@Test
	void shouldAnswerAnOversizedFormWithItsOwnPageInTheReadersLanguage(CapturedOutput output) throws Exception {
		int before = lines(output);
		String chinese = post("/evaluate/2022/code", "multipart/form-data; boundary=xyz", null);
		assertThat(chinese).startsWith("HTTP/1.1 413").contains("提交的内容过大", "26MB").doesNotContain("Apache Tomcat");
		String english = post("/admin/import", "application/x-www-form-urlencoded", "pledgeboard-lang=en");
		assertThat(english).startsWith("HTTP/1.1 413").contains("Request too large", "26 MB").doesNotContain("Apache Tomcat");
		assertThat(lines(output) - before).isEqualTo(2);
		assertThat(output.getAll()).doesNotContain("\tat ", "Exception");
	}

	@Test
	void shouldAnswerAnOversizedApiRequestWithAProblemDetail() throws Exception {
		String answer = post("/api/v1/years/2022", "application/json", null);
		assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json", "\"status\":413",
				"\"title\":\"提交的内容过大\"");
	}

	private static int lines(CapturedOutput output) {
		return (int) output.getAll().lines().filter(line -> line.contains("Refused a request body of")).count();
	}

}
