package com.pledgeboard.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects a page's rulings, the lines a table's borders are drawn with: stroked straight segments
 * (lines, rectangles' edges) and thin filled rectangles (how many generators draw a border), both
 * horizontal or vertical only, in points from the page's top-left like the glyphs. Curves, large fills
 * (cell shading) and text are ignored.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

	/** A filled rectangle thinner than this is a line. */
	private static final float THIN = 2.5f;

	/** A segment whose ends differ less than this in x (or y) is vertical (or horizontal). */
	private static final float STRAIGHT = 0.5f;

	/** More segments than this on one page is a drawing, not a table. */
	static final int MAX_SEGMENTS = 20_000;

	private final List<Ruling> rulings = new ArrayList<>();

	private final List<float[]> path = new ArrayList<>();

	private final float top;

	private final float left;

	private Point2D.Float current = new Point2D.Float();

	private Point2D.Float start = new Point2D.Float();

	RulingCollector(PDPage page) {
		super(page);
		PDRectangle box = page.getCropBox();
		this.top = box.getUpperRightY();
		this.left = box.getLowerLeftX();
	}

	/** The page's rulings; each horizontal (y same at both ends) or vertical (x same). */
	List<Ruling> rulings() throws IOException {
		processPage(getPage());
		return rulings;
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		segment(p0, p1);
		segment(p1, p2);
		segment(p2, p3);
		segment(p3, p0);
		current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
		start = current;
	}

	@Override
	public void moveTo(float x, float y) {
		current = new Point2D.Float(x, y);
		start = current;
	}

	@Override
	public void lineTo(float x, float y) {
		Point2D.Float to = new Point2D.Float(x, y);
		segment(current, to);
		current = to;
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		path.add(null);
		current = new Point2D.Float(x3, y3);
	}

	@Override
	public Point2D getCurrentPoint() {
		return current;
	}

	@Override
	public void closePath() {
		segment(current, start);
		current = start;
	}

	@Override
	public void endPath() {
		path.clear();
	}

	@Override
	public void strokePath() {
		for (float[] s : path) {
			if (s == null) {
				continue;
			}
			float dx = Math.abs(s[0] - s[2]);
			float dy = Math.abs(s[1] - s[3]);
			if ((dx < STRAIGHT && dy >= STRAIGHT) || (dy < STRAIGHT && dx >= STRAIGHT)) {
				add(s[0], s[1], s[2], s[3]);
			}
		}
		path.clear();
	}

	@Override
	public void fillPath(int windingRule) {
		float minX = Float.POSITIVE_INFINITY, minY = Float.POSITIVE_INFINITY, maxX = Float.NEGATIVE_INFINITY, maxY = Float.NEGATIVE_INFINITY;
		boolean straight = !path.isEmpty();
		for (float[] s : path) {
			if (s == null || (Math.abs(s[0] - s[2]) >= STRAIGHT && Math.abs(s[1] - s[3]) >= STRAIGHT)) {
				straight = false;
				break;
			}
			minX = Math.min(minX, Math.min(s[0], s[2]));
			maxX = Math.max(maxX, Math.max(s[0], s[2]));
			minY = Math.min(minY, Math.min(s[1], s[3]));
			maxY = Math.max(maxY, Math.max(s[1], s[3]));
		}
		if (straight) {
			float width = maxX - minX;
			float height = maxY - minY;
			if (height <= THIN && width > height) {
				add(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
			}
			else if (width <= THIN && height > width) {
				add((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
			}
		}
		path.clear();
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
		strokePath();
	}

	/** Text is the glyph collector's; skipping it here spares decoding every glyph a second time. */
	@Override
	public void showTextString(byte[] string) {
		// not a ruling
	}

	@Override
	public void showTextStrings(COSArray array) {
		// not a ruling
	}

	@Override
	public void shadingFill(COSName shadingName) {
		// shading is colour, not a border
	}

	@Override
	public void drawImage(PDImage pdImage) {
		// an image is never decoded here: a scan is told by having no text
	}

	@Override
	public void clip(int windingRule) {
		// the path that clips is not drawn; endPath follows and clears it
	}

	private void segment(Point2D from, Point2D to) {
		if (path.size() >= MAX_SEGMENTS) {
			throw new TooManySegments();
		}
		path.add(new float[] { (float) from.getX(), (float) from.getY(), (float) to.getX(), (float) to.getY() });
	}

	/** Device space (origin bottom-left) to the glyphs' space (origin top-left of the crop box). */
	private void add(float x0, float y0, float x1, float y1) {
		if (rulings.size() >= MAX_SEGMENTS) {
			throw new TooManySegments();
		}
		rulings.add(new Ruling(Math.min(x0, x1) - left, top - Math.max(y0, y1), Math.max(x0, x1) - left, top - Math.min(y0, y1)));
	}

	/** A page drawing more segments than a table has. */
	static final class TooManySegments extends RuntimeException {

		private static final long serialVersionUID = 1L;

		TooManySegments() {
			super("more than " + MAX_SEGMENTS + " line segments on one page", null, false, false);
		}

	}

}
