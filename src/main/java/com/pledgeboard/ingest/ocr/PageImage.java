package com.pledgeboard.ingest.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A scanned page as black and white: its rulings found as long runs of dark pixels, and a copy with
 * them painted out for text recognition (Tesseract reads a table's text better without its lines).
 * Binarised with Otsu's threshold, which separates ink from paper on a page's grey histogram.
 */
public final class PageImage {

	/** A horizontal or vertical ruling in pixels: {@code x0 <= x1}, {@code y0 <= y1}. */
	public record Line(int x0, int y0, int x1, int y1) {
	}

	/** Dark pixels missing from a ruling over this many pixels (a scan's specks of paper) do not break it. */
	private static final int GAP = 2;

	private final BufferedImage image;

	private final boolean[] dark;

	private final int width;

	private final int height;

	private final List<Line> rulings = new ArrayList<>();

	private final List<int[]> painted = new ArrayList<>();

	public PageImage(BufferedImage image) {
		this.image = image;
		this.width = image.getWidth();
		this.height = image.getHeight();
		int[] grey = new int[width * height];
		int[] histogram = new int[256];
		int[] rgb = new int[width];
		for (int y = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, rgb, 0, width);
			for (int x = 0; x < width; x++) {
				int p = rgb[x];
				int g = (((p >> 16) & 0xFF) * 299 + ((p >> 8) & 0xFF) * 587 + (p & 0xFF) * 114) / 1000;
				grey[y * width + x] = g;
				histogram[g]++;
			}
		}
		int threshold = otsu(histogram, grey.length);
		dark = new boolean[grey.length];
		for (int i = 0; i < grey.length; i++) {
			dark[i] = grey[i] <= threshold;
		}
		// a ruling is longer than a few characters are wide: a fiftieth of the page, at least 40 pixels
		int minimum = Math.max(40, Math.max(width, height) / 50);
		runs(true, minimum);
		runs(false, minimum);
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	/** The page's rulings, each several pixel rows (or columns) thick merged into one line at its middle. */
	public List<Line> rulings() {
		return List.copyOf(rulings);
	}

	/** Whether the page has any ink at all, apart from its rulings. */
	public boolean blank() {
		int count = 0;
		for (boolean d : dark) {
			if (d) {
				count++;
			}
		}
		return count < width * height / 10_000 + 1;
	}

	/** A copy of the page with its rulings painted white. */
	public BufferedImage withoutRulings() {
		BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = copy.createGraphics();
		try {
			g.drawImage(image, 0, 0, null);
			g.setColor(Color.WHITE);
			for (int[] r : painted) {
				g.fillRect(r[0] - 1, r[1] - 1, r[2] - r[0] + 3, r[3] - r[1] + 3);
			}
		}
		finally {
			g.dispose();
		}
		return copy;
	}

	/**
	 * Collects the runs of dark pixels at least {@code minimum} long along each pixel row (or column),
	 * then merges runs on neighbouring rows that overlap into one ruling.
	 */
	private void runs(boolean horizontal, int minimum) {
		int lines = horizontal ? height : width;
		int length = horizontal ? width : height;
		List<int[]> open = new ArrayList<>(); // from, to, firstLine, lastLine
		List<int[]> done = new ArrayList<>();
		for (int l = 0; l < lines; l++) {
			List<int[]> found = new ArrayList<>();
			int start = -1;
			int lastDark = -1;
			for (int i = 0; i <= length; i++) {
				boolean d = i < length && (horizontal ? dark[l * width + i] : dark[i * width + l]);
				if (d) {
					if (start < 0 || i - lastDark > GAP + 1) {
						if (start >= 0 && lastDark - start + 1 >= minimum) {
							found.add(new int[] { start, lastDark });
						}
						start = i;
					}
					lastDark = i;
				}
			}
			if (start >= 0 && lastDark - start + 1 >= minimum) {
				found.add(new int[] { start, lastDark });
			}
			List<int[]> next = new ArrayList<>();
			for (int[] run : found) {
				int[] joined = null;
				for (int[] o : open) {
					if (o[3] == l - 1 && run[0] <= o[1] && run[1] >= o[0]) {
						joined = o;
						break;
					}
				}
				if (joined != null) {
					joined[0] = Math.min(joined[0], run[0]);
					joined[1] = Math.max(joined[1], run[1]);
					joined[3] = l;
					if (!next.contains(joined)) {
						next.add(joined);
					}
				}
				else {
					next.add(new int[] { run[0], run[1], l, l });
				}
			}
			for (int[] o : open) {
				if (!next.contains(o)) {
					done.add(o);
				}
			}
			open = next;
		}
		done.addAll(open);
		int thickest = Math.max(3, minimum / 4);
		for (int[] r : done) {
			if (r[3] - r[2] + 1 > thickest) {
				continue; // a filled block (a photo, a stamp), not a line
			}
			int middle = (r[2] + r[3]) / 2;
			rulings.add(horizontal ? new Line(r[0], middle, r[1], middle) : new Line(middle, r[0], middle, r[1]));
			painted.add(horizontal ? new int[] { r[0], r[2], r[1], r[3] } : new int[] { r[2], r[0], r[3], r[1] });
		}
	}

	/** Otsu's threshold: the grey level that best separates the histogram's two classes. */
	private static int otsu(int[] histogram, int total) {
		double sum = 0;
		for (int i = 0; i < 256; i++) {
			sum += (double) i * histogram[i];
		}
		double sumBelow = 0;
		long below = 0;
		double best = -1;
		int threshold = 127;
		for (int t = 0; t < 256; t++) {
			below += histogram[t];
			if (below == 0) {
				continue;
			}
			long above = total - below;
			if (above == 0) {
				break;
			}
			sumBelow += (double) t * histogram[t];
			double meanBelow = sumBelow / below;
			double meanAbove = (sum - sumBelow) / above;
			double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
			if (between > best) {
				best = between;
				threshold = t;
			}
		}
		return threshold;
	}

}
