package com.pledgeboard.ingest.document;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.pledgeboard.ingest.TableFormatException;
import com.pledgeboard.ingest.csv.CsvTableReader;
import com.pledgeboard.ingest.grid.ReadLimits;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.ingest.ocr.ImageFile;
import com.pledgeboard.ingest.ocr.PageImage;
import com.pledgeboard.ingest.pdf.PdfTableReader;
import com.pledgeboard.ingest.word.DocTableReader;
import com.pledgeboard.ingest.word.DocxTableReader;
import com.pledgeboard.ingest.xlsx.XlsTableReader;
import com.pledgeboard.ingest.xlsx.XlsxTableReader;

/**
 * No input makes a reader do anything but return a table or refuse the file with a
 * {@link TableFormatException}: any other exception, an endless loop or a crash fails the test. In the
 * normal test run, Jazzer runs each test once per input in its corpus
 * ({@code src/test/resources/com/pledgeboard/ingest/document/ReaderFuzzTestsInputs/<test>/}); with
 * {@code JAZZER_FUZZ=1} it mutates them for as long as it is let (see BENCHMARKS-documents.md).
 */
class ReaderFuzzTests {

	/** Small limits keep each run short; the code paths are the same. */
	private static final ReadLimits LIMITS = new ReadLimits(2_000_000, 2_000);

	@FuzzTest(maxDuration = "60s")
	void xlsx(byte[] input) {
		readOrRefuse(() -> new XlsxTableReader(LIMITS).read(input, "fuzz.xlsx", ReadProgress.NONE));
	}

	@FuzzTest(maxDuration = "60s")
	void csv(byte[] input) {
		readOrRefuse(() -> new CsvTableReader(LIMITS).read(input, "fuzz.csv", ReadProgress.NONE));
	}

	@FuzzTest(maxDuration = "60s")
	void pdf(byte[] input) {
		readOrRefuse(() -> new PdfTableReader(LIMITS).read(input, "fuzz.pdf", ReadProgress.NONE));
	}

	@FuzzTest(maxDuration = "60s")
	void docx(byte[] input) {
		readOrRefuse(() -> new DocxTableReader(LIMITS).read(input, "fuzz.docx", ReadProgress.NONE));
	}

	@FuzzTest(maxDuration = "60s")
	void doc(byte[] input) {
		readOrRefuse(() -> new DocTableReader(LIMITS).read(input, "fuzz.doc", ReadProgress.NONE));
	}

	@FuzzTest(maxDuration = "60s")
	void xls(byte[] input) {
		readOrRefuse(() -> new XlsTableReader(LIMITS).read(input, "fuzz.xls", ReadProgress.NONE));
	}

	/**
	 * The image reader short of OCR (Tesseract's own parsing is not ours to fuzz): the header check and
	 * decoding, then the ruling detection on whatever decodes.
	 */
	@FuzzTest(maxDuration = "60s")
	void image(byte[] input) {
		try {
			PageImage page = new PageImage(ImageFile.decode(input));
			page.rulings();
			page.withoutRulings();
		}
		catch (ImageFile.Refused expected) {
			// the documented refusal
		}
	}

	@FuzzTest(maxDuration = "60s")
	void anyDocument(byte[] input) {
		readOrRefuse(() -> new DocumentReader(LIMITS).read(input, "fuzz", ReadProgress.NONE));
	}

	private static void readOrRefuse(Runnable read) {
		try {
			read.run();
		}
		catch (TableFormatException expected) {
			// the documented refusal
		}
	}

}
