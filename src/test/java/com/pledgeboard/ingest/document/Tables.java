package com.pledgeboard.ingest.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.pledgeboard.TestResources;
import com.pledgeboard.documents.ExportTable;
import com.pledgeboard.ingest.ParsedCommitment;
import com.pledgeboard.ingest.ParsedDepartment;
import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.text.SeedTextReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed table in every shape the tests need, and a comparison of two tables that ignores where in
 * the source each part was found.
 */
public final class Tables {

	/** The font the PDF tests write with; .ci/run installs it (Debian fonts-wqy-microhei). */
	public static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

	private Tables() {
	}

	public static ParsedTable seed() {
		return new SeedTextReader().read(TestResources.text("ingest/000_d450a7bd56f78988.txt"), "seed.txt");
	}

	public static ExportTable export(ParsedTable table) {
		return new ExportTable("湖州市2022年度部门承诺事项", List.of(), table.departments()
			.stream()
			.map(d -> new ExportTable.Department(d.nameInText(), d.category(), d.selfCoefficient(), d.assessedCoefficient(),
					d.commitments().stream().map(c -> new ExportTable.Item(c.no(), c.title(), c.description(), List.of(), List.of())).toList()))
			.toList());
	}

	public static boolean fontInstalled() {
		return Files.isReadable(FONT);
	}

	public static void assertSameTable(ParsedTable actual, ParsedTable expected) {
		assertThat(actual.departments()).as("departments").hasSameSizeAs(expected.departments());
		for (int i = 0; i < expected.departments().size(); i++) {
			ParsedDepartment e = expected.departments().get(i);
			ParsedDepartment a = actual.departments().get(i);
			String where = "department " + i + " " + e.nameInText();
			assertThat(a.nameInText()).as(where).isEqualTo(e.nameInText());
			assertThat(a.category()).as(where + " category").isEqualTo(e.category());
			assertThat(a.selfCoefficient() == null ? null : a.selfCoefficient().stripTrailingZeros())
				.as(where + " self").isEqualTo(e.selfCoefficient() == null ? null : e.selfCoefficient().stripTrailingZeros());
			assertThat(a.assessedCoefficient() == null ? null : a.assessedCoefficient().stripTrailingZeros())
				.as(where + " assessed").isEqualTo(e.assessedCoefficient() == null ? null : e.assessedCoefficient().stripTrailingZeros());
			assertThat(a.commitments()).as(where + " commitments").hasSameSizeAs(e.commitments());
			for (int j = 0; j < e.commitments().size(); j++) {
				ParsedCommitment ec = e.commitments().get(j);
				ParsedCommitment ac = a.commitments().get(j);
				assertThat(ac.no()).as(where + " #" + j).isEqualTo(ec.no());
				assertThat(ac.title()).as(where + " #" + j + " title").isEqualTo(ec.title());
				assertThat(ac.description()).as(where + " #" + j + " description").isEqualTo(ec.description());
			}
		}
	}

}
