package com.pledgeboard.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.pledgeboard.TestResources;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.ingest.TableImporter;
import com.pledgeboard.support.CapturingSmsGateway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many citizens at once on a small connection pool: every code request and every submission completes,
 * because none holds a connection while its limits are counted in transactions of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(CapturingSmsGateway.class)
@TestPropertySource(properties = { "spring.datasource.hikari.maximum-pool-size=2",
		"spring.datasource.hikari.connection-timeout=5000" })
class PublicRatingConcurrencyTests {

	private static final int YEAR = 2093;

	private static final int CITIZENS = 12;

	@Autowired
	PublicRatings ratings;

	@Autowired
	TableImporter importer;

	@Autowired
	Catalogue catalogue;

	@Autowired
	CapturingSmsGateway sms;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldServeMoreCitizensAtOnceThanThePoolHasConnections() throws Exception {
		long year = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "c.txt", "330500",
				YEAR, PlanYearState.ASSESSING, false).planYearId();
		long entry = catalogue.entries(year).get(0).id();
		ExecutorService pool = Executors.newFixedThreadPool(CITIZENS);
		try {
			List<Future<Integer>> submissions = new ArrayList<>();
			for (int i = 0; i < CITIZENS; i++) {
				String mobile = "139" + String.format("%08d", i);
				String address = "10.9.0." + i;
				submissions.add(pool.submit(() -> {
					String hash = ratings.requestCode("330500", YEAR, mobile, address);
					return ratings.rate("330500", YEAR, hash, sms.lastCode(mobile), Map.of(entry, Choice.SATISFIED),
							Map.of(), address);
				}));
			}
			for (Future<Integer> submission : submissions) {
				assertThat(submission.get(60, TimeUnit.SECONDS))
					.isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from public_rating where plan_year_id = ?").param(year).query(Long.class)
			.single()).isEqualTo(CITIZENS);
	}

}
