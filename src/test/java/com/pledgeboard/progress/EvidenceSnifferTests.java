package com.pledgeboard.progress;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.pledgeboard.progress.files.EvidenceSniffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which files the sniffer accepts as evidence and what it takes them for, by content, name and the
 * type a browser claimed.
 */
class EvidenceSnifferTests {

	static Stream<Arguments> files() {
		return Stream.of(
				Arguments.of("a PDF", (Supplier<byte[]>) ProgressTestSupport::pdf, "report.pdf", "application/pdf", "application/pdf", null),
				Arguments.of("a PNG", (Supplier<byte[]>) ProgressTestSupport::png, "photo.PNG", "image/png", "image/png", null),
				Arguments.of("a JPEG as image/jpg", (Supplier<byte[]>) ProgressTestSupport::jpeg, "photo.jpg", "image/jpg", "image/jpeg", null),
				Arguments.of("a GIF", (Supplier<byte[]>) () -> "GIF89a....".getBytes(StandardCharsets.ISO_8859_1), "a.gif", null, "image/gif", null),
				Arguments.of("a WebP", (Supplier<byte[]>) () -> "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), "a.webp", "", "image/webp", null),
				Arguments.of("a Word document", (Supplier<byte[]>) ProgressTestSupport::docx, "台账.docx", "application/octet-stream",
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document", null),
				Arguments.of("an Excel sheet", (Supplier<byte[]>) () -> ProgressTestSupport.zip("[Content_Types].xml", "xl/workbook.xml"), "台账.xlsx", null,
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null),
				Arguments.of("a legacy Word file", (Supplier<byte[]>) () -> new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 },
						"old.doc", null, "application/msword", null),
				Arguments.of("a PNG named .pdf", (Supplier<byte[]>) ProgressTestSupport::png, "report.pdf", "application/pdf", null, "mismatch"),
				Arguments.of("a zip named .pdf", (Supplier<byte[]>) () -> ProgressTestSupport.zip("a.txt"), "report.pdf", null, null, "mismatch"),
				Arguments.of("a plain zip named .docx", (Supplier<byte[]>) () -> ProgressTestSupport.zip("word/document.xml"), "a.docx", null, null, "mismatch"),
				Arguments.of("a Word package named .xlsx", (Supplier<byte[]>) ProgressTestSupport::docx, "a.xlsx", null, null, "mismatch"),
				Arguments.of("a PDF claimed to be an image", (Supplier<byte[]>) ProgressTestSupport::pdf, "a.pdf", "image/png", null, "mismatch"),
				Arguments.of("a Windows executable named .pdf", (Supplier<byte[]>) ProgressTestSupport::windowsExecutable, "a.pdf", "application/pdf", null, "executable"),
				Arguments.of("an ELF binary", (Supplier<byte[]>) () -> new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1 }, "a.png", null, null, "executable"),
				Arguments.of("a shell script", (Supplier<byte[]>) () -> "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8), "a.pdf", null, null, "executable"),
				Arguments.of("an HTML page", (Supplier<byte[]>) () -> "\n<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "a.pdf", null, null, "executable"),
				Arguments.of("an SVG with script", (Supplier<byte[]>) () -> "<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>".getBytes(StandardCharsets.UTF_8), "a.png", null, null, "executable"),
				Arguments.of("a text file", (Supplier<byte[]>) () -> "hello".getBytes(StandardCharsets.UTF_8), "a.txt", null, null, "typeNotAllowed"),
				Arguments.of("an empty file", (Supplier<byte[]>) () -> new byte[0], "a.pdf", null, null, "empty"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void shouldTellAcceptedFilesByContent(String name, Supplier<byte[]> content, String fileName, String claimed,
			String mediaType, String refusal) {
		EvidenceSniffer.Sniffed sniffed = EvidenceSniffer.sniff(content.get(), fileName, claimed);
		assertThat(sniffed.refusal()).as(name).isEqualTo(refusal);
		assertThat(sniffed.mediaType()).as(name).isEqualTo(mediaType);
	}

}
