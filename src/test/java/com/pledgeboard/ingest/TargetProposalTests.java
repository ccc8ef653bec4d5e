package com.pledgeboard.ingest;

import java.util.List;

import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.catalogue.TargetStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing stores the extractor's targets as proposals; running it again replaces proposals only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class TargetProposalTests {

	@Autowired
	Catalogue catalogue;

	@Autowired
	TableImporter importer;

	@Autowired
	JdbcClient jdbc;

	private Commitment commitment(String department, int no) {
		PlanYear year = catalogue.findPlanYear("330500", 2022).orElseThrow();
		return catalogue.entries(year.id())
			.stream()
			.filter(e -> e.displayName().equals(department))
			.flatMap(e -> e.commitments().stream())
			.filter(c -> c.no() == no)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void shouldStoreExtractedTargetsAsProposedWithTheirSpans() {
		Commitment c = commitment("市体育局", 1);
		assertThat(c.targets()).isNotEmpty();
		assertThat(c.targets()).allSatisfy(t -> {
			assertThat(t.status()).isEqualTo(TargetStatus.PROPOSED);
			assertThat(c.description().substring(t.definition().spanStart(), t.definition().spanEnd()))
				.isEqualTo(t.definition().span());
		});
		assertThat(c.targets()).anySatisfy(t -> assertThat(t.definition().unit()).isEqualTo("个"));
	}

	@Test
	void shouldKeepConfirmedAndEditedTargetsWhenExtractingAgain() {
		Commitment before = commitment("市文化广电旅游局", 4);
		List<Target> targets = before.targets();
		assertThat(targets.size()).isGreaterThanOrEqualTo(3);
		Target confirmed = targets.get(0);
		Target edited = targets.get(1);
		jdbc.sql("update target set status = 'CONFIRMED' where id = ?").param(confirmed.id()).update();
		jdbc.sql("update target set status = 'EDITED', metric = '人工修改的指标' where id = ?").param(edited.id()).update();

		importer.reextract("330500", 2022);

		List<Target> after = commitment("市文化广电旅游局", 4).targets();
		assertThat(after).filteredOn(t -> t.id() == confirmed.id()).singleElement()
			.satisfies(t -> assertThat(t.status()).isEqualTo(TargetStatus.CONFIRMED));
		assertThat(after).filteredOn(t -> t.id() == edited.id()).singleElement()
			.satisfies(t -> assertThat(t.definition().metric()).isEqualTo("人工修改的指标"));
		assertThat(after).as("no duplicate of a decided span").hasSize(targets.size());
		assertThat(after).filteredOn(t -> t.status() == TargetStatus.PROPOSED)
			.noneMatch(t -> t.id() == confirmed.id() || t.id() == edited.id());
	}

}
