package com.pledgeboard;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.ingest.SeedGoldAssert;
import com.pledgeboard.ingest.TableFormatException;
import com.pledgeboard.ingest.TableImporter;
import com.pledgeboard.support.CapturingSmsGateway;
import com.pledgeboard.support.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole path on a real PostgreSQL server: the same Flyway migrations, the seed imported on first
 * start, and the pages and API served over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CapturingSmsGateway.class)
class PostgresJourneyTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresServer.useNewDatabase(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TableImporter importer;

	@Autowired
	JsonMapper json;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void shouldRunOnPostgresql() {
		String product = jdbc.sql("select version()").query(String.class).single();
		assertThat(product).startsWith("PostgreSQL");
	}

	@Test
	void shouldServeTheImportedSeedOverHttp() throws Exception {
		HttpResponse<String> api = get("/api/v1/years/2022/departments");
		assertThat(api.statusCode()).isEqualTo(200);
		SeedGoldAssert.assertEqualsGold(json.readTree(api.body()).get("departments"));
		HttpResponse<String> page = get("/years/2022/departments/"
				+ URLEncoder.encode("市公安局", StandardCharsets.UTF_8));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("合力防电诈");
		assertThat(get("/years/2022/departments/nobody").statusCode()).isEqualTo(404);
	}

	@Test
	void shouldEnforceTheSchemaConstraintsOnPostgresql() {
		long entry = jdbc.sql("select min(id) from department_entry").query(Long.class).single();
		assertThatThrownBy(() -> jdbc.sql("update department_entry set self_coefficient = -1 where id = ?")
			.param(entry)
			.update()).hasMessageContaining("ck_entry_self_positive");
		assertThatThrownBy(() -> jdbc.sql("insert into commitment (entry_id, no, title, description) "
				+ "select entry_id, no, title, description from commitment where entry_id = ? and no = 1")
			.param(entry)
			.update()).hasMessageContaining("uq_commitment_no");
	}

	@Test
	void shouldRollBackAFailedImportOnPostgresql() {
		long before = jdbc.sql("select count(*) from commitment").query(Long.class).single();
		byte[] broken = "市教育局\n\n1.推进学前教育\n\n2.建设智慧校园\n\n新建幼儿园10所。\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> importer.importTable(broken, "broken.txt", "330500", 2030, PlanYearState.DRAFT, true))
			.isInstanceOf(TableFormatException.class);
		assertThat(jdbc.sql("select count(*) from commitment").query(Long.class).single()).isEqualTo(before);
		assertThat(catalogue.findPlanYear("330500", 2030)).isEmpty();
	}

}
