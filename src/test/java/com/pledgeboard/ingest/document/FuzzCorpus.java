package com.pledgeboard.ingest.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.pledgeboard.documents.ExportTable;
import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.corpus.Generators;
import com.pledgeboard.ingest.corpus.HtmlTable;
import com.pledgeboard.documents.csv.CsvTableWriter;
import com.pledgeboard.documents.pdf.PdfReportWriter;
import com.pledgeboard.documents.xlsx.XlsxTableWriter;

/**
 * Writes the fuzz tests' seed corpus: the first two departments of the seed in each format, small so
 * that mutations stay fast. Run once ({@code java ... FuzzCorpus src/test/resources}); the files are committed.
 */
public final class FuzzCorpus {

	private FuzzCorpus() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		Path root = Path.of(args[0], "com/pledgeboard/ingest/document/ReaderFuzzTestsInputs");
		ExportTable full = Tables.export(Tables.seed());
		ExportTable small = new ExportTable(full.title(), List.of(), full.departments().subList(0, 2));
		byte[] xlsx = new XlsxTableWriter().write(small);
		byte[] csv = new CsvTableWriter().write(small);
		byte[] pdf = new PdfReportWriter(Tables.FONT).write(small);
		byte[] text = String.join("\n", List.of("社会发展类", "部门 承诺事项 具体描述", "市公安局", "1.打击犯罪", "确保电诈警情同比下降30%。"))
			.getBytes(StandardCharsets.UTF_8);
		write(root.resolve("xlsx"), "seed.xlsx", xlsx);
		write(root.resolve("csv"), "seed.csv", csv);
		write(root.resolve("pdf"), "seed.pdf", pdf);
		// Word and old Excel files as LibreOffice writes them from the table published as HTML
		Path work = Files.createTempDirectory("fuzz-corpus");
		ParsedTable smallTable = new ParsedTable(Tables.seed().departments().subList(0, 2), List.of());
		Path html = Generators.write(work, "seed.html", HtmlTable.html(smallTable, new HtmlTable.Style(true, "middle", true)));
		byte[] docx = Files.readAllBytes(Generators.libreOffice(html, "docx", "MS Word 2007 XML", null));
		byte[] doc = Files.readAllBytes(Generators.libreOffice(html, "doc", "MS Word 97", null));
		byte[] xls = Files.readAllBytes(Generators.libreOffice(html, "xls", "MS Excel 97", "HTML (StarCalc)"));
		write(root.resolve("docx"), "seed.docx", docx);
		write(root.resolve("doc"), "seed.doc", doc);
		write(root.resolve("xls"), "seed.xls", xls);
		for (var entry : List.of(List.of("seed.xlsx", xlsx), List.of("seed.csv", csv), List.of("seed.pdf", pdf), List.of("seed.txt", text),
				List.of("seed.docx", docx), List.of("seed.doc", doc), List.of("seed.xls", xls))) {
			write(root.resolve("anyDocument"), (String) entry.get(0), (byte[]) entry.get(1));
		}
	}

	private static void write(Path directory, String name, byte[] content) throws IOException {
		Files.createDirectories(directory);
		Files.write(directory.resolve(name), content);
	}

}
