package com.pledgeboard.documents.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.pledgeboard.documents.ExportTable;
import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.ingest.document.Tables;
import com.pledgeboard.ingest.grid.ReadLimits;
import com.pledgeboard.ingest.pdf.PdfTableReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The annual report as a city would print it, from the seed table with a light and its reason per
 * commitment and a score, rank and grade per department: rendered to PNG pages under
 * {@code target/annual-report/} to look at, and checked from the layout the writer drew, held against
 * the PDF's own text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportPdfTests {

	private static final List<String> LIGHTS = List.of("绿灯", "黄灯", "红灯", "未报送");

	private static final LocalDate MADE = LocalDate.of(2023, 1, 15);

	private ParsedTable seed;

	private ExportTable table;

	private PdfReportWriter.Rendered rendered;

	private List<String> pages;

	@BeforeAll
	void render() throws IOException {
		assumeTrue(Tables.fontInstalled(), "needs " + Tables.FONT);
		seed = Tables.seed();
		table = report(seed);
		rendered = new PdfReportWriter(Tables.FONT).render(table);
		pages = new ArrayList<>();
		Path out = Path.of("target/annual-report");
		Files.createDirectories(out);
		Files.write(out.resolve("report.pdf"), rendered.pdf());
		try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				BufferedImage image = renderer.renderImageWithDPI(i, 72);
				ImageIO.write(image, "png", out.resolve("page-%02d.png".formatted(i + 1)).toFile());
				assertThat(inked(image)).as("page %d has something drawn on it", i + 1).isTrue();
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setSortByPosition(true);
				stripper.setStartPage(i + 1);
				stripper.setEndPage(i + 1);
				pages.add(stripper.getText(document));
			}
		}
	}

	@Test
	void shouldHoldNoTableCellToFewerThanEightCharactersALine() {
		assertThat(rendered.cells()).hasSizeGreaterThan(80 * 3);
		for (PdfReportWriter.Cell cell : rendered.cells()) {
			List<String> lines = cell.lines();
			for (int i = 0; i + 1 < lines.size(); i++) {
				assertThat(lines.get(i).codePointCount(0, lines.get(i).length()))
					.as("line %d of a cell on page %d: %s", i + 1, cell.page(), lines)
					.isGreaterThanOrEqualTo(PdfReportWriter.MIN_CHARACTERS);
			}
			for (String line : lines) {
				assertThat(line).as("a line of a cell on page %d", cell.page()).doesNotStartWith("，").doesNotStartWith("。");
				assertThat(squeezed(pages.get(cell.page() - 1))).as("page %d shows the cell's line", cell.page())
					.contains(squeezed(line));
			}
		}
	}

	@Test
	void shouldKeepTheLightAndItsReasonInAFewWideLines() {
		for (ExportTable.Department d : table.departments()) {
			for (ExportTable.Item item : d.commitments()) {
				String light = item.extra().get(0);
				PdfReportWriter.Cell cell = rendered.cells().stream()
					.filter(c -> String.join("", c.lines()).equals(light))
					.findFirst()
					.orElseThrow();
				assertThat(cell.lines().size()).as(light).isLessThanOrEqualTo(light.length() / 8 + 1);
			}
		}
	}

	@Test
	void shouldPutRegionYearAndDateOnTheCover() {
		String cover = squeezed(pages.get(0));
		assertThat(cover).contains("湖州市2022年度部门承诺事项", "地区：湖州市", "考评年度：2022年", "编制日期：2023年1月15日");
	}

	@Test
	void shouldPointEveryContentsEntryToAPageThatCarriesIt() {
		List<PdfReportWriter.Entry> contents = rendered.contents();
		assertThat(contents).extracting(PdfReportWriter.Entry::text)
			.startsWith("概要")
			.contains("社会发展类")
			.containsAll(seed.departments().stream().map(d -> d.nameInText()).toList());
		String contentsPage = squeezed(pages.get(1));
		assertThat(contentsPage).startsWith("目录");
		for (PdfReportWriter.Entry entry : contents) {
			assertThat(contentsPage).contains(squeezed(entry.text()));
			assertThat(squeezed(pages.get(entry.page() - 1))).as("page %d for %s", entry.page(), entry.text())
				.contains(squeezed(entry.text()));
		}
		assertThat(contents).isSortedAccordingTo((a, b) -> Integer.compare(a.page(), b.page()));
	}

	@Test
	void shouldNumberEveryPageButTheCover() {
		assertThat(pages.get(0)).doesNotContain("页");
		for (int i = 1; i < pages.size(); i++) {
			assertThat(squeezed(pages.get(i))).contains("第" + (i + 1) + "页共" + pages.size() + "页");
		}
	}

	@Test
	void shouldSummariseLightsPerCategoryWithTheirNumbersAndTheRankingWithGrades() {
		int firstCategoryPage = rendered.contents().get(1).page();
		String summary = squeezed(String.join("", pages.subList(2, firstCategoryPage - 1)));
		assertThat(summary).startsWith("概要");
		Map<String, int[]> expected = new LinkedHashMap<>();
		for (ExportTable.Department d : table.departments()) {
			int[] counts = expected.computeIfAbsent(d.category(), k -> new int[LIGHTS.size() + 1]);
			for (ExportTable.Item item : d.commitments()) {
				counts[LIGHTS.indexOf(item.tally())]++;
				counts[LIGHTS.size()]++;
			}
		}
		expected.forEach((category, counts) -> {
			StringBuilder row = new StringBuilder(category);
			for (int n : counts) {
				row.append(n);
			}
			assertThat(summary).as("the table row of %s", category).contains(row);
		});
		for (ExportTable.Department d : table.departments()) {
			assertThat(summary).contains(d.category() + d.nameInText() + d.extra(0) + d.extra(1) + d.extra(2));
		}
		assertThat(summary.indexOf("市市场监管局")).as("ranked: the last of the table is first of its category")
			.isLessThan(summary.indexOf("市应急"))
			.isLessThan(summary.indexOf("市委政法委"));
	}

	@Test
	void shouldStillReadBackToTheSameTable() {
		ParsedTable back = new PdfTableReader(new ReadLimits(20_000_000, 10_000)).read(rendered.pdf(), "report.pdf",
				ReadProgress.NONE);
		Tables.assertSameTable(back, seed);
	}

	/** The seed with a light (cycling through the four) and a long reason per commitment, ranked in reverse. */
	private static ExportTable report(ParsedTable seed) {
		List<ExportTable.Department> departments = new ArrayList<>();
		Map<String, Integer> sizes = new LinkedHashMap<>();
		seed.departments().forEach(d -> sizes.merge(d.category(), 1, Integer::sum));
		Map<String, Integer> seen = new LinkedHashMap<>();
		int n = 0;
		for (var d : seed.departments()) {
			List<ExportTable.Item> items = new ArrayList<>();
			for (var c : d.commitments()) {
				String light = LIGHTS.get(n++ % LIGHTS.size());
				String text = light.equals("未报送") ? light
						: light + "：累计完成" + (n * 1234567) + "家，为目标的" + (n % 100) + "%，时间进度为75%";
				items.add(new ExportTable.Item(c.no(), c.title(), c.description(), List.of(), List.of(text), light));
			}
			int place = sizes.get(d.category()) + 1 - seen.merge(d.category(), 1, Integer::sum);
			departments.add(new ExportTable.Department(d.nameInText(), d.category(), d.selfCoefficient(),
					d.assessedCoefficient(), items, List.of((100 - place) + ".50", place + "/" + sizes.get(d.category()), place <= 2 ? "优秀" : "良好"),
					place));
		}
		return new ExportTable("湖州市2022年度部门承诺事项", List.of("进展灯"), List.of("得分", "排名", "等次"), departments,
				new ExportTable.Report("湖州市", 2022, MADE, "进展灯", LIGHTS));
	}

	private static boolean inked(BufferedImage image) {
		for (int x = 0; x < image.getWidth(); x += 3) {
			for (int y = 0; y < image.getHeight(); y += 3) {
				if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
					return true;
				}
			}
		}
		return false;
	}

	private static String squeezed(String text) {
		return text.replaceAll("\\s+", "");
	}

}
