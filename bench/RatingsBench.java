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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The helper steps of bench/ratings.sh, run as a single-file program ({@code java -cp h2.jar
 * bench/RatingsBench.java MODE ...}); see that script. Nothing here is part of the application.
 * <ul>
 * <li>{@code open URL YEAR} — moves the plan year to ASSESSING in the (stopped) server's database.
 * <li>{@code prepare BASE YEAR N THREADS LOG OUT} — N verified sessions through the real pages: GET the
 * form (session cookie, CSRF token), POST /evaluate/YEAR/code for a distinct number, GET the form as
 * the redirect would; then the codes are read from the server log, where the default
 * LoggingSmsGateway writes each SMS. Writes one line per session: cookie TAB form body of the rating.
 * <li>{@code verify BASE YEAR SESSIONS} — for each session, GET the form and read the flash message
 * the rating's redirect left: acknowledged ("done"), refused ("problem"), or none (never sent).
 * <li>{@code count URL} — rows and distinct numbers in public_rating.
 * <li>{@code baseline URL YEAR WARM ROWS} — inserts WARM rows (untimed) and then ROWS rows (timed) of the
 * same shape into public_rating with a plain JDBC batch, one submission's departments per distinct number.
 * </ul>
 */
public class RatingsBench {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern CHOICE = Pattern.compile("name=\"choice-(\\d+)\"");

	static final Pattern SMS = Pattern.compile("SMS to (1\\d{10}): \\D*(\\d{6})");

	static final Pattern STATUS = Pattern.compile("role=\"status\">([^<]*)<");

	static final Pattern ALERT = Pattern.compile("role=\"alert\">([^<]*)<");

	static final String[] CHOICES = { "SATISFIED", "FAIRLY_SATISFIED", "UNSATISFIED" };

	static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

	public static void main(String[] a) throws Exception {
		switch (a[0]) {
			case "open" -> open(a[1], Integer.parseInt(a[2]));
			case "prepare" -> prepare(a[1], Integer.parseInt(a[2]), Integer.parseInt(a[3]), Integer.parseInt(a[4]),
					Path.of(a[5]), Path.of(a[6]));
			case "verify" -> verify(a[1], Integer.parseInt(a[2]), Path.of(a[3]));
			case "count" -> count(a[1]);
			case "baseline" -> baseline(a[1], Integer.parseInt(a[2]), Integer.parseInt(a[3]), Integer.parseInt(a[4]));
			default -> throw new IllegalArgumentException(a[0]);
		}
	}

	static void open(String url, int year) throws Exception {
		try (Connection c = DriverManager.getConnection(url, "sa", "");
				PreparedStatement s = c.prepareStatement("update plan_year set state = 'ASSESSING' where year_number = ?")) {
			s.setInt(1, year);
			int n = s.executeUpdate();
			if (n != 1) {
				throw new IllegalStateException("expected one plan year " + year + ", moved " + n);
			}
			System.out.println("plan year " + year + " moved to ASSESSING");
		}
	}

	record Session(String mobile, String cookie, String csrf) {
	}

