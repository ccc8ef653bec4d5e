package com.pledgeboard.ingest.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.pledgeboard.ingest.DocumentFormat;
import com.pledgeboard.ingest.ParsedCommitment;
import com.pledgeboard.ingest.ParsedDepartment;
import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.ingest.TableFormatException;
import com.pledgeboard.ingest.document.DocumentReader;
import com.pledgeboard.ingest.document.Tables;
import com.pledgeboard.ingest.grid.ReadLimits;
import com.pledgeboard.support.Beside;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Word ({@code .docx}, {@code .doc}) and old Excel ({@code .xls}, WPS {@code .et}) files made by a
 * program other than ours, LibreOffice, from the seed table published as an HTML page (names and
 * coefficients merged down, a category row spanning the width, the header wrapping), each read back
 * to exactly the seed table; and Word tables written with POI the ways Word itself writes them.
 */
@Beside
@Order(3)
class WordAndOldExcelTests {

	@TempDir
	static Path directory;

	private static final ParsedTable SEED = Tables.seed();

	private static Path html;

	private final DocumentReader reader = new DocumentReader(ReadLimits.DEFAULT);

	@BeforeAll
	static void publish() throws IOException {
		html = Generators.write(directory, "published.html", HtmlTable.html(SEED, new HtmlTable.Style(true, "middle", true)));
	}

	private DocumentReader.Read read(Path file) throws IOException {
		return reader.read(Files.readAllBytes(file), file.getFileName().toString(), ReadProgress.NONE);
	}

	@Test
	void shouldReadADocxThatLibreOfficeWroteFromThePublishedPage() throws Exception {
		assumeTrue(Generators.hasLibreOffice(), "needs LibreOffice (.ci/run installs it)");
		DocumentReader.Read read = read(Generators.libreOffice(html, "docx", "MS Word 2007 XML", null));
		assertThat(read.format()).isEqualTo(DocumentFormat.DOCX);
		Tables.assertSameTable(read.table(), SEED);
	}

	@Test
	void shouldReadADocThatLibreOfficeWroteFromThePublishedPage() throws Exception {
		assumeTrue(Generators.hasLibreOffice(), "needs LibreOffice (.ci/run installs it)");
		DocumentReader.Read read = read(Generators.libreOffice(html, "doc", "MS Word 97", null));
		assertThat(read.format()).isEqualTo(DocumentFormat.DOC);
		Tables.assertSameTable(read.table(), SEED);
	}

	@Test
	void shouldReadAnXlsThatLibreOfficeCalcWroteFromThePublishedPageAlsoNamedLikeWps() throws Exception {
		assumeTrue(Generators.hasLibreOffice(), "needs LibreOffice (.ci/run installs it)");
		Path xls = Generators.libreOffice(html, "xls", "MS Excel 97", "HTML (StarCalc)");
		DocumentReader.Read read = read(xls);
		assertThat(read.format()).isEqualTo(DocumentFormat.XLS);
		Tables.assertSameTable(read.table(), SEED);
		DocumentReader.Read et = reader.read(Files.readAllBytes(xls), "承诺事项.et", ReadProgress.NONE);
		assertThat(et.format()).isEqualTo(DocumentFormat.XLS);
		assertThat(et.table().warnings()).noneMatch(w -> w.message().contains("named like"));
	}

