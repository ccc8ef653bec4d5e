package com.pledgeboard.ingest.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.pledgeboard.ingest.DocumentFormat;
import com.pledgeboard.ingest.TableFormatException;
import com.pledgeboard.ingest.grid.ReadLimits;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.documents.xlsx.XlsxTableWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of bad input is refused whole with a message naming the file and, where there is one, the
 * sheet, row and cell; or read with a warning where the decision is to read it.
 */
class BadInputTests {

	private final DocumentReader reader = new DocumentReader(ReadLimits.DEFAULT);

	private final byte[] seedWorkbook = new XlsxTableWriter().write(Tables.export(Tables.seed()));

	private TableFormatException refusal(byte[] content, String name) {
		return org.junit.jupiter.api.Assertions.assertThrows(TableFormatException.class,
				() -> reader.read(content, name, ReadProgress.NONE));
	}

	/** The refusal as an English reader sees it: from the bundles where it is in their words, else as built. */
	private static String english(TableFormatException refusal) {
		if (refusal.reason() == null) {
			return refusal.getMessage();
		}
		var bundles = new org.springframework.context.support.ResourceBundleMessageSource();
		bundles.setBasename("messages");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		return bundles.getMessage(refusal.reason(), java.util.Locale.ENGLISH);
	}

	@Test
	void shouldRefuseATruncatedWorkbook() {
		for (int length : new int[] { 30, seedWorkbook.length / 2, seedWorkbook.length - 10 }) {
			assertThat(english(refusal(Arrays.copyOf(seedWorkbook, length), "cut.xlsx"))).startsWith("cut.xlsx: ");
		}
	}

	@Test
	void shouldReadByContentAndWarnWhenTheNameSaysOtherwise() {
		var read = reader.read(seedWorkbook, "table.pdf", ReadProgress.NONE);
		assertThat(read.format()).isEqualTo(DocumentFormat.XLSX);
		assertThat(read.table().warnings().get(0).message()).contains("named like PDF").contains("XLSX");
		assertThat(refusal("部门,承诺事项\n".getBytes(StandardCharsets.UTF_8), "table.xlsx").getMessage()).startsWith("table.xlsx");
	}