	static void prepare(String base, int year, int n, int threads, Path log, Path out) throws Exception {
		Map<Integer, Session> sessions = new ConcurrentHashMap<>();
		Set entries = new Set();
		long t0 = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> jobs = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			int k = i;
			jobs.add(pool.submit(() -> {
				String form = base + "/years/" + year + "/evaluate";
				HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(form)).GET(), null);
				String cookie = get.headers().firstValue("set-cookie").orElseThrow().split(";", 2)[0];
				String csrf = find(CSRF, get.body());
				String mobile = "139" + String.format("%08d", k);
				HttpResponse<String> code = send(post(base + "/evaluate/" + year + "/code",
						"_csrf=" + enc(csrf) + "&mobile=" + mobile), cookie);
				if (code.statusCode() != 302) {
					throw new IllegalStateException("code request answered " + code.statusCode());
				}
				// The browser follows the redirect: the page shows the rating form and uses up the flash message.
				String page = send(HttpRequest.newBuilder(URI.create(form)).GET(), cookie).body();
				Matcher m = CHOICE.matcher(page);
				while (m.find()) {
					entries.add(Long.parseLong(m.group(1)));
				}
				if (!page.contains("name=\"code\"")) {
					throw new IllegalStateException("no rating form after the code for " + mobile + ": " + alert(page));
				}
				sessions.put(k, new Session(mobile, cookie, csrf));
				return null;
			}));
		}
		for (Future<?> j : jobs) {
			j.get();
		}
		pool.shutdown();
		double seconds = (System.nanoTime() - t0) / 1e9;
		Map<String, String> codes = new LinkedHashMap<>();
		for (int tries = 0; codes.size() < n && tries < 50; tries++) {
			Matcher m = SMS.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
			while (m.find()) {
				codes.put(m.group(1), m.group(2));
			}
			if (codes.size() < n) {
				Thread.sleep(100);
			}
		}
		List<Long> ids = entries.sorted();
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Session s = sessions.get(i);
			String code = codes.get(s.mobile());
			if (code == null) {
				throw new IllegalStateException("no code in the log for " + s.mobile());
			}
			StringBuilder body = new StringBuilder("_csrf=").append(enc(s.csrf())).append("&code=").append(code);
			for (int j = 0; j < ids.size(); j++) {
				body.append("&choice-").append(ids.get(j)).append('=').append(CHOICES[(i + j) % 3]);
			}
			lines.add(s.cookie() + "\t" + body);
		}
		Files.write(out, lines);
		System.out.printf("prepared %d verified sessions (%d departments each) in %.1f s, %.0f sessions/s%n", n, ids.size(),
				seconds, n / seconds);
	}

	static void verify(String base, int year, Path sessions) throws Exception {
		List<String> lines = Files.readAllLines(sessions);
		int[] done = new int[1];
		int[] refused = new int[1];
		int[] none = new int[1];
		long[] rows = new long[1];
		Map<String, Integer> reasons = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Future<?>> jobs = new ArrayList<>();
		for (String line : lines) {
			String cookie = line.substring(0, line.indexOf('\t'));
			jobs.add(pool.submit(() -> {
				String page = send(HttpRequest.newBuilder(URI.create(base + "/years/" + year + "/evaluate")).GET(), cookie)
					.body();
				Matcher ok = STATUS.matcher(page);
				Matcher no = ALERT.matcher(page);
				synchronized (done) {
					if (ok.find()) {
						done[0]++;
						Matcher count = Pattern.compile("(\\d+)").matcher(ok.group(1));
						rows[0] += count.find() ? Long.parseLong(count.group(1)) : 0;
					}
					else if (no.find()) {
						refused[0]++;
						reasons.merge(no.group(1), 1, Integer::sum);
					}
					else {
						none[0]++;
					}
				}
				return null;
			}));
		}
		for (Future<?> j : jobs) {
			j.get();
		}
		pool.shutdown();
		System.out.printf("flash messages: acknowledged %d (%d ratings), refused %d, none (not sent) %d%n", done[0], rows[0],
				refused[0], none[0]);
		reasons.forEach((r, c) -> System.out.println("  refused " + c + " × " + r));
	}

	static void count(String url) throws Exception {
		try (Connection c = DriverManager.getConnection(url, "sa", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select count(*), count(distinct phone_hash) from public_rating")) {
			rs.next();
			System.out.printf("public_rating: %d rows from %d numbers%n", rs.getLong(1), rs.getLong(2));
		}
	}

	static void baseline(String url, int year, int warmRows, int rows) throws Exception {
		try (Connection c = DriverManager.getConnection(url, "sa", "")) {
			long planYearId;
			List<Long> ids = new ArrayList<>();
			try (PreparedStatement s = c.prepareStatement("select id from plan_year where year_number = ?")) {
				s.setInt(1, year);
				ResultSet rs = s.executeQuery();
				rs.next();
				planYearId = rs.getLong(1);
			}
			try (PreparedStatement s = c.prepareStatement("select id from department_entry where plan_year_id = ? order by id")) {
				s.setLong(1, planYearId);
				ResultSet rs = s.executeQuery();
				while (rs.next()) {
					ids.add(rs.getLong(1));
				}
			}
			c.setAutoCommit(false);
			// The same warm-up as the server had (its warm-up run's rows), untimed, then the timed rows.
			insert(c, planYearId, ids, 0, warmRows);
			long t0 = System.nanoTime();
			insert(c, planYearId, ids, warmRows, rows);
			double seconds = (System.nanoTime() - t0) / 1e9;
			System.out.printf("JDBC batch: %d rows in %.3f s, %.0f rows/s (batches of 1000, one commit; after %d untimed warm-up rows)%n",
					rows, seconds, rows / seconds, warmRows);
		}
	}

	/** Rows from..from+count-1 of the sequence: one distinct number per submission of all departments. */
	static void insert(Connection c, long planYearId, List<Long> ids, int from, int count) throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		try (PreparedStatement s = c.prepareStatement("""
				insert into public_rating (plan_year_id, entry_id, phone_hash, choice, comment_text, moderation, created_at)
				values (?, ?, ?, ?, null, 'NONE', ?)""")) {
			for (int r = from; r < from + count; r++) {
				int submission = r / ids.size();
				String hash = HexFormat.of()
					.formatHex(sha.digest(("139" + String.format("%08d", submission)).getBytes(StandardCharsets.US_ASCII)));
				s.setLong(1, planYearId);
				s.setLong(2, ids.get(r % ids.size()));
				s.setString(3, hash);
				s.setString(4, CHOICES[(submission + r % ids.size()) % 3]);
				s.setTimestamp(5, Timestamp.from(Instant.now()));
				s.addBatch();
				if ((r - from + 1) % 1000 == 0) {
					s.executeBatch();
				}
			}
			s.executeBatch();
		}
		c.commit();
	}

	/** The department entries seen on the forms, shared by the preparing threads. */
	static class Set {

		private final java.util.Set<Long> ids = new LinkedHashSet<>();

		synchronized void add(long id) {
			ids.add(id);
		}

		synchronized List<Long> sorted() {
			return ids.stream().sorted().toList();
		}

	}

	static HttpRequest.Builder post(String url, String body) {
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	static HttpResponse<String> send(HttpRequest.Builder request, String cookie) throws Exception {
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static String find(Pattern p, String text) {
		Matcher m = p.matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("not found: " + p);
		}
		return m.group(1);
	}

	static String alert(String page) {
		Matcher m = ALERT.matcher(page);
		return m.find() ? m.group(1) : "(no message)";
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