	@Test
	void shouldReadWordTablesWithSpansMergesARepeatedHeaderAndACategoryBetweenTables() throws IOException {
		ParsedTable expected = new ParsedTable(List.of(
				new ParsedDepartment("市教育局", "社会发展类", new java.math.BigDecimal("1.2"), null, 0, List.of(
						new ParsedCommitment(1, "建设城市书房", "新建城市书房12家，全年开放不少于300天。", 0),
						new ParsedCommitment(2, "改造学校", "改造学校3所，新增学位1000个。", 0),
						new ParsedCommitment(3, "培训教师", "培训教师2000人次。", 0))),
				new ParsedDepartment("市公安局", "政法执法类", new java.math.BigDecimal("1.4"), null, 0, List.of(
						new ParsedCommitment(1, "打击电信网络诈骗", "确保电诈警情同比下降30%。", 0)))), List.of());
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("2022年度部门承诺事项");
			document.createParagraph().createRun().setText("社会发展类");
			XWPFTable first = document.createTable(5, 4);
			header(first.getRow(0));
			// the department's name and coefficient merged down over its rows; what the cells under a
			// merge still hold is hidden by it in Word, and must be ignored as Word does
			department(first, 1, "市教育局", "1.2", STMerge.RESTART);
			commitment(first.getRow(1), "1.建设城市书房", "新建城市书房12家，", "全年开放不少于300天。");
			department(first, 2, "旧文字", "9.9", STMerge.CONTINUE);
			commitment(first.getRow(2), "2.改造学校", "改造学校3所，", "新增学位1000个。");
			// the header repeated where the table goes on over a page break
			header(first.getRow(3));
			department(first, 4, "旧文字", "9.9", STMerge.CONTINUE);
			commitment(first.getRow(4), "3.培训教师", "培训教师2000人次。");
			// a second table, its header repeated, its category a row of one cell spanning the grid
			XWPFTable second = document.createTable(3, 4);
			header(second.getRow(0));
			XWPFTableRow category = second.getRow(1);
			while (category.getTableCells().size() > 1) {
				category.removeCell(1);
			}
			category.getCell(0).setText("政法执法类");
			category.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(4));
			second.getRow(2).getCell(0).setText("市公安局");
			commitment(second.getRow(2), "1.打击电信网络诈骗", "确保电诈警情同比下降30%。");
			second.getRow(2).getCell(3).setText("1.4");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			DocumentReader.Read read = reader.read(out.toByteArray(), "表.docx", ReadProgress.NONE);
			Tables.assertSameTable(read.table(), expected);
		}
	}

	@Test
	void shouldRefuseAWordDocumentWithoutACommitmentTableNamingTheFile() throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("会议纪要");
			ByteArrayOutputStream none = new ByteArrayOutputStream();
			document.write(none);
			assertThat(assertThrows(TableFormatException.class, () -> reader.read(none.toByteArray(), "纪要.docx", ReadProgress.NONE)).getMessage())
				.isEqualTo("纪要.docx: the Word document has no table (文档中没有表格)");
			XWPFTable other = document.createTable(2, 3);
			other.getRow(0).getCell(0).setText("姓名");
			other.getRow(0).getCell(1).setText("职务");
			other.getRow(1).getCell(0).setText("张三");
			ByteArrayOutputStream wrong = new ByteArrayOutputStream();
			document.write(wrong);
			assertThat(assertThrows(TableFormatException.class, () -> reader.read(wrong.toByteArray(), "名单.docx", ReadProgress.NONE)).getMessage())
				.startsWith("名单.docx: no header row naming the columns 部门, 承诺事项 and 具体描述");
		}
	}

	private static void header(XWPFTableRow row) {
		String[] names = { "部门", "承诺事项", "具体描述", "自评难度系数" };
		for (int c = 0; c < row.getTableCells().size() && c < names.length; c++) {
			row.getCell(c).setText(names[c]);
		}
	}

	private static void department(XWPFTable table, int row, String name, String coefficient, STMerge.Enum merge) {
		XWPFTableCell cell = table.getRow(row).getCell(0);
		cell.setText(name);
		cell.getCTTc().addNewTcPr().addNewVMerge().setVal(merge);
		XWPFTableCell self = table.getRow(row).getCell(3);
		self.setText(coefficient);
		self.getCTTc().addNewTcPr().addNewVMerge().setVal(merge);
	}

	private static void commitment(XWPFTableRow row, String title, String... lines) {
		row.getCell(1).setText(title);
		XWPFTableCell description = row.getCell(2);
		description.setText(lines[0]);
		for (int i = 1; i < lines.length; i++) {
			description.addParagraph().createRun().setText(lines[i]);
		}
	}

}
