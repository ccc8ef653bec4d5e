package com.pledgeboard.ingest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.pledgeboard.ingest.ParsedDepartment;
import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.ingest.corpus.Generators;
import com.pledgeboard.ingest.corpus.HtmlTable;
import com.pledgeboard.ingest.document.DocumentReader;
import com.pledgeboard.ingest.document.Tables;
import com.pledgeboard.ingest.grid.ReadLimits;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of reading a 20-page commitment table printed by Chromium, ruled (every page read in lattice
 * mode) and borderless (stream mode), against the baseline of PDFBox's plain text extraction of the
 * same file, which every read does first: {@code mvn -q -Pbench test-compile exec:exec -Dbench=PdfImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = { "-Xmx1g" })
public class PdfImportBenchmark {

	static final int PAGES = 20;

	@Param({ "ruled", "borderless" })
	public String layout;

	byte[] pdf;

	@Setup
	public void print() throws IOException, InterruptedException {
		pdf = pdf(layout.equals("ruled"));
	}

	@Benchmark
	public ParsedTable read() {
		return new DocumentReader(ReadLimits.DEFAULT).read(pdf, "bench.pdf", ReadProgress.NONE).table();
	}

	@Benchmark
	public String baselineTextOnly() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** The seed's departments, renamed copies added until Chromium prints {@value #PAGES} pages. */
	static byte[] pdf(boolean ruled) throws IOException, InterruptedException {
		ParsedTable seed = Tables.seed();
		Path directory = Files.createTempDirectory("pdf-bench");
		for (int copies = 1;; copies++) {
			List<ParsedDepartment> departments = new ArrayList<>();
			for (int copy = 0; copy < copies; copy++) {
				for (ParsedDepartment d : seed.departments()) {
					departments.add(new ParsedDepartment(d.nameInText() + (copy == 0 ? "" : copy), d.category(), d.selfCoefficient(),
							d.assessedCoefficient(), d.line(), d.commitments()));
				}
			}
			String html = HtmlTable.html(new ParsedTable(departments, List.of()), new HtmlTable.Style(ruled, "middle", true));
			byte[] pdf = Files.readAllBytes(Generators.chromium(Generators.write(directory, "bench.html", html)));
			try (PDDocument document = Loader.loadPDF(pdf)) {
				if (document.getNumberOfPages() >= PAGES) {
					// cut to exactly the pages wanted, ending where a page ends
					while (document.getNumberOfPages() > PAGES) {
						document.removePage(document.getNumberOfPages() - 1);
					}
					java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
					document.save(out);
					return out.toByteArray();
				}
			}
		}
	}

}
