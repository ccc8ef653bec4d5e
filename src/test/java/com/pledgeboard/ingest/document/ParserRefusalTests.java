package com.pledgeboard.ingest.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import com.pledgeboard.i18n.Message;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.ingest.TableFormatException;
import com.pledgeboard.ingest.grid.ReadLimits;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A PDF (or CSV, or Office file) that its parser cannot read is refused in words of our own, in the
 * reader's language, naming the file and, where the parser stopped on one, the page; never with what
 * the parser said: no class name, no package, no English parser text in the Chinese message.
 */
class ParserRefusalTests {

	/** What a parser's own words look like: class and package names, exception names, PDF object syntax. */
	private static final Pattern INTERNALS = Pattern.compile(
			"(?i)exception|org\\.apache|pdfbox|\\bpoi\\b|\\bcos[A-Z]?|xref|trailer|stream|\\bobj\\b|java\\.|sax");

	private final DocumentReader reader = new DocumentReader(ReadLimits.DEFAULT);

	private final ResourceBundleMessageSource bundles = Message.bundles();


	private TableFormatException refusal(byte[] content, String name) {
		return assertThrows(TableFormatException.class, () -> reader.read(content, name, ReadProgress.NONE));
	}

	private String in(Locale locale, TableFormatException refusal) {
		assertThat(refusal.reason()).as("a refusal in words of the bundles: " + refusal.getMessage()).isNotNull();
		return bundles.getMessage(refusal.reason(), locale);
	}

	/** The Chinese text has no Latin word but the file's name and its format's; the English no parser internals. */
	private void assertOwnWords(TableFormatException refusal, String name, String format) {
		String chinese = in(Locale.SIMPLIFIED_CHINESE, refusal);
		String english = in(Locale.ENGLISH, refusal);
		assertThat(chinese).isEqualTo(refusal.getMessage()).startsWith(name + "：");
		assertThat(chinese.replace(name, "").replace(format, "")).as(chinese).doesNotContainPattern("[A-Za-z]{2,}");
		assertThat(english).startsWith(name + ": ").doesNotContainPattern(INTERNALS);
	}

	private static byte[] tablePdf(int pages) throws IOException {
		try (PDDocument document = new PDDocument()) {
			for (int p = 1; p <= pages; p++) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream text = new PDPageContentStream(document, page)) {
					text.beginText();
					text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
					text.newLineAtOffset(72, 700);
					text.showText("Commitments, page " + p);
					text.endText();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	@Test
	void shouldRefuseADamagedPdfInOwnWords() {
		TableFormatException refusal = refusal("%PDF-1.7\nnot really a PDF at all".getBytes(StandardCharsets.US_ASCII),
				"损坏.pdf");
		assertOwnWords(refusal, "损坏.pdf", "PDF");
		assertThat(in(Locale.SIMPLIFIED_CHINESE, refusal)).contains("文件已损坏");
		assertThat(in(Locale.ENGLISH, refusal)).contains("damaged");
	}

	@Test
	void shouldRefuseAnEncryptedPdfInOwnWords() throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
			ByteArrayOutputStream locked = new ByteArrayOutputStream();
			document.save(locked);
			TableFormatException refusal = refusal(locked.toByteArray(), "locked.pdf");
			assertOwnWords(refusal, "locked.pdf", "PDF");
			assertThat(in(Locale.SIMPLIFIED_CHINESE, refusal)).contains("密码保护");
			assertThat(in(Locale.ENGLISH, refusal)).contains("password-protected");
		}
	}

	@Test
	void shouldRefuseATruncatedPdfWithoutQuotingTheParser() throws IOException {
		byte[] whole = tablePdf(3);
		for (int length : new int[] { 9, 40, whole.length / 3, whole.length / 2, whole.length - 30 }) {
			String name = "cut" + length + ".pdf";
			TableFormatException refusal = refusal(Arrays.copyOf(whole, length), name);
			// PDFBox reads some truncated files leniently; what it cannot read is refused in our words, and
			// whatever else refuses them (no text, no table) says nothing of the parser either.
			if (refusal.reason() != null) {
				assertOwnWords(refusal, name, "PDF");
			}
			assertThat(refusal.getMessage()).startsWith(name).doesNotContainPattern(INTERNALS);
		}
	}

	@Test
	void shouldSayNothingOfTheParserAboutAPageWhoseContentIsDamaged() throws IOException {
		byte[] whole = tablePdf(3);
		String pdf = new String(whole, StandardCharsets.ISO_8859_1);
		// The second page's content stream, cut off in the middle of its compressed data.
		int second = pdf.indexOf("stream", pdf.indexOf("stream", pdf.indexOf("stream") + 6) + 6);
		byte[] damaged = whole.clone();
		for (int i = second + 10; i < second + 30 && i < damaged.length; i++) {
			damaged[i] = (byte) 0xFF;
		}
		try {
			var read = reader.read(damaged, "page.pdf", ReadProgress.NONE);
			assertThat(read.table().warnings().toString()).doesNotContainPattern(INTERNALS);
		}
		catch (TableFormatException refusal) {
			assertThat(refusal.getMessage()).startsWith("page.pdf").doesNotContainPattern(INTERNALS);
			if (refusal.reason() != null) {
				assertOwnWords(refusal, "page.pdf", "PDF");
			}
		}
	}

	@Test
	void shouldRefuseAMalformedCsvNamingTheLine() {
		String csv = "部门,承诺事项,具体描述\n市公安局,\"1.打击犯罪,描述没有结束\n";
		TableFormatException refusal = refusal(csv.getBytes(StandardCharsets.UTF_8), "open.csv");
		assertOwnWords(refusal, "open.csv", "CSV");
		assertThat(in(Locale.SIMPLIFIED_CHINESE, refusal)).contains("第2行");
		assertThat(in(Locale.ENGLISH, refusal)).contains("line 2");
	}

	@Test
	void shouldRefuseADamagedOfficeFileInOwnWords() {
		byte[] ole2 = new byte[4096];
		byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(magic, 0, ole2, 0, magic.length);
		Arrays.fill(ole2, magic.length, ole2.length, (byte) 0x5A);
		TableFormatException refusal = refusal(ole2, "旧表.xls");
		assertOwnWords(refusal, "旧表.xls", "Office 97–2003 (OLE2)");
	}

}
