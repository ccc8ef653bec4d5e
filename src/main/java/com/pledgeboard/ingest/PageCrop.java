package com.pledgeboard.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** The part of a stored page image a cell was read from, with a margin, as PNG. */
final class PageCrop {

	/** Pixels shown around the cell's text, so that the reviewer sees what was beside it. */
	private static final int MARGIN = 16;

	private PageCrop() {
	}

	static byte[] crop(byte[] png, double pixelsPerUnit, SourceCell cell) {
		try {
			BufferedImage page = ImageIO.read(new ByteArrayInputStream(png));
			int x0 = clamp((int) Math.floor(cell.left() * pixelsPerUnit) - MARGIN, page.getWidth() - 1);
			int y0 = clamp((int) Math.floor(cell.top() * pixelsPerUnit) - MARGIN, page.getHeight() - 1);
			int x1 = clamp((int) Math.ceil(cell.right() * pixelsPerUnit) + MARGIN, page.getWidth());
			int y1 = clamp((int) Math.ceil(cell.bottom() * pixelsPerUnit) + MARGIN, page.getHeight());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(page.getSubimage(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0)), "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int clamp(int value, int max) {
		return Math.max(0, Math.min(value, max));
	}

}
