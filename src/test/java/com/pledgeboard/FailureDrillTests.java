package com.pledgeboard;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.pledgeboard.audit.TrailOfAnotherProcess;
import com.pledgeboard.audit.VerificationResult;
import com.pledgeboard.cli.Launcher;
import com.pledgeboard.support.Beside;
import com.pledgeboard.support.DrillPause;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failure drills: the command line and the server run as real separate JVMs on an H2 file database,
 * and are killed with {@code kill -9} ({@code Process.destroyForcibly}) while a change's transaction
 * is open — an import with all its rows written, a year's close with its state moved but its scores
 * not yet frozen, an evidence file's upload with its row written, a report's submission with its state
 * moved. The process is held there by {@link DrillPause}, which only waits at the change's
 * audit event. After the kill the database must be exactly as before (compared by a digest of every
 * table), and the change, done again by a restarted process, must be wholly done.
 */
@Beside
@Order(1)
class FailureDrillTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String PASSWORD = "Drill-Password-2045!";

	@TempDir
	Path dir;

	private String url() {
		return "jdbc:h2:file:" + dir.resolve("db/pledgeboard").toAbsolutePath() + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
	}

	private final Map<Process, Path> logs = new java.util.HashMap<>();

	/** The processes' temporary directory, where the container keeps the parts of an upload it is receiving. */
	private Path tmp() throws IOException {
		return Files.createDirectories(dir.resolve("tmp"));
	}

	private Process launch(String pauseOn, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+UseTransparentHugePages", "-cp", System.getProperty("java.class.path"), "-Dspring.datasource.url=" + url(),
				"-Dpledgeboard.audit.home=" + dir.resolve("audit").toAbsolutePath(), "-Dpledgeboard.seed.enabled=false",
				"-Dpledgeboard.admin.password=" + PASSWORD,
				"-Dserver.servlet.session.cookie.secure=false", "-Djava.io.tmpdir=" + tmp()));
		if (pauseOn != null) {
			command.add("-Dpledgeboard.drill.pause-on=" + pauseOn);
		}
		command.add(Launcher.class.getName());
		command.addAll(List.of(args));
		Path log = Files.createTempFile(dir, "process", ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		logs.put(process, log);
		return process;
	}

	private String waitFor(Process process, String text, Duration timeout) throws Exception {
		Instant until = Instant.now().plus(timeout);
		while (Instant.now().isBefore(until)) {
			String output = Files.readString(logs.get(process));
			if (output.contains(text)) {
				return output;
			}
			if (!process.isAlive()) {
				throw new AssertionError("the process ended (" + process.exitValue() + ") before " + text + ":\n" + output);
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no " + text + " within " + timeout + ":\n" + Files.readString(logs.get(process)));
	}

	private static void kill(Process process) throws InterruptedException {
		process.destroyForcibly();
		assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
	}

	private int run(String... args) throws Exception {
		Process process = launch(null, args);
		assertThat(process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(Files.readString(logs.get(process))).isZero();
		return process.exitValue();
	}

	/** A digest of every table but the sessions', row by row in primary-key order. */
	private String digest() throws SQLException {
		StringBuilder rows = new StringBuilder();
		try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					String name = rs.getString("TABLE_NAME");
					if (!name.toLowerCase(Locale.ROOT).startsWith("spring_session")) {
						tables.add(name);
					}
				}
			}
			tables.sort(null);
			for (String table : tables) {
				rows.append("== ").append(table).append('\n');
				try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from \"" + table + "\" order by 1")) {
					int columns = rs.getMetaData().getColumnCount();
					while (rs.next()) {
						for (int i = 1; i <= columns; i++) {
							rows.append(rs.getString(i)).append('|');
						}
						rows.append('\n');
					}
				}
			}
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(rows.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long count(String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection(url(), "sa", "");
				Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * What {@code audit verify} finds of the trail the killed and the restarted processes left: intact,
	 * and not empty. Verified in this JVM ({@link TrailOfAnotherProcess}), as a command would, without a
	 * JVM started for it.
	 */
	private void assertTrailIntact() throws SQLException {
		VerificationResult trail = TrailOfAnotherProcess.verify(url(), dir.resolve("audit"));
		assertThat(trail.isIntact()).as(trail.describe()).isTrue();
		assertThat(trail.entries()).isPositive();
	}

	private Path seed() throws IOException {
		Path seed = dir.resolve("seed.txt");
		Files.write(seed, TestResources.bytes("ingest/000_d450a7bd56f78988.txt"));
		return seed;
	}

	@Test
	void shouldLeaveNothingOfAnImportKilledInItsTransactionAndImportWhollyAfterwards() throws Exception {
		run("import", seed().toString(), "--year", "2044", "--state", "PUBLISHED");
		String before = digest();
		Process importing = launch("TABLE_IMPORTED", "import", seed().toString(), "--year", "2045", "--state", "ASSESSING");
		waitFor(importing, DrillPause.MARKER + "TABLE_IMPORTED", Duration.ofMinutes(3));
		kill(importing);
		assertThat(digest()).as("wholly undone").isEqualTo(before);
		run("import", seed().toString(), "--year", "2045", "--state", "ASSESSING");
		assertThat(count("select count(*) from commitment c join department_entry e on e.id = c.entry_id "
				+ "join plan_year p on p.id = e.plan_year_id where p.year_number = 2045")).as("wholly done").isEqualTo(80);
		assertTrailIntact();
		// and the verification sees an entry altered behind the application's back
		update("update audit_entry set after_json = '{\"value\":1000}' where id = (select min(id) from audit_entry)");
		assertThat(TrailOfAnotherProcess.verify(url(), dir.resolve("audit")).describe()).contains("altered");
	}

	@Test
	void shouldLeaveAYearKilledWhileClosingAssessingAndCloseItWhollyAfterwards() throws Exception {
		run("import", seed().toString(), "--year", "2045", "--state", "ASSESSING");
		int port = freePort();
		Process server = launch("PLAN_YEAR_STATE", "--server.port=" + port);
		waitFor(server, "Started Launcher", Duration.ofMinutes(3));
		long year = count("select id from plan_year where year_number = 2045");
		HttpClient http = signedIn(port);
		String before = digest();
		awaitPause(server, "PLAN_YEAR_STATE", submit(http, port, "/admin/years/" + year + "/transition", Map.of("to",
				"CLOSED", "reason", "年度考评结束", "confirmed", "true", "override", "true", "overrideReason", "演练：带缺口结束"),
				"/admin/years/" + year));
		kill(server);
		assertThat(digest()).as("wholly undone").isEqualTo(before);
		assertThat(count("select count(*) from plan_year where year_number = 2045 and state = 'ASSESSING'")).isEqualTo(1);
		assertThat(count("select count(*) from frozen_score")).isZero();

		int port2 = freePort();
		Process again = launch(null, "--server.port=" + port2);
		waitFor(again, "Started Launcher", Duration.ofMinutes(3));
		try {
			HttpClient http2 = signedIn(port2);
			int status = send(http2, port2, "/admin/years/" + year + "/transition",
					Map.of("to", "CLOSED", "reason", "年度考评结束", "confirmed", "true", "override", "true",
							"overrideReason", "演练：带缺口结束"), "/admin/years/" + year);
			assertThat(status).isEqualTo(302);
		}
		finally {
			// Killed right after the close committed: what was committed must survive.
			kill(again);
		}
		assertThat(count("select count(*) from plan_year where year_number = 2045 and state = 'CLOSED'")).isEqualTo(1);
		assertThat(count("select count(*) from frozen_score")).as("wholly done: scores frozen with the close").isPositive();
		assertTrailIntact();
	}

	/**
	 * A report with its evidence: the server is killed while the evidence file's transaction is open,
	 * then while the submission's is; each time nothing of it is left (the tables as before, no file
	 * the upload left on disk), and done again after a restart it is wholly done: one evidence row
	 * holding the very bytes sent, linked to the report, which is submitted.
	 */
	@Test
	void shouldLeaveNothingOfAnEvidenceUploadOrASubmissionKilledInTheirTransactionsAndDoThemWhollyAfterwards()
			throws Exception {
		int year = java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue();
		run("import", seed().toString(), "--year", String.valueOf(year), "--state", "PUBLISHED");
		// A commitment whose report needs no reading typed: no target but deadlines, which may stay open.
		long commitment = count("select min(c.id) from commitment c join department_entry e on e.id = c.entry_id "
				+ "where e.department_id is not null and not exists (select 1 from target t where t.commitment_id = c.id "
				+ "and upper(t.kind) <> 'DEADLINE')");
		String department = text("select d.canonical_name from department d join department_entry e on e.department_id = d.id "
				+ "join commitment c on c.entry_id = e.id where c.id = " + commitment);
		run("user", "add", "drill-reporter", "--role", "REPORTER", "--name", "演练填报员", "--department", department);
		// A password of the drill's, already changed: the drill is not about first sign-ins.
		update("update app_user set password_hash = '"
				+ new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode(PASSWORD)
				+ "', must_change_password = false where username = 'drill-reporter'");
		byte[] evidence = TestResources.bytes("ingest/000_d450a7bd56f78988.txt");
		byte[] pdf = ("%PDF-1.4\n% drill evidence\n" + new String(evidence, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
		String page = "/admin/progress/commitments/" + commitment + "?period=1";

		int port = freePort();
		Process server = launch("PROGRESS_EVIDENCE_UPLOADED", "--server.port=" + port);
		waitFor(server, "Started Launcher", Duration.ofMinutes(3));
		HttpClient http = signedIn(port, "drill-reporter");
		send(http, port, "/admin/progress/commitments/" + commitment + "/reports",
				Map.of("period", "1", "narrative", "演练：一季度进展情况"), page);
		assertThat(count("select count(*) from progress_report where commitment_id = " + commitment))
			.as(Files.readString(logs.get(server))).isEqualTo(1);
		long report = count("select id from progress_report where commitment_id = " + commitment);
		String before = digest();
		awaitPause(server, "PROGRESS_EVIDENCE_UPLOADED",
				submitUpload(http, port, "/admin/progress/reports/" + report + "/evidence", "佐证.pdf", pdf, page));
		kill(server);
		assertThat(digest()).as("the upload wholly undone").isEqualTo(before);
		assertThat(filesLeftByUploads()).as("no file of the upload left on disk").isEmpty();

		int port2 = freePort();
		Process again = launch("PROGRESS_REPORT_SUBMITTED", "--server.port=" + port2);
		waitFor(again, "Started Launcher", Duration.ofMinutes(3));
		HttpClient http2 = signedIn(port2, "drill-reporter");
		assertThat(upload(http2, port2, "/admin/progress/reports/" + report + "/evidence", "佐证.pdf", pdf, page))
			.isEqualTo(302);
		String uploaded = digest();
		awaitPause(again, "PROGRESS_REPORT_SUBMITTED",
				submit(http2, port2, "/admin/progress/reports/" + report + "/submit", Map.of(), page));
		kill(again);
		assertThat(digest()).as("the submission wholly undone").isEqualTo(uploaded);
		assertThat(text("select state from progress_report where id = " + report)).isEqualTo("DRAFT");
		assertThat(filesLeftByUploads()).as("no file of the upload left on disk").isEmpty();

		int port3 = freePort();
		Process third = launch(null, "--server.port=" + port3);
		waitFor(third, "Started Launcher", Duration.ofMinutes(3));
		try {
			HttpClient http3 = signedIn(port3, "drill-reporter");
			assertThat(send(http3, port3, "/admin/progress/reports/" + report + "/submit", Map.of(), page)).isEqualTo(302);
		}
		finally {
			kill(third);
		}
		assertThat(text("select state from progress_report where id = " + report)).as("wholly done").isEqualTo("SUBMITTED");
		assertThat(count("select count(*) from progress_evidence")).isEqualTo(1);
		assertThat(count("select count(*) from progress_report_evidence l join progress_evidence e on e.id = l.evidence_id "
				+ "where l.report_id = " + report)).as("the evidence linked to the report").isEqualTo(1);
		assertThat(text("select sha256 from progress_evidence")).isEqualTo(HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
		assertThat(text("select size_bytes from progress_evidence")).isEqualTo(String.valueOf(pdf.length));
		assertThat(bytes("select content from progress_evidence")).as("the very bytes sent").isEqualTo(pdf);
		assertThat(filesLeftByUploads()).isEmpty();
		assertTrailIntact();
	}

	/** Files an upload may have left in the processes' temporary directory (the container's multipart parts). */
	private List<Path> filesLeftByUploads() throws IOException {
		try (var files = Files.walk(dir.resolve("tmp"))) {
			return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().startsWith("upload")).toList();
		}
	}

	private String text(String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection(url(), "sa", "");
				Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			assertThat(rs.next()).as(sql).isTrue();
			return rs.getString(1);
		}
	}

	private byte[] bytes(String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection(url(), "sa", "");
				Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			assertThat(rs.next()).as(sql).isTrue();
			return rs.getBytes(1);
		}
	}

	private void update(String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection(url(), "sa", ""); Statement s = c.createStatement()) {
			assertThat(s.executeUpdate(sql)).as(sql).isEqualTo(1);
		}
	}

	/** Posts a file as a browser's form would, the token in the header; the status of the answer. */
	private static int upload(HttpClient http, int port, String path, String fileName, byte[] content,
			String pageForToken) throws Exception {
		return submitUpload(http, port, path, fileName, content, pageForToken).get(2, TimeUnit.MINUTES).statusCode();
	}

	/** Starts posting a file as {@link #upload} does; the answer may never come (the drill). */
	private static CompletableFuture<HttpResponse<String>> submitUpload(HttpClient http, int port, String path,
			String fileName, byte[] content, String pageForToken) throws Exception {
		String page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pageForToken)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String boundary = "drill" + System.nanoTime();
		var body = new java.io.ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-CSRF-TOKEN", csrf(page))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Waits until the process says it is paused in the transaction of {@code action}, and checks that the
	 * change sent has had no answer: it is held there, uncommitted, for the drill to kill.
	 */
	private void awaitPause(Process process, String action, CompletableFuture<HttpResponse<String>> answer)
			throws Exception {
		waitFor(process, DrillPause.MARKER + action, Duration.ofMinutes(2));
		assertThat(answer).as("no answer while the change is paused in its transaction").isNotDone();
	}

	private static int freePort() throws IOException {
		try (var socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static HttpClient signedIn(int port) throws Exception {
		return signedIn(port, "admin");
	}

	private static HttpClient signedIn(int port, String username) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		post(http, port, "/login", Map.of("username", username, "password", PASSWORD), csrf(page));
		return http;
	}

	private static int send(HttpClient http, int port, String path, Map<String, String> form, String pageForToken)
			throws Exception {
		return submit(http, port, path, form, pageForToken).get(2, TimeUnit.MINUTES).statusCode();
	}

	/** Starts a form's post with the token of {@code pageForToken}; the answer may never come (the drill). */
	private static CompletableFuture<HttpResponse<String>> submit(HttpClient http, int port, String path,
			Map<String, String> form, String pageForToken) throws Exception {
		String page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pageForToken)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String token = csrf(page);
		return http.sendAsync(request(port, path, form, token), HttpResponse.BodyHandlers.ofString());
	}

	private static void post(HttpClient http, int port, String path, Map<String, String> form, String token)
			throws Exception {
		HttpResponse<String> response = http.send(request(port, path, form, token), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
	}

	private static HttpRequest request(int port, String path, Map<String, String> form, String token) {
		String body = form.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&")) + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static String csrf(String page) {
		Matcher m = CSRF.matcher(page);
		assertThat(m.find()).as(page).isTrue();
		return m.group(1);
	}

}
