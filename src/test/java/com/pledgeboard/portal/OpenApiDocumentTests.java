package com.pledgeboard.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document as the running application serves it, linted by Redocly's recommended rules
 * ({@code @redocly/cli} from npm, installed by {@code npm ci --prefix src/test/js}): no error and no warning.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTests {

	private static final Path REDOCLY = Path.of("src/test/js/node_modules/@redocly/cli/bin/cli.js");

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Test
	void shouldPassRedoclysRecommendedLintWithoutErrorOrWarning() throws Exception {
		assertThat(REDOCLY).as("Redocly's CLI: npm ci --prefix src/test/js --no-audit --no-fund").isReadable();
		String document = fetch("/api/docs");
		Path file = Path.of("target/openapi/openapi.json");
		Files.createDirectories(file.getParent());
		Files.writeString(file, document);
		Path report = Path.of("target/openapi/lint.json");
		Process lint = new ProcessBuilder("node", REDOCLY.toString(), "lint", "--extends=recommended", "--format=json",
				file.toString())
			.redirectOutput(report.toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		assertThat(lint.waitFor(120, TimeUnit.SECONDS)).as("the lint finished").isTrue();
		JsonNode result = json.readTree(Files.readString(report));
		List<String> problems = new ArrayList<>();
		for (JsonNode problem : result.path("problems")) {
			problems.add(problem.path("severity").asString() + " " + problem.path("ruleId").asString() + ": "
					+ problem.path("message").asString() + " at " + problem.path("location").toString());
		}
		assertThat(result.path("totals").path("errors").asInt(-1)).as("errors: %s", problems).isZero();
		assertThat(result.path("totals").path("warnings").asInt(-1)).as("warnings: %s", problems).isZero();
	}

	@Test
	void shouldDescribeTheApiItsLicenceAndItsSecurity() throws Exception {
		JsonNode document = json.readTree(fetch("/api/docs"));
		assertThat(document.path("info").path("title").asString()).isNotEqualTo("OpenAPI definition").isNotBlank();
		assertThat(document.path("info").path("version").asString()).isNotEqualTo("v0").isNotBlank();
		assertThat(document.path("info").path("license").path("name").asString()).isNotBlank();
		List<String> ids = new ArrayList<>();
		document.path("paths").forEach(path -> path.forEach(operation -> {
			ids.add(operation.path("operationId").asString());
			assertThat(operation.path("security").isArray() && operation.path("security").isEmpty())
				.as("a public read declaring no security: %s", operation.path("operationId"))
				.isTrue();
			assertThat(operation.path("responses").propertyNames()).as("responses of %s", operation.path("operationId"))
				.anyMatch(code -> code.startsWith("4"));
		}));
		assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("(get|list|search)[A-Z]\\w+"));
		JsonNode year = document.path("paths").path("/api/v1/years/{year}").path("get").path("responses");
		assertThat(year.path("404").path("content").has("application/problem+json")).isTrue();
		assertThat(year.path("400").path("content").has("application/problem+json")).isTrue();
	}

	@Test
	void shouldAnswerWhatTheDocumentDeclaresAsProblemDetails() throws Exception {
		HttpResponse<String> missing = get("/api/v1/years/1999");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(json.readTree(missing.body()).path("status").asInt()).isEqualTo(404);
		HttpResponse<String> malformed = get("/api/v1/years/twenty");
		assertThat(malformed.statusCode()).isEqualTo(400);
		JsonNode problem = json.readTree(malformed.body());
		assertThat(problem.path("status").asInt()).isEqualTo(400);
		assertThat(problem.path("detail").asString()).contains("year", "twenty");
	}

	private String fetch(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
