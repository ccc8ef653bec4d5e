package com.pledgeboard;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.support.EmbeddedPostgresServer;
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
 * the other within two seconds, and a session opened on one is good on the other, also after the first
 * node is gone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTests {

	private static String database;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoNodes() {
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
	}

	private static ConfigurableApplicationContext node() {
		// Command-line arguments, so that they win over application.properties as they would in production.
		return new SpringApplicationBuilder(PledgeboardApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--pledgeboard.cache.version-ttl=1s",
				"--server.servlet.session.cookie.secure=false");
	}

	private static String base(ConfigurableApplicationContext node) {
		return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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

	@Test
	@Order(2)
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
