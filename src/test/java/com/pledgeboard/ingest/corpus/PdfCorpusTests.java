package com.pledgeboard.ingest.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.pledgeboard.ingest.DocumentFormat;
import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.ingest.SourceCell;
import com.pledgeboard.ingest.document.DocumentReader;
import com.pledgeboard.ingest.document.Tables;
import com.pledgeboard.ingest.grid.ReadLimits;
import com.pledgeboard.documents.pdf.PdfReportWriter;
import com.pledgeboard.support.Beside;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The seed table (16 departments in two categories, names and descriptions that wrap, names and
 * coefficients merged over their rows, many pages) published as PDF by programs we did not write,
 * each read back to exactly the table it came from: Chromium's print of the table as a web page with
 * varied CSS, LibreOffice's PDF export of the table as a Word document, and our own exporter.
 */
@Beside
@Order(2)
class PdfCorpusTests {

	private static final ParsedTable SEED = Tables.seed();

	@TempDir
	Path directory;

	private final DocumentReader reader = new DocumentReader(ReadLimits.DEFAULT);

	static Stream<Arguments> webLayouts() {
		return Stream.of(Arguments.of(new HtmlTable.Style(true, "middle", true)), Arguments.of(new HtmlTable.Style(true, "top", true)),
				Arguments.of(new HtmlTable.Style(false, "middle", true)), Arguments.of(new HtmlTable.Style(false, "top", true)),
				Arguments.of(new HtmlTable.Style(false, "top", false)));
	}

	@ParameterizedTest
	@MethodSource("webLayouts")
	void shouldReadChromiumsPrintOfThePublishedPage(HtmlTable.Style style) throws Exception {
		assumeTrue(Generators.hasChromium() && Tables.fontInstalled(), "needs Chromium and the CJK font (.ci/run installs both)");
		Path pdf = Generators.chromium(Generators.write(directory, "published.html", HtmlTable.html(SEED, style)));
		DocumentReader.Read read = reader.read(Files.readAllBytes(pdf), "published.pdf", ReadProgress.NONE);
		assertThat(read.format()).isEqualTo(DocumentFormat.PDF);
		assertThat(read.table().warnings().get(0).message()).contains(style.rules() ? "lattice" : "stream");
		Tables.assertSameTable(read.table(), SEED);
		if (!style.rules() && style.verticalAlign().equals("middle") && style.mergedDepartments()) {
			// a name centred in a merged cell between two rows' text lies within neither: it is given by distance, and flagged
			assertThat(read.table().cells()).anyMatch(c -> c.field() == SourceCell.Field.DEPARTMENT
					&& c.doubts().contains(SourceCell.Doubt.ASSIGNED_BY_DISTANCE));
		}
	}

	@ParameterizedTest
	@MethodSource("webLayouts")
	void shouldReadChromiumsPrintWithRowsBrokenOverPages(HtmlTable.Style style) throws Exception {
		assumeTrue(Generators.hasChromium() && Tables.fontInstalled(), "needs Chromium and the CJK font (.ci/run installs both)");
		Path pdf = Generators.chromium(Generators.write(directory, "published.html", HtmlTable.rowsMayBreak(HtmlTable.html(SEED, style))));
		ParsedTable read = reader.read(Files.readAllBytes(pdf), "published.pdf", ReadProgress.NONE).table();
		Tables.assertSameTable(read, SEED);
		if (style.rules()) {
			// the review flags the cells of every row the page break split, on both sides of the break
			List<SourceCell> joined = read.cells().stream().filter(c -> c.doubts().contains(SourceCell.Doubt.JOINED_OVER_PAGE_BREAK)).toList();
			long warned = read.warnings().stream().filter(w -> w.message().contains("joined to the last row of the page before")).count();
			assertThat(warned).isPositive();
			assertThat(joined.stream().map(c -> c.department() + ":" + c.commitmentNo()).distinct().count()).isGreaterThanOrEqualTo(warned);
		}
		assertThat(read.cells()).as("every cell of a PDF says where it came from").isNotEmpty().noneMatch(SourceCell::recognised);
	}

	@Test
	void shouldReadLibreOfficesPdfOfThePublishedPageWithNamesOnTheFirstRow() throws Exception {
		assumeTrue(Generators.hasLibreOffice() && Tables.fontInstalled(), "needs LibreOffice and the CJK font (.ci/run installs both)");
		Path html = Generators.write(directory, "published.html", HtmlTable.html(SEED, new HtmlTable.Style(true, "top", false)));
		Path pdf = Generators.libreOffice(html, "pdf", "writer_web_pdf_Export", null);
		DocumentReader.Read read = reader.read(Files.readAllBytes(pdf), "published.pdf", ReadProgress.NONE);
		assertThat(read.table().warnings().get(0).message()).contains("lattice");
		Tables.assertSameTable(read.table(), SEED);
	}

	@Test
	void shouldReadLibreOfficesPdfOfTheTableAsAWordDocument() throws Exception {
		assumeTrue(Generators.hasLibreOffice() && Tables.fontInstalled(), "needs LibreOffice and the CJK font (.ci/run installs both)");
		Path html = Generators.write(directory, "published.html", HtmlTable.html(SEED, new HtmlTable.Style(true, "middle", true)));
		Path docx = Generators.libreOffice(html, "docx", "MS Word 2007 XML", null);
		Path pdf = Generators.libreOffice(docx, "pdf", "writer_pdf_Export", null);
		DocumentReader.Read read = reader.read(Files.readAllBytes(pdf), "published.pdf", ReadProgress.NONE);
		assertThat(read.table().warnings().get(0).message()).contains("lattice");
		Tables.assertSameTable(read.table(), SEED);
	}

	@Test
	void shouldReadLibreOfficesPdfOfABorderlessWordTableWithRowsBrokenOverPages() throws Exception {
		assumeTrue(Generators.hasLibreOffice() && Tables.fontInstalled(), "needs LibreOffice and the CJK font (.ci/run installs both)");
		Path html = Generators.write(directory, "published.html", HtmlTable.html(SEED, new HtmlTable.Style(false, "middle", true)));
		Path docx = Generators.libreOffice(html, "docx", "MS Word 2007 XML", null);
		Path pdf = Generators.libreOffice(docx, "pdf", "writer_pdf_Export", null);
		DocumentReader.Read read = reader.read(Files.readAllBytes(pdf), "published.pdf", ReadProgress.NONE);
		assertThat(read.table().warnings().get(0).message()).contains("stream");
		Tables.assertSameTable(read.table(), SEED);
		// the rows the page breaks split are joined, each flagged for the review on both sides of the break
		List<SourceCell> joined = read.table().cells().stream().filter(c -> c.doubts().contains(SourceCell.Doubt.JOINED_OVER_PAGE_BREAK)).toList();
		long warned = read.table().warnings().stream().filter(w -> w.message().contains("joined to the last row of the page before")).count();
		assertThat(warned).isPositive();
		assertThat(joined.stream().map(c -> c.department() + ":" + c.commitmentNo()).distinct().count()).isGreaterThanOrEqualTo(warned);
	}

	@Test
	void shouldReadOurOwnExport() {
		assumeTrue(Tables.fontInstalled(), "needs " + Tables.FONT);
		byte[] pdf = new PdfReportWriter(Tables.FONT).write(Tables.export(SEED));
		Tables.assertSameTable(reader.read(pdf, "export.pdf", ReadProgress.NONE).table(), SEED);
	}

}
