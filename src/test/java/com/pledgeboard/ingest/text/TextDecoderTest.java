package com.pledgeboard.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pledgeboard.ingest.TableFormatException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecoderTest {

	private static final String SOURCE = "upload.txt";

	private static final String TEXT = "市教育局\n\n1.新建改扩建中小学\n\n新增学位9000个。\n";

	@Test
	void shouldDecodeUtf8() {
		assertThat(TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), SOURCE)).isEqualTo(TEXT);
	}

	@Test
	void shouldDropAUtf8ByteOrderMark() {
		byte[] bytes = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, TEXT.getBytes(StandardCharsets.UTF_8));
		assertThat(TextDecoder.decode(bytes, SOURCE)).isEqualTo(TEXT);
	}

	@Test
	void shouldDecodeGb18030() {
		assertThat(TextDecoder.decode(TEXT.getBytes(Charset.forName("GB18030")), SOURCE)).isEqualTo(TEXT);
	}

	@Test
	void shouldDecodeTheGb18030FixtureLikeItsUtf8Twin() throws IOException {
		String utf8 = TextDecoder.decode(GoldTable.resource("one-section.txt"), "one-section.txt");
		assertThat(TextDecoder.decode(GoldTable.resource("one-section.gb18030.txt"), "one-section.gb18030.txt")).isEqualTo(utf8);
	}

	@Test
	void shouldDecodeUtf16WithAByteOrderMark() {
		byte[] bytes = concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, TEXT.getBytes(StandardCharsets.UTF_16LE));
		assertThat(TextDecoder.decode(bytes, SOURCE)).isEqualTo(TEXT);
	}

	@Test
	void shouldRefuseAnEmptyFile() {
		assertThatThrownBy(() -> TextDecoder.decode(new byte[0], SOURCE)).isInstanceOf(TableFormatException.class)
			.hasMessage("upload.txt: the file is empty (0 bytes)");
	}

	@Test
	void shouldRefuseAFileOfWhitespace() {
		assertThatThrownBy(() -> TextDecoder.decode(" \r\n\t\n".getBytes(StandardCharsets.US_ASCII), SOURCE))
			.isInstanceOf(TableFormatException.class)
			.hasMessageContaining("only whitespace");
	}

	@Test
	void shouldRefuseAPngImage() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThatThrownBy(() -> TextDecoder.decode(png, SOURCE)).isInstanceOf(TableFormatException.class)
			.hasMessageContaining("binary")
			.hasMessageContaining("PNG");
	}

	@Test
	void shouldRefuseAPdfAndAZipArchive() {
		assertThatThrownBy(() -> TextDecoder.decode("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), SOURCE))
			.hasMessageContaining("PDF");
		assertThatThrownBy(() -> TextDecoder.decode(new byte[] { 'P', 'K', 3, 4, 20, 0, 6, 0 }, SOURCE)).hasMessageContaining("ZIP");
	}

	@Test
	void shouldRefuseNulBytesNamingTheOffset() {
		byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
		bytes[7] = 0;
		assertThatThrownBy(() -> TextDecoder.decode(bytes, SOURCE)).isInstanceOf(TableFormatException.class)
			.hasMessageContaining("NUL byte at byte offset 7");
	}

	@Test
	void shouldRefuseControlCharacters() {
		assertThatThrownBy(() -> TextDecoder.decode("市教育局\u0001\n".getBytes(StandardCharsets.UTF_8), SOURCE))
			.isInstanceOf(TableFormatException.class)
			.hasMessageContaining("control character U+0001");
	}

	@Test
	void shouldRefuseUndecodableBytesNamingTheOffsetAndLine() {
		byte[] head = "市教育局\n\n".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = concat(head, new byte[] { (byte) 0xFF, (byte) 0xFF, 'a' });
		assertThatThrownBy(() -> TextDecoder.decode(bytes, SOURCE)).isInstanceOf(TableFormatException.class)
			.hasMessageContaining("neither UTF-8 nor GB18030")
			.hasMessageContaining("byte offset " + head.length)
			.hasMessageStartingWith("upload.txt, line 3:");
	}

	@Test
	void shouldNotTurnLatin1IntoMojibake() {
		byte[] latin1 = "Départements et crèches: liste à jour\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> TextDecoder.decode(latin1, SOURCE)).isInstanceOf(TableFormatException.class)
			.hasMessageContaining("neither UTF-8 nor GB18030");
	}

	@Test
	void shouldRefuseUtf8WithAByteOrderMarkAndInvalidBytes() {
		byte[] bytes = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a' }, new byte[] { (byte) 0xC3, '(' });
		assertThatThrownBy(() -> TextDecoder.decode(bytes, SOURCE)).isInstanceOf(TableFormatException.class)
			.hasMessageContaining("UTF-8")
			.hasMessageContaining("byte offset 4");
	}

	private static byte[] concat(byte[] first, byte[] second) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(first);
		out.writeBytes(second);
		return out.toByteArray();
	}

}
