package com.pledgeboard.ingest.document;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import com.pledgeboard.ingest.ParsedCommitment;
import com.pledgeboard.ingest.ParsedDepartment;
import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.ocr.Tesseract;

/**
 * A commitment table drawn as a scanner would give it: a grey page at 250 dpi with a ruled table
 * (names and coefficients merged down over their rows, a category row across), drawn with Java2D in
 * the CJK font the PDF tests use. Small tables only: OCR of a page takes tens of seconds here.
 */
public final class ScannedTables {

	private static final int[] WIDTHS = { 300, 700, 1300, 260, 260 };

	private static final int LEFT = 100;

	private static final int PAD = 14;

	private ScannedTables() {
	}

	public static boolean canRecognise() {
		return Tesseract.installed() && Tables.fontInstalled();
	}

	/**
	 * @param smudged the number of a commitment (of the first department) whose description is printed
	 * faint and speckled, as a bad copy would be; 0 for none
	 */
	public static BufferedImage image(ParsedTable table, int smudged) {
		Font font = font().deriveFont(36f);
		BufferedImage page = new BufferedImage(2923, 2067, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = page.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, page.getWidth(), page.getHeight());
			g.setFont(font);
			FontMetrics metrics = g.getFontMetrics();
			int lineHeight = metrics.getHeight();
			int right = LEFT;
			for (int w : WIDTHS) {
				right += w;
			}
			g.setColor(Color.BLACK);
			g.drawString("湖州市2022年度部门承诺事项", LEFT, 140);
			int y = 200;
			y = row(g, metrics, y, right, new String[] { "部门", "承诺事项", "具体描述", "自评难度系数", "评定难度系数" }, null);
			String category = null;
			for (ParsedDepartment d : table.departments()) {
				if (!d.category().equals(category)) {
					category = d.category();
					g.setColor(Color.BLACK);
					g.drawString(category, LEFT + PAD, y + PAD + metrics.getAscent());
					y += lineHeight + 2 * PAD;
					g.fillRect(LEFT, y, right - LEFT, 3);
				}
				int top = y;
				for (ParsedCommitment c : d.commitments()) {
					int rowTop = y;
					List<String> title = wrap(metrics, c.no() + "." + c.title(), WIDTHS[1] - 2 * PAD);
					boolean faint = table.departments().indexOf(d) == 0 && c.no() == smudged;
					List<String> description = wrap(metrics, c.description(), WIDTHS[2] - 2 * PAD);
					int lines = Math.max(title.size(), description.size());
					draw(g, metrics, title, LEFT + WIDTHS[0] + PAD, rowTop + PAD, Color.BLACK);
					draw(g, metrics, description, LEFT + WIDTHS[0] + WIDTHS[1] + PAD, rowTop + PAD, faint ? new Color(85, 85, 85) : Color.BLACK);
					if (faint) {
						speckle(page, LEFT + WIDTHS[0] + WIDTHS[1], rowTop, WIDTHS[2], lines * lineHeight + 2 * PAD);
					}
					y += lines * lineHeight + 2 * PAD;
					g.setColor(Color.BLACK);
					g.fillRect(LEFT + WIDTHS[0], y, WIDTHS[1] + WIDTHS[2], 3);
				}
				int middle = (top + y) / 2 - lineHeight / 2;
				draw(g, metrics, wrap(metrics, d.nameInText(), WIDTHS[0] - 2 * PAD), LEFT + PAD, middle, Color.BLACK);
				int x = LEFT + WIDTHS[0] + WIDTHS[1] + WIDTHS[2];
				for (BigDecimal coefficient : new BigDecimal[] { d.selfCoefficient(), d.assessedCoefficient() }) {
					if (coefficient != null) {
						draw(g, metrics, List.of(coefficient.toPlainString()), x + PAD, middle, Color.BLACK);
					}
					x += WIDTHS[3];
				}
				g.fillRect(LEFT, y, right - LEFT, 3);
			}
			// the outer frame and the column rules, drawn over the whole table
			g.fillRect(LEFT, 200, right - LEFT, 3);
			int x = LEFT;
			for (int c = 0; c <= WIDTHS.length; c++) {
				g.fillRect(x, 200, 3, y - 200 + 3);
				x += c < WIDTHS.length ? WIDTHS[c] : 0;
			}
		}
		finally {
			g.dispose();
		}
		return page;
	}

	public static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int row(Graphics2D g, FontMetrics metrics, int y, int right, String[] cells, Color colour) {
		int x = LEFT;
		int lines = 1;
		for (int c = 0; c < cells.length; c++) {
			List<String> wrapped = wrap(metrics, cells[c], WIDTHS[c] - 2 * PAD);
			lines = Math.max(lines, wrapped.size());
			draw(g, metrics, wrapped, x + PAD, y + PAD, Color.BLACK);
			x += WIDTHS[c];
		}
		y += lines * metrics.getHeight() + 2 * PAD;
		g.fillRect(LEFT, y, right - LEFT, 3);
		return y;
	}

	private static void draw(Graphics2D g, FontMetrics metrics, List<String> lines, int x, int top, Color colour) {
		g.setColor(colour);
		int y = top + metrics.getAscent();
		for (String line : lines) {
			g.drawString(line, x, y);
			y += metrics.getHeight();
		}
		g.setColor(Color.BLACK);
	}

	private static List<String> wrap(FontMetrics metrics, String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (metrics.stringWidth(line.toString() + c) > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(c);
		}
		lines.add(line.toString());
		return lines;
	}

	/** Grey specks over a cell, as a worn copy has: fixed seed, so every run draws the same. */
	private static void speckle(BufferedImage page, int x, int y, int width, int height) {
		Random random = new Random(16);
		for (int i = 0; i < width * height / 25; i++) {
			int px = x + 5 + random.nextInt(width - 10);
			int py = y + 5 + random.nextInt(height - 10);
			page.setRGB(px, py, new Color(40, 40, 40).getRGB());
		}
	}

	private static Font font() {
		try {
			return Font.createFonts(Tables.FONT.toFile())[0];
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
