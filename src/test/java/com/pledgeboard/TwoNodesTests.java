package com.pledgeboard;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.DirectoryDepartment;
import com.pledgeboard.support.CapturingSmsGateway;
import com.pledgeboard.support.EmbeddedPostgresServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one PostgreSQL behave as one system: a change made through one is served by
 * the other within two seconds, a scheduled job runs on both but its work is done once, and a session
 * opened on one is good on the other, also after the first node is gone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTests {

	private static String database;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	/** The one SMTP server both nodes send to. */
	private static GreenMail smtp;

	@BeforeAll
	static void startTwoNodes() {
		smtp = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		smtp.start();
		database = EmbeddedPostgresServer.newDatabase();
		first = node();
		second = node();
	}

	@AfterAll
	static void stop() {
		for (var node : new ConfigurableApplicationContext[] { first, second }) {
			if (node != null && node.isActive()) {
				node.close();
			}
		}
		if (smtp != null) {
			smtp.stop();
		}
	}

	private static ConfigurableApplicationContext node() {
		// Command-line arguments, so that they win over application.properties as they would in production.
		// The reminders' schedule fires every second, at the same second on both nodes.
		return new SpringApplicationBuilder(PledgeboardApplication.class, CapturingSmsGateway.class).run("--server.port=0",
				"--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--pledgeboard.cache.version-ttl=1s",
				"--server.servlet.session.cookie.secure=false", "--spring.mail.host=localhost",
				"--spring.mail.port=" + smtp.getSmtp().getPort(), "--pledgeboard.progress.reminders.cron=* * * * * *");
	}

	private static String base(ConfigurableApplicationContext node) {
		return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** How many times the node's scheduler has run the reminders, from the metric Spring observes it by. */
	private static long reminderRuns(ConfigurableApplicationContext node) {
		Timer timer = node.getBean(MeterRegistry.class).find("tasks.scheduled.execution")
			.tag("code.namespace", "com.pledgeboard.progress.Reminders")
			.timer();
		return timer == null ? 0 : timer.count();
	}

	private static String recipientAndSubject(MimeMessage message) {
		try {
			return message.getAllRecipients()[0] + " " + message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void awaitUntil(Duration deadline, BooleanSupplier condition, String what) throws InterruptedException {
		long end = System.nanoTime() + deadline.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("not within " + deadline.toSeconds() + "s: " + what);
			}
			Thread.sleep(100);
		}
	}

	@Test
	@Order(1)
	void shouldServeAChangeMadeThroughOneNodeFromTheOtherWithinTwoSeconds() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		String url = base(second) + "/years/2022/departments/" + URLEncoder.encode("市外办", StandardCharsets.UTF_8);
		assertThat(get(client, url).body()).doesNotContain("只在第一个节点改过");
		first.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
			first.getBean(JdbcClient.class)
				.sql("update commitment set title = '只在第一个节点改过' where title = '拓展国际友城工作'")
				.update();
			first.publishEvent(AuditEvent.of("COMMITMENT_EDITED", "commitment", 0, null, null));
		});
		long started = System.nanoTime();
		String body = "";
		while (System.nanoTime() - started < Duration.ofSeconds(2).toNanos() && !body.contains("只在第一个节点改过")) {
			Thread.sleep(100);
			body = get(client, url).body();
		}
		assertThat(body).contains("只在第一个节点改过");
	}

	/**
	 * The seed year 2022 is long over and nobody has reported: its last period is overdue, which calls
	 * for a reminder to each reporter of a department with an e-mail address and a digest to the office.
	 * Both nodes' schedules run with these reminders due, and each reminder arrives once.
	 */
	@Test
	@Order(2)
	void shouldRunTheScheduledRemindersOnBothNodesButSendEachReminderOnce() throws Exception {
		long sports = first.getBean(Catalogue.class).directory("330500").stream()
			.filter(d -> d.canonicalName().equals("市体育局")).mapToLong(DirectoryDepartment::id).findFirst().orElseThrow();
		long seedYear = first.getBean(Catalogue.class).findPlanYear("330500", 2022).orElseThrow().id();
		UserAccounts accounts = first.getBean(UserAccounts.class);
		// One transaction, so that both nodes' next runs find all three reminders due at once.
		var users = List.of(
				new UserAccounts.NewUser("sports-1", "体育局填报员一", Role.REPORTER, sports, "sports-1@example.org"),
				new UserAccounts.NewUser("sports-2", "体育局填报员二", Role.REPORTER, sports, "sports-2@example.org"),
				new UserAccounts.NewUser("office", "考评办", Role.ADMIN, null, "office@example.org"));
		first.getBean(TransactionTemplate.class)
			.executeWithoutResult(tx -> users.forEach(u -> accounts.createWithPassword(u, "correct-horse-battery-staple", false)));

		awaitUntil(Duration.ofSeconds(20), () -> smtp.getReceivedMessages().length >= 3, "three reminders sent");
		long[] runsAfterMail = { reminderRuns(first), reminderRuns(second) };
		// Two more runs on each node once the mail is there, so that at least one whole run of each began
		// after it: both nodes' schedules ran with the reminders due, and a duplicate would be here by now.
		awaitUntil(Duration.ofSeconds(10),
				() -> reminderRuns(first) >= runsAfterMail[0] + 2 && reminderRuns(second) >= runsAfterMail[1] + 2,
				"two more runs of the reminders on each node");

		Map<String, Long> received = Arrays.stream(smtp.getReceivedMessages())
			.collect(Collectors.groupingBy(TwoNodesTests::recipientAndSubject, Collectors.counting()));
		assertThat(received).containsOnly(Map.entry("sports-1@example.org 湖州市2022年度第12期进展报告已逾期", 1L),
				Map.entry("sports-2@example.org 湖州市2022年度第12期进展报告已逾期", 1L),
				Map.entry("office@example.org 湖州市2022年度第12期进展汇总", 1L));
		JdbcClient jdbc = first.getBean(JdbcClient.class);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PROGRESS_REMINDER_SENT'")
			.query(Long.class).single()).as("audit entries of sent reminders").isEqualTo(3);
		assertThat(jdbc.sql("select reminder_key || ' ' || recipient from progress_reminder order by recipient")
			.query(String.class)
			.list()).containsExactly("digest:" + seedYear + ":12 office@example.org",
					"overdue:" + seedYear + ":12:" + sports + " sports-1@example.org",
					"overdue:" + seedYear + ":12:" + sports + " sports-2@example.org");
	}

	@Test
	@Order(3)
	void shouldKeepASessionAcrossNodesAndAfterTheFirstNodeStops() throws Exception {
		first.getBean(UserAccounts.class)
			.createWithPassword(new UserAccounts.NewUser("two-nodes", "两节点", Role.RATER, null),
					"correct-horse-battery-staple", false);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = get(browser, base(first) + "/login").body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(token.find()).isTrue();
		String form = "username=two-nodes&password=correct-horse-battery-staple&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base(first) + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/admin");

		first.close();
		HttpResponse<String> onSecond = get(browser, base(second) + "/admin");
		assertThat(onSecond.statusCode()).isEqualTo(200);
		assertThat(onSecond.body()).contains("两节点");
	}

}
