package com.pledgeboard.progress;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import com.pledgeboard.TestResources;
import com.pledgeboard.account.Role;
import com.pledgeboard.account.UserAccounts;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.ingest.TableImporter;
import com.pledgeboard.scoring.FinalReadings;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Year-end scoring reads the targets' readings from approved progress reports: the latest approved one
 * of each target, never a draft, a submitted or a returned one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ApprovedFinalReadingsTests {

	@Autowired
	TableImporter importer;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<FinalReadings> sources;

	@Autowired
	ApprovedFinalReadings approved;

	@Autowired
	UserAccounts accounts;

	private void report(Commitment c, int period, int version, String state, BigDecimal actual) {
		long user = accounts.find("readings-reporter").orElseThrow().id();
		Timestamp now = Timestamp.from(Instant.now());
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into progress_report (commitment_id, period_seq, version, state, narrative, filed_by, filed_at)
				values (?, ?, ?, ?, '按期推进。', ?, ?)""")
			.params(c.id(), period, version, state, user, now)
			.update(key, "id");
		jdbc.sql("insert into progress_reading (report_id, target_id, actual_value) values (?, ?, ?)")
			.params(key.getKeyAs(Long.class), c.targets().get(0).id(), actual)
			.update();
	}

	@Test
	void shouldGiveScoringTheLatestApprovedReadingOfEachTarget() {
		accounts.createWithPassword(new UserAccounts.NewUser("readings-reporter", "填报员", Role.RATER, null),
				"correct-horse-battery-staple", false);
		long year = importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"), "r.txt", "330500", 2094,
				PlanYearState.PUBLISHED, false).planYearId();
		Commitment c = catalogue.entries(year).stream().flatMap(e -> e.commitments().stream())
			.filter(x -> !x.targets().isEmpty()).findFirst().orElseThrow();
		long target = c.targets().get(0).id();
		report(c, 3, 1, "APPROVED", new BigDecimal("10"));
		report(c, 6, 1, "APPROVED", new BigDecimal("60"));
		report(c, 9, 1, "RETURNED", new BigDecimal("900"));
		report(c, 9, 2, "SUBMITTED", new BigDecimal("95"));

		assertThat(approved.finalReadings(year).get(target).value()).isEqualByComparingTo("60");
		assertThat(sources).as("progress before the office's own entries").first().isSameAs(approved);
	}

}
