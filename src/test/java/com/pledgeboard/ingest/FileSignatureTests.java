package com.pledgeboard.ingest;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileSignatureTests {

	@Test
	void shouldTellAFileByItsFirstBytes() {
		assertThat(FileSignature.of(ascii("%PDF-1.7\n"))).contains(FileSignature.PDF);
		assertThat(FileSignature.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).contains(FileSignature.PNG);
		assertThat(FileSignature.of(ascii("GIF89a..."))).contains(FileSignature.GIF);
		assertThat(FileSignature.of(ascii("RIFF\1\0\0\0WEBPVP8 "))).contains(FileSignature.WEBP);
		assertThat(FileSignature.of(bytes('P', 'K', 3, 4, 20))).contains(FileSignature.ZIP);
		assertThat(FileSignature.of(bytes(0xCF, 0xFA, 0xED, 0xFE, 7))).contains(FileSignature.PROGRAM);
		assertThat(FileSignature.of(ascii("#!/bin/sh\n"))).contains(FileSignature.SCRIPT);
	}

	@Test
	void shouldNotTellWhatOnlyLooksLikeASignature() {
		assertThat(FileSignature.of(ascii("RIFF\1\0\0\0WAVEfmt "))).isEmpty();
		assertThat(FileSignature.of(ascii("GIF8"))).isEmpty();
		assertThat(FileSignature.of(ascii("%PD"))).isEmpty();
		assertThat(FileSignature.of(new byte[0])).isEmpty();
		assertThat(FileSignature.of("序号,部门,承诺事项".getBytes(StandardCharsets.UTF_8))).isEmpty();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] bytes(int... values) {
		byte[] b = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			b[i] = (byte) values[i];
		}
		return b;
	}

}
