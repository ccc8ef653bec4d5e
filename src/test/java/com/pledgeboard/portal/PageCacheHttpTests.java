package com.pledgeboard.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache on a real Tomcat, ahead of the security chain and the request observation: a hit has
 * the same bytes and headers as the rendered page, a current copy gets 304, and a request that carries
 * a session or asks for another language is never answered from another's entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pledgeboard.test.context=page-cache-http", "server.servlet.session.cookie.secure=false" })
class PageCacheHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private double hits(String answer) {
		var timer = meters.find("pledgeboard.page.cache.hits").tag("answer", answer).timer();
		return timer == null ? 0 : timer.count();
	}

	@Test
	void shouldAnswerAHeadAsAGetWithoutABodyAndLeaveThePageWholeForTheGetAfterIt() throws Exception {
		var head = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/years/2022/ranking"))
			.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.build();
		HttpResponse<String> answered = http.send(head, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answered.statusCode()).isEqualTo(200);
		assertThat(answered.body()).isEmpty();
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> page = get("/years/2022/ranking");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).as("GET %d after a HEAD", i + 1).contains("湖州市").contains("</html>");
		}
	}

	@Test
	void shouldAnswerHitsWithTheRenderedPagesBytesAndHeaders() throws Exception {
		// Any change in between (a node's start writes to the audit trail too) moves the cache to a new
		// version, so the pair is asked again until the second is a hit.
		HttpResponse<String> rendered = null;
		HttpResponse<String> hit = null;
		for (int attempt = 0; attempt < 5 && hit == null; attempt++) {
			rendered = get("/years/2022/calibration");
			double before = hits("page");
			HttpResponse<String> second = get("/years/2022/calibration");
			hit = hits("page") == before + 1 ? second : null;
		}
		assertThat(hit).as("a hit in five tries").isNotNull();
		assertThat(hit.statusCode()).isEqualTo(200);
		assertThat(hit.body()).isEqualTo(rendered.body()).contains("湖州市");
		assertThat(hit.headers().firstValue("Content-Security-Policy"))
			.isEqualTo(rendered.headers().firstValue("Content-Security-Policy"))
			.isPresent();
		assertThat(hit.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("UTF-8"));
		for (String name : List.of("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "ETag")) {
			assertThat(rendered.headers().allValues(name)).as(name + " on the rendered page").hasSize(1);
			assertThat(hit.headers().allValues(name)).as(name + " on the hit").hasSize(1);
		}
		assertThat(hit.headers().firstValue("Content-Language")).isEqualTo(rendered.headers().firstValue("Content-Language"))
			.hasValue("zh-CN");
		String etag = hit.headers().firstValue("ETag").orElseThrow();
		assertThat(rendered.headers().firstValue("ETag")).hasValue(etag);

		double unchanged = hits("not-modified");
		HttpResponse<String> current = get("/years/2022/calibration", "If-None-Match", etag);
		assertThat(current.statusCode()).isEqualTo(304);
		assertThat(current.body()).isEmpty();
		assertThat(hits("not-modified")).isEqualTo(unchanged + 1);
	}

	@Test
	void shouldNeverAnswerARequestWithASessionOrInAnotherLanguageFromTheSameEntry() throws Exception {
		get("/years/2022");
		double before = hits("page");
		assertThat(get("/years/2022", "Cookie", "SESSION=abc").body()).contains("湖州市2022年度部门承诺事项");
		assertThat(hits("page")).isEqualTo(before);
		assertThat(get("/years/2022?lang=en").body()).doesNotContain("部门承诺事项");
		assertThat(get("/years/2022", "Cookie", "pledgeboard-lang=en").body()).doesNotContain("部门承诺事项")
			.contains("commitments of 2022");
	}

}
