package com.pledgeboard.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.pledgeboard.ingest.ParsedDepartment;
import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.bench.SeedTableGenerator;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The benchmark's generated tables read as generated, so the benchmark measures real work. */
class GeneratedTableTest {

	@Test
	void shouldReadAGeneratedTableOfAThousandDepartments() {
		ParsedTable table = new SeedTextReader().read(SeedTableGenerator.generate(1_003), "generated.txt");
		assertThat(table.departments()).hasSize(1_003);
		assertThat(table.commitmentCount()).isEqualTo(1_003 * SeedTableGenerator.COMMITMENTS_PER_DEPARTMENT);
		assertThat(table.warnings()).isEmpty();
		ParsedDepartment first = table.departments().get(0);
		assertThat(first.nameInText()).isEqualTo("市第1号公共服务管理中心");
		assertThat(first.category()).isEqualTo("经济发展类");
		assertThat(first.selfCoefficient()).isEqualTo(new BigDecimal("1.0"));
		assertThat(first.assessedCoefficient()).isEqualTo(new BigDecimal("1.20"));
		assertThat(first.commitments().get(1).title()).isEqualTo("推进第2项重点工作落地见效");
		assertThat(first.commitments().get(5).description()).startsWith("全年完成第1号中心第6项重点工作").endsWith("经验做法3项。");
		assertThat(table.departments().get(5).selfCoefficient()).isNull();
		assertThat(table.departments().get(19).category()).as("the label after section 4 starts with section 5")
			.isEqualTo("经济发展类");
		assertThat(table.departments().get(20).category()).isEqualTo("社会发展类");
		assertThat(table.departments().get(1_002).nameInText()).isEqualTo("市第1003号公共服务管理中心");
	}

	@Test
	void shouldReadTenThousandDepartmentsInReasonableTime() {
		String text = SeedTableGenerator.generate(10_000);
		long start = System.nanoTime();
		ParsedTable table = new SeedTextReader().read(text, "generated.txt");
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(table.commitmentCount()).isEqualTo(60_000);
		assertThat(millis).as("milliseconds for 60,000 commitments, on a shared build machine").isLessThan(20_000);
	}

}
