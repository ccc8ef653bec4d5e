package com.pledgeboard.ingest;

import java.nio.charset.StandardCharsets;

import com.pledgeboard.TestResources;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearExistsException;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.TableDocument;
import com.pledgeboard.catalogue.UnknownRegionException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class TableImporterTests {

	private static final String REGION = "330500";

	@Autowired
	TableImporter importer;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldImportTheBundledSeedOnFirstStartAsPublished2022() {
		PlanYear year = catalogue.findPlanYear(REGION, 2022).orElseThrow();
		assertThat(year.state()).isEqualTo(PlanYearState.PUBLISHED);
		assertThat(year.regionName()).isEqualTo("湖州市");
		SeedGoldAssert.assertEqualsGold(TableDocument.of(catalogue.entries(year.id())));
	}

	@Test
	void shouldRefuseAYearThatExistsAndWriteNothing() {
		long before = count("commitment");
		assertThatThrownBy(() -> importer.importTable(TestResources.bytes("ingest/000_d450a7bd56f78988.txt"),
				"again.txt", REGION, 2022, PlanYearState.DRAFT, false))
			.isInstanceOf(PlanYearExistsException.class)
			.hasMessageContaining("2022");
		assertThat(count("commitment")).isEqualTo(before);
	}

	@Test
	void shouldRefuseAnUnknownRegion() {
		assertThatThrownBy(() -> importer.preview(TestResources.bytes("fixtures/education-transport.txt"), "t.txt",
				"999999", 2030))
			.isInstanceOf(UnknownRegionException.class)
			.hasMessageContaining("999999");
	}

	@Test
	void shouldRefuseATableThatDoesNotAddUpAndWriteNothing() {
		long years = count("plan_year");
		byte[] broken = """
				市教育局

				1.推进学前教育普惠

				2.建设智慧校园

				新建幼儿园10所。
				""".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> importer.importTable(broken, "broken.txt", REGION, 2031, PlanYearState.DRAFT, false))
			.isInstanceOf(TableFormatException.class)
			.hasMessageContaining("broken.txt");
		assertThat(count("plan_year")).isEqualTo(years);
	}

	@Test
	void shouldKeepUnknownNamesAsPrintedAndSaySo() {
		ImportPreview preview = importer.preview(TestResources.bytes("fixtures/education-transport.txt"), "edu.txt",
				REGION, 2032);
		assertThat(preview.unresolved()).containsExactly("市教育局", "市交通运输局");
		assertThat(preview.warnings()).anySatisfy(w -> assertThat(w.message()).contains("市教育局"));
		assertThat(preview.table().departments()).allSatisfy(d -> assertThat(d.name()).isNull());
		assertThat(count("plan_year where year_number = 2032")).isZero();
	}

	@Test
	void shouldCreateDepartmentsFromUnknownNamesWhenAsked() {
		ImportResult result = importer.importTable(TestResources.bytes("fixtures/unknown-department.txt"), "fish.txt",
				REGION, 2033, PlanYearState.DRAFT, true);
		var entries = catalogue.entries(result.planYearId());
		assertThat(entries).extracting(e -> e.name()).containsExactly("市海洋渔业局", "市港航管理中心");
		assertThat(entries).allSatisfy(e -> assertThat(e.resolved()).isTrue());
		assertThat(entries).allSatisfy(e -> assertThat(e.category()).isEqualTo("经济发展类"));
		assertThat(entries.get(0).commitments()).extracting(c -> c.title()).containsExactly("推进渔港建设", "养殖尾水治理");
		assertThat(catalogue.findPlanYear(REGION, 2033).orElseThrow().state()).isEqualTo(PlanYearState.DRAFT);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DEPARTMENT_CREATED'").query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("select after_json from audit_entry where action = 'TABLE_IMPORTED' and entity_id = ?")
			.param(String.valueOf(result.planYearId())).query(String.class).single()).contains("fish.txt");
	}

	private long count(String tableAndCondition) {
		return jdbc.sql("select count(*) from " + tableAndCondition).query(Long.class).single();
	}

}