	@Test
	void shouldRefuseAPasswordProtectedWorkbook() throws Exception {
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				out.write(seedWorkbook);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			fs.writeFilesystem(bytes);
			assertThat(refusal(bytes.toByteArray(), "locked.xlsx").getMessage()).contains("password-protected").contains("密码");
		}
	}

	@Test
	void shouldReadALegacyWorkbookAndRefuseOneWithoutATableNamingTheFile() throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("表");
			sheet.createRow(0).createCell(0).setCellValue("部门");
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			workbook.write(bytes);
			assertThat(refusal(bytes.toByteArray(), "old.xls").getMessage()).startsWith("old.xls: no header row naming the columns");
			String[] headings = { "部门", "承诺事项", "具体描述" };
			Row header = sheet.createRow(1);
			for (int c = 0; c < headings.length; c++) {
				header.createCell(c).setCellValue(headings[c]);
			}
			Row row = sheet.createRow(2);
			row.createCell(0).setCellValue("市公安局");
			row.createCell(1).setCellValue("1.打击电信网络诈骗");
			row.createCell(2).setCellErrorValue(FormulaError.REF.getCode());
			bytes.reset();
			workbook.write(bytes);
			assertThat(refusal(bytes.toByteArray(), "old.xls").getMessage()).isEqualTo("old.xls: sheet 表, row 3, cell C3: an error value #REF! (单元格有错误值)");
			row.createCell(2).setCellValue("确保电诈警情同比下降30%。");
			bytes.reset();
			workbook.write(bytes);
			var read = reader.read(bytes.toByteArray(), "old.xls", ReadProgress.NONE);
			assertThat(read.format()).isEqualTo(DocumentFormat.XLS);
			assertThat(read.table().departments().get(0).commitments().get(0).description()).isEqualTo("确保电诈警情同比下降30%。");
		}
	}

	@Test
	void shouldRefuseAZipBombByPoisLimits() throws IOException {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook(false)));
				ZipOutputStream out = new ZipOutputStream(bomb)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					byte[] spaces = new byte[1 << 20];
					Arrays.fill(spaces, (byte) ' ');
					out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">".getBytes());
					for (int i = 0; i < 64; i++) {
						out.write(spaces);
					}
					out.write("<sheetData/></worksheet>".getBytes());
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		assertThat(english(refusal(bomb.toByteArray(), "bomb.xlsx"))).contains("zip bomb");
	}

	/** A workbook whose part is replaced by the given XML. */
	private byte[] withPart(String part, String xml) throws IOException {
		ByteArrayOutputStream changed = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook(false)));
				ZipOutputStream out = new ZipOutputStream(changed)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals(part)) {
					out.write(xml.getBytes(StandardCharsets.UTF_8));
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		return changed.toByteArray();
	}

	@Test
	void shouldSayWhatIsWrongWithASheetNotWhatTheParserSaid() throws IOException {
		String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
		String doctype = english(refusal(withPart("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><!DOCTYPE worksheet "
				+ "[<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>" + sheet + "&secret;</sheetData></worksheet>"),
				"xxe.xlsx"));
		assertThat(doctype).startsWith("xxe.xlsx: ")
			.contains("sheet “", "document type declaration", "not allowed")
			.doesNotContain("apache.org", "feature", "disallow");
		String broken = english(refusal(withPart("xl/worksheets/sheet1.xml", sheet + "<row></sheetData></worksheet>"),
				"broken.xlsx"));
		assertThat(broken).contains("sheet “", "malformed at line 1, column").doesNotContain("element type", "must be terminated");
	}

	@Test
	void shouldRefuseMoreRowsOrBytesThanConfigured() {
		assertThatThrownBy(() -> new DocumentReader(new ReadLimits(20_000_000, 10)).read(seedWorkbook, "big.xlsx", ReadProgress.NONE))
			.isInstanceOf(TableFormatException.class).hasMessageContaining("more than 10 rows").hasMessageContaining("sheet 承诺事项, row");
		assertThatThrownBy(() -> new DocumentReader(new ReadLimits(1000, 10)).read(seedWorkbook, "big.xlsx", ReadProgress.NONE))
			.isInstanceOf(TableFormatException.class).hasMessageContaining("more than the limit of 1000");
	}

	@Test
	void shouldUseTheCachedValueOfAFormulaAndRefuseOneWithout() throws IOException {
		var read = reader.read(workbook(true), "formula.xlsx", ReadProgress.NONE);
		assertThat(read.table().departments().get(0).selfCoefficient()).isEqualByComparingTo("1.4");
		assertThat(read.table().warnings()).anyMatch(w -> w.message().contains("formula cell") && w.message().contains("D3"));
		assertThat(refusal(workbook(false), "formula.xlsx").getMessage())
			.isEqualTo("formula.xlsx: sheet 表, row 3, cell D3: a formula without a saved result; open the file in a spreadsheet program and save it again (公式没有计算结果)");
	}

	@Test
	void shouldRefuseAnErrorCellNamingIt() throws IOException {
		try (XSSFWorkbook workbook = base()) {
			workbook.getSheet("表").getRow(2).createCell(3).setCellErrorValue(FormulaError.DIV0);
			assertThat(refusal(bytes(workbook), "error.xlsx").getMessage()).isEqualTo("error.xlsx: sheet 表, row 3, cell D3: an error value #DIV/0! (单元格有错误值)");
		}
	}

	@Test
	void shouldIgnoreAHiddenSheetWithAWarning() throws IOException {
		try (XSSFWorkbook workbook = base()) {
			Sheet hidden = workbook.createSheet("旧表");
			hidden.createRow(0).createCell(0).setCellValue("部门");
			workbook.setSheetHidden(1, true);
			var read = reader.read(bytes(workbook), "hidden.xlsx", ReadProgress.NONE);
			assertThat(read.table().departments()).hasSize(1);
			assertThat(read.table().warnings()).anyMatch(w -> w.message().contains("hidden sheet “旧表” ignored"));
		}
	}

	@Test
	void shouldRefuseACoefficientThatIsNoNumberNamingTheCell() throws IOException {
		try (XSSFWorkbook workbook = base()) {
			workbook.getSheet("表").getRow(2).createCell(3).setCellValue("高");
			assertThat(refusal(bytes(workbook), "text.xlsx").getMessage())
				.startsWith("text.xlsx: sheet 表, row 3, cell D3: “高” is not a difficulty coefficient");
		}
	}

	@Test
	void shouldRefuseBrokenPdfsAndCsv() throws IOException {
		assertThat(english(refusal("%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII), "broken.pdf"))).startsWith("broken.pdf: ");
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			ByteArrayOutputStream empty = new ByteArrayOutputStream();
			document.save(empty);
			assertThat(refusal(empty.toByteArray(), "scan.pdf").getMessage()).contains("no text");
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
			document.protect(policy);
			ByteArrayOutputStream locked = new ByteArrayOutputStream();
			document.save(locked);
			assertThat(english(refusal(locked.toByteArray(), "locked.pdf"))).contains("password-protected");
		}
		String csv = "部门,承诺事项,具体描述\n市公安局,\"1.打击犯罪,描述没有结束\n";
		assertThat(english(refusal(csv.getBytes(StandardCharsets.UTF_8), "open.csv"))).startsWith("open.csv: cannot be read as a CSV file");
	}

	@Test
	void shouldRefuseAPdfOfMorePagesThanATableHasInParallelWithinSeconds() throws Exception {
		byte[] pages;
		try (PDDocument document = new PDDocument()) {
			for (int i = 0; i < 300; i++) {
				document.addPage(new PDPage());
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			pages = out.toByteArray();
		}
		List<String> messages = java.util.stream.IntStream.range(0, 4).parallel()
			.mapToObj(i -> refusal(pages, "report" + i + ".pdf").getMessage()).toList();
		assertThat(messages).allSatisfy(m -> assertThat(m).matches("report\\d\\.pdf: the PDF has 300 pages, more than the 200 .*"));
	}

	@Test
	void shouldRefuseAPdfWithoutATableNamingTheFile() throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.beginText();
				text.setFont(font, 12);
				text.newLineAtOffset(72, 700);
				text.showText("Notice of the annual meeting");
				text.endText();
				for (int i = 0; i < 5; i++) {
					// ruled, but a frame of a chart rather than a table with a header
					text.addRect(72, 100 + 40 * i, 400, 30);
				}
				text.stroke();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			assertThat(refusal(out.toByteArray(), "通知.pdf").getMessage()).startsWith("通知.pdf: ").contains("no header row");
		}
	}

	@Test
	void shouldRefuseAnImageBombWithoutDecodingIt() throws IOException {
		// an image declared 60,000 × 60,000 grey pixels (3.6 GB decoded) from a few bytes of Flate data
		java.io.ByteArrayOutputStream deflated = new java.io.ByteArrayOutputStream();
		try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(deflated)) {
			z.write(new byte[1 << 16]);
		}
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			PDImageXObject image = new PDImageXObject(document, new ByteArrayInputStream(deflated.toByteArray()), COSName.FLATE_DECODE,
					60_000, 60_000, 8, PDDeviceGray.INSTANCE);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(image, 0, 0, 600, 600);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			long start = System.nanoTime();
			assertThat(refusal(out.toByteArray(), "scan.pdf").getMessage()).startsWith("scan.pdf: page 1: ")
				.contains("60000 × 60000 pixels").contains("图片像素过多");
			assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(20));
		}
	}

	@Test
	void shouldRefuseAPageOfMoreLinesThanATableNamingThePage() throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				for (int i = 0; i < 25_000; i++) {
					content.moveTo(10 + i % 500, 10);
					content.lineTo(10 + i % 500, 700);
				}
				content.stroke();
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 720);
				content.showText("hatching");
				content.endText();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			assertThat(refusal(out.toByteArray(), "drawing.pdf").getMessage()).startsWith("drawing.pdf: page 1: more than 20000 line segments");
		}
	}

	/** A sheet 表 with a title row, the header in row 2 and one commitment in row 3. */
	private static XSSFWorkbook base() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet("表");
		sheet.createRow(0).createCell(0).setCellValue("社会发展类");
		Row header = sheet.createRow(1);
		String[] headings = { "部门", "承诺事项", "具体描述", "自评难度系数" };
		for (int c = 0; c < headings.length; c++) {
			header.createCell(c).setCellValue(headings[c]);
		}
		Row row = sheet.createRow(2);
		row.createCell(0).setCellValue("市公安局");
		row.createCell(1).setCellValue("1.打击电信网络诈骗");
		row.createCell(2).setCellValue("确保电诈警情同比下降30%。");
		return workbook;
	}

	private static byte[] workbook(boolean evaluated) throws IOException {
		try (XSSFWorkbook workbook = base()) {
			workbook.getSheet("表").getRow(2).createCell(3).setCellFormula("1+0.4");
			if (evaluated) {
				workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			}
			return bytes(workbook);
		}
	}

	private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
