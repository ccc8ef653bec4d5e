package com.pledgeboard.ingest.document;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.ingest.TableFormatException;
import com.pledgeboard.ingest.grid.ReadLimits;
import com.pledgeboard.ingest.pdf.ScanTableReader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scans that are no commitment table are refused with a message naming the file and the page, in
 * English and Chinese, within the limits: an image bomb before a pixel of it is decoded (also many at
 * once), a photograph of something else, a scanned page of text without a table, a page over the
 * time limit, a scan of too many pages. Nothing is returned but the refusal.
 */
class ScanRefusalTests {

	private final DocumentReader reader = new DocumentReader(ReadLimits.DEFAULT);

	@Test
	void shouldRefuseAnImageBombFromItsHeaderAlsoWhenManyArriveAtOnce() throws Exception {
		byte[] bomb = pngDeclaring(100_000, 100_000);
		assertThat(bomb.length).isLessThan(10_000);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> refusals = new ArrayList<>();
			long start = System.nanoTime();
			for (int i = 0; i < 16; i++) {
				String name = "bomb-" + i + ".png";
				refusals.add(pool.submit((Callable<String>) () -> refusal(bomb, name)));
			}
			for (int i = 0; i < refusals.size(); i++) {
				assertThat(refusals.get(i).get()).startsWith("bomb-" + i + ".png: page 1: ")
					.contains("100000 × 100000 pixels").contains("图片像素过多");
			}
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void shouldRefuseADamagedImage() {
		byte[] png = ScannedTables.png(new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY));
		byte[] cut = java.util.Arrays.copyOf(png, png.length / 2);
		assertThat(refusal(cut, "cut.png")).startsWith("cut.png: page 1: ").contains("图片");
	}

	@Test
	void shouldRefuseAPhotoOfSomethingElse() throws Exception {
		assumeTrue(ScannedTables.canRecognise(), "needs tesseract with chi_sim (.ci/run installs it)");
		BufferedImage photo = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = photo.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(90, 140, 200), 0, 900, new Color(230, 220, 180)));
		g.fillRect(0, 0, 1200, 900);
		g.setColor(new Color(40, 90, 40));
		g.fillOval(200, 500, 500, 300);
		g.fillOval(600, 450, 450, 380);
		g.setColor(new Color(250, 240, 120));
		g.fillOval(900, 80, 160, 160);
		g.dispose();
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		javax.imageio.ImageIO.write(photo, "jpeg", jpeg);
		assertThat(refusal(jpeg.toByteArray(), "photo.jpg")).startsWith("photo.jpg: ").contains("page 1").containsAnyOf("未识别出文字", "未找到承诺事项表");
	}

	@Test
	void shouldRefuseAScannedPdfOfTextWithoutATable() throws Exception {
		assumeTrue(ScannedTables.canRecognise(), "needs tesseract with chi_sim and the CJK font (.ci/run installs them)");
		BufferedImage page = new BufferedImage(1700, 1100, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 1700, 1100);
		g.setColor(Color.BLACK);
		g.setFont(Font.createFonts(Tables.FONT.toFile())[0].deriveFont(40f));
		g.drawString("关于召开年度工作会议的通知", 200, 200);
		g.drawString("各部门：定于下周一上午九时召开会议，请准时参加。", 200, 300);
		g.dispose();
		try (PDDocument document = new PDDocument()) {
			PDPage pdfPage = new PDPage();
			document.addPage(pdfPage);
			try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
				content.drawImage(LosslessFactory.createFromImage(document, page), 0, 0, 612, 396);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			assertThat(refusal(out.toByteArray(), "notice.pdf")).startsWith("notice.pdf: ").contains("no commitment table")
				.contains("扫描件中未找到承诺事项表");
		}
	}

	@Test
	void shouldRefuseAPageOverTheTimeLimitNamingIt() {
		assumeTrue(ScannedTables.canRecognise(), "needs tesseract with chi_sim (.ci/run installs it)");
		BufferedImage image = ScannedTables.image(new ParsedTable(Tables.seed().departments().subList(0, 1), List.of()), 0);
		assertThatThrownBy(() -> new ScanTableReader(ReadLimits.DEFAULT, Duration.ofMillis(1)).read(1, p -> image, 0.3f, "slow.png", ReadProgress.NONE))
			.isInstanceOf(TableFormatException.class)
			.hasMessageStartingWith("slow.png: page 1: text recognition took longer than")
			.hasMessageContaining("第1页无法识别");
	}

	@Test
	void shouldRefuseAScanOfMorePagesThanOcrReads() {
		assertThatThrownBy(() -> new ScanTableReader(ReadLimits.DEFAULT).read(ScanTableReader.MAX_PAGES + 1, p -> {
			throw new AssertionError("no page is rendered");
		}, 1, "long.pdf", ReadProgress.NONE)).isInstanceOf(TableFormatException.class)
			.hasMessageStartingWith("long.pdf: the scan has 21 pages").hasMessageContaining("扫描件页数过多");
	}

	private String refusal(byte[] content, String name) {
		try {
			reader.read(content, name, ReadProgress.NONE);
		}
		catch (TableFormatException ex) {
			return ex.getMessage();
		}
		throw new AssertionError(name + " was not refused");
	}

	/** A valid PNG whose header declares the size given, with a few bytes of compressed zeros as its data. */
	static byte[] pngDeclaring(int width, int height) throws Exception {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(png);
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		DataOutputStream h = new DataOutputStream(header);
		h.writeInt(width);
		h.writeInt(height);
		h.write(new byte[] { 8, 0, 0, 0, 0 });
		chunk(out, "IHDR", header.toByteArray());
		ByteArrayOutputStream data = new ByteArrayOutputStream();
		try (DeflaterOutputStream z = new DeflaterOutputStream(data, new Deflater(9))) {
			z.write(new byte[1 << 16]);
		}
		chunk(out, "IDAT", data.toByteArray());
		chunk(out, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static void chunk(DataOutputStream out, String type, byte[] data) throws Exception {
		out.writeInt(data.length);
		byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		out.write(name);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeInt((int) crc.getValue());
	}

}
