package com.pledgeboard.ingest.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.pledgeboard.ingest.DocumentFormat;
import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.documents.csv.CsvTableWriter;
import com.pledgeboard.ingest.grid.ReadLimits;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.documents.pdf.PdfReportWriter;
import com.pledgeboard.documents.xlsx.XlsxTableWriter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every format gives the seed table exactly as the seed-format reader reads it from the text.
 */
class FormatReadingTests {

	private final DocumentReader reader = new DocumentReader(ReadLimits.DEFAULT);

	private final ParsedTable seed = Tables.seed();

	@Test
	void shouldReadThePublishedXlsxLayoutAsTheSeedText() {
		byte[] xlsx = new XlsxTableWriter().write(Tables.export(seed));
		DocumentReader.Read read = reader.read(xlsx, "table.xlsx", ReadProgress.NONE);
		assertThat(read.format()).isEqualTo(DocumentFormat.XLSX);
		Tables.assertSameTable(read.table(), seed);
	}

	@Test
	void shouldReadAWorkbookWithACategoryColumnHeadersInAnotherOrderAndBlankRows() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("填写说明：每行一项承诺");
			Sheet sheet = workbook.createSheet("表");
			Row header = sheet.createRow(2);
			String[] headings = { "具体\n描述", "类别", "承诺\n事项", "部门", "评定难度系数", "自评难度系数" };
			for (int c = 0; c < headings.length; c++) {
				header.createCell(c).setCellValue(headings[c]);
			}
			int r = 4;
			for (var d : seed.departments()) {
				boolean first = true;
				for (var c : d.commitments()) {
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(c.description());
					row.createCell(1).setCellValue(d.category());
					row.createCell(2).setCellValue(c.no() + "、" + c.title());
					row.createCell(3).setCellValue(first ? d.nameInText() : "");
					if (first && d.selfCoefficient() != null) {
						row.createCell(4).setCellValue(d.assessedCoefficient().doubleValue());
						row.createCell(5).setCellValue(d.selfCoefficient().doubleValue());
					}
					first = false;
				}
				r++;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			DocumentReader.Read read = reader.read(out.toByteArray(), "export.bin", ReadProgress.NONE);
			Tables.assertSameTable(read.table(), seed);
			assertThat(read.table().warnings()).anyMatch(w -> w.message().contains("说明"));
		}
	}

	@Test
	void shouldReadCsvInUtf8WithAndWithoutBomAndInGb18030() {
		byte[] withBom = new CsvTableWriter().write(Tables.export(seed));
		String text = new String(withBom, 3, withBom.length - 3, StandardCharsets.UTF_8);
		for (byte[] bytes : new byte[][] { withBom, text.getBytes(StandardCharsets.UTF_8), text.getBytes(Charset.forName("GB18030")) }) {
			DocumentReader.Read read = reader.read(bytes, "table.csv", ReadProgress.NONE);
			assertThat(read.format()).isEqualTo(DocumentFormat.CSV);
			Tables.assertSameTable(read.table(), seed);
		}
	}

	@Test
	void shouldRebuildThePublishedPdfFromItsLayout() {
		assumeTrue(Tables.fontInstalled(), "needs " + Tables.FONT);
		byte[] pdf = new PdfReportWriter(Tables.FONT).write(Tables.export(seed));
		DocumentReader.Read read = reader.read(pdf, "table.pdf", ReadProgress.NONE);
		assertThat(read.format()).isEqualTo(DocumentFormat.PDF);
		assertThat(read.table().warnings().get(0).message()).contains("page layout");
		Tables.assertSameTable(read.table(), seed);
	}

	@Test
	void shouldStillReadSeedFormatText() {
		DocumentReader.Read read = reader.read(com.pledgeboard.TestResources.bytes("ingest/000_d450a7bd56f78988.txt"),
				"seed.txt", ReadProgress.NONE);
		assertThat(read.format()).isEqualTo(DocumentFormat.TEXT);
		Tables.assertSameTable(read.table(), seed);
	}

}
