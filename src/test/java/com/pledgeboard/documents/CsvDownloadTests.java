package com.pledgeboard.documents;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvDownloadTests {

	@Test
	void writesWhatASpreadsheetReadsBackCellForCell() throws Exception {
		byte[] csv = CsvDownload.write(List.of("部门", "说明"),
				List.of(Arrays.asList("市公安局", "含,逗号、\"引号\"和\n换行"), Arrays.asList(null, new BigDecimal("3E+7"))));
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		assertThat(text).contains("\r\n");
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
		assertThat(records).hasSize(3);
		assertThat(records.get(1).values()).containsExactly("市公安局", "含,逗号、\"引号\"和\n换行");
		assertThat(records.get(2).values()).containsExactly("", "30000000");
	}

	@Test
	void defusesTextASpreadsheetWouldRunAsAFormulaButNotNumbers() {
		assertThat(CsvDownload.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(CsvDownload.cell("+1")).isEqualTo("'+1");
		assertThat(CsvDownload.cell("-2")).isEqualTo("'-2");
		assertThat(CsvDownload.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvDownload.cell("\tx")).isEqualTo("'\tx");
		assertThat(CsvDownload.cell(-2)).isEqualTo("-2");
		assertThat(CsvDownload.cell(new BigDecimal("-1.50"))).isEqualTo("-1.50");
		assertThat(CsvDownload.cell("完成率=95%")).isEqualTo("完成率=95%");
	}

	@Test
	void writesCellsAsTheyAreForPrograms() throws Exception {
		byte[] csv = CsvDownload.writeAsIs(List.of("目标"), List.of(Arrays.asList("-5%", null, new BigDecimal("1E+2"))));
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		List<CSVRecord> records = CSVFormat.DEFAULT
			.parse(new StringReader(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(records.get(1).values()).containsExactly("-5%", "", "100");
	}

}
