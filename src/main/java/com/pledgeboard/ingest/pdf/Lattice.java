package com.pledgeboard.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A ruled table on one page, rebuilt from its rulings as Tabula's and camelot's lattice mode do:
 * collinear segments merged into lines, the distinct x of the vertical lines and y of the horizontal
 * ones make a grid, and two neighbouring grid cells are one cell where no line separates them (a
 * merged cell is one larger cell). Each glyph goes to the cell that holds its centre. The cells read
 * like a spreadsheet's: a merged cell's text in its top-left grid cell, the others empty.
 */
final class Lattice {

	/** Lines closer than this (points) are the same line; segments with a smaller gap are one. */
	private static final float TOLERANCE = 2f;

	/** Fewer lines than these in either direction are no table (an underline, a frame). */
	private static final int MIN_LINES = 2;

	/** A grid of more cells is a drawing (hatching, a chart), not a commitment table. */
	private static final int MAX_CELLS = 20_000;

	private final float[] xs;

	private final float[] ys;

	private final int[] owner;

	private Lattice(float[] xs, float[] ys, int[] owner) {
		this.xs = xs;
		this.ys = ys;
		this.owner = owner;
	}

	/** The top of the table. */
	float top() {
		return ys[0];
	}

	int rows() {
		return ys.length - 1;
	}

	int columns() {
		return xs.length - 1;
	}

	/** The page's lattice, or {@code null} when its rulings make no table of at least 2 × 2 cells. */
	static Lattice of(List<Ruling> rulings) {
		List<Ruling> horizontal = merge(rulings.stream().filter(Ruling::horizontal).toList(), true);
		List<Ruling> vertical = merge(rulings.stream().filter(r -> !r.horizontal()).toList(), false);
		// a line crossing or touching no line of the other direction is no border (an underline)
		List<Ruling> h = horizontal.stream().filter(line -> vertical.stream().anyMatch(v -> touches(line, v))).toList();
		List<Ruling> v = vertical.stream().filter(line -> horizontal.stream().anyMatch(o -> touches(o, line))).toList();
		// where the vertical lines reach beyond the outer horizontal ones (a row split by the page
		// break has no bottom line on the page) and the other way round (a table open at its sides),
		// their ends are the table's edge
		List<Float> yEdges = new ArrayList<>(h.stream().map(Ruling::y0).toList());
		List<Float> xEdges = new ArrayList<>(v.stream().map(Ruling::x0).toList());
		if (!h.isEmpty() && !v.isEmpty()) {
			yEdges.add((float) v.stream().mapToDouble(Ruling::y0).min().getAsDouble());
			yEdges.add((float) v.stream().mapToDouble(Ruling::y1).max().getAsDouble());
			xEdges.add((float) h.stream().mapToDouble(Ruling::x0).min().getAsDouble());
			xEdges.add((float) h.stream().mapToDouble(Ruling::x1).max().getAsDouble());
		}
		float[] ys = distinct(yEdges);
		float[] xs = distinct(xEdges);
		if (ys.length < MIN_LINES + 1 || xs.length < MIN_LINES + 1) {
			return null;
		}
		int rows = ys.length - 1;
		int columns = xs.length - 1;
		if ((long) rows * columns > MAX_CELLS) {
			return null;
		}
		int[] parent = new int[rows * columns];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				if (c + 1 < columns && !covered(v, xs[c + 1], ys[r], ys[r + 1], false)) {
					union(parent, r * columns + c, r * columns + c + 1);
				}
				if (r + 1 < rows && !covered(h, ys[r + 1], xs[c], xs[c + 1], true)) {
					union(parent, r * columns + c, (r + 1) * columns + c);
				}
			}
		}
		int[] owner = new int[parent.length];
		for (int i = 0; i < parent.length; i++) {
			owner[i] = find(parent, i);
		}
		// a cell is named by its top-left grid cell, the smallest index of its set
		int[] first = new int[parent.length];
		java.util.Arrays.fill(first, Integer.MAX_VALUE);
		for (int i = 0; i < owner.length; i++) {
			first[owner[i]] = Math.min(first[owner[i]], i);
		}
		for (int i = 0; i < owner.length; i++) {
			owner[i] = first[owner[i]];
		}
		return new Lattice(xs, ys, owner);
	}

	/** Each cell's box (left, top, right, bottom), a merged cell once, in reading order. */
	List<float[]> boxes() {
		List<float[]> boxes = new ArrayList<>();
		for (int i = 0; i < owner.length; i++) {
			if (owner[i] != i) {
				continue;
			}
			float[] box = { Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE };
			for (int j = i; j < owner.length; j++) {
				if (owner[j] == i) {
					int r = j / columns();
					int c = j % columns();
					box[0] = Math.min(box[0], xs[c]);
					box[1] = Math.min(box[1], ys[r]);
					box[2] = Math.max(box[2], xs[c + 1]);
					box[3] = Math.max(box[3], ys[r + 1]);
				}
			}
			boxes.add(box);
		}
		return boxes;
	}

	/** The grid cell (row × columns + column) of the cell holding a point, or -1 outside the table. */
	int cellAt(float x, float y) {
		int c = slot(xs, x);
		int r = slot(ys, y);
		return c < 0 || r < 0 ? -1 : owner[r * columns() + c];
	}

	/**
	 * The table's rows of cells, each cell's glyphs (a merged cell's in its top-left grid cell, the
	 * others empty); the glyphs outside the table are added to {@code outside}.
	 */
	List<List<List<Glyph>>> cells(List<Glyph> glyphs, List<Glyph> outside) {
		List<List<Glyph>> byCell = new ArrayList<>(owner.length);
		for (int i = 0; i < owner.length; i++) {
			byCell.add(new ArrayList<>());
		}
		for (Glyph glyph : glyphs) {
			int cell = cellAt(glyph.centre(), glyph.y() - glyph.size() * 0.35f);
			if (cell < 0) {
				outside.add(glyph);
				continue;
			}
			byCell.get(cell).add(glyph);
		}
		List<List<List<Glyph>>> rows = new ArrayList<>(rows());
		for (int r = 0; r < rows(); r++) {
			rows.add(new ArrayList<>(byCell.subList(r * columns(), (r + 1) * columns())));
		}
		return rows;
	}

	/** Glyphs in lines (baselines within a third of their size), lines top to bottom, a space at a wide gap. */
	static String text(List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
		List<List<Glyph>> lines = new ArrayList<>();
		float baseline = Float.NaN;
		for (Glyph glyph : sorted) {
			if (lines.isEmpty() || glyph.y() - baseline > glyph.size() / 3) {
				lines.add(new ArrayList<>());
				baseline = glyph.y();
			}
			lines.get(lines.size() - 1).add(glyph);
		}
		StringBuilder text = new StringBuilder();
		for (List<Glyph> line : lines) {
			line.sort(Comparator.comparingDouble(Glyph::x));
			if (!text.isEmpty()) {
				text.append('\n');
			}
			float right = Float.NaN;
			for (Glyph glyph : line) {
				if (!Float.isNaN(right) && glyph.x() - right > glyph.size() * 0.3f) {
					text.append(' ');
				}
				text.append(glyph.text());
				right = glyph.right();
			}
		}
		return text.toString();
	}

	private static int slot(float[] edges, float value) {
		if (value < edges[0] || value >= edges[edges.length - 1]) {
			return -1;
		}
		int i = 0;
		while (i + 2 < edges.length && value >= edges[i + 1]) {
			i++;
		}
		return i;
	}

	/** Collinear segments (same y, or x, within the tolerance) joined where they touch or overlap. */
	private static List<Ruling> merge(List<Ruling> segments, boolean horizontal) {
		List<Ruling> sorted = new ArrayList<>(segments);
		sorted.sort(horizontal ? Comparator.comparingDouble((Ruling r) -> (r.y0() + r.y1()) / 2).thenComparingDouble(Ruling::x0)
				: Comparator.comparingDouble((Ruling r) -> (r.x0() + r.x1()) / 2).thenComparingDouble(Ruling::y0));
		List<List<Ruling>> groups = new ArrayList<>();
		float position = Float.NaN;
		for (Ruling r : sorted) {
			float p = horizontal ? (r.y0() + r.y1()) / 2 : (r.x0() + r.x1()) / 2;
			if (groups.isEmpty() || p - position > TOLERANCE) {
				groups.add(new ArrayList<>());
				position = p;
			}
			groups.get(groups.size() - 1).add(r);
		}
		List<Ruling> merged = new ArrayList<>();
		for (List<Ruling> group : groups) {
			float p = 0;
			for (Ruling r : group) {
				p += horizontal ? (r.y0() + r.y1()) / 2 : (r.x0() + r.x1()) / 2;
			}
			p /= group.size();
			group.sort(Comparator.comparingDouble(r -> horizontal ? r.x0() : r.y0()));
			float from = Float.NaN;
			float to = Float.NaN;
			for (Ruling r : group) {
				float a = horizontal ? r.x0() : r.y0();
				float b = horizontal ? r.x1() : r.y1();
				if (!Float.isNaN(from) && a <= to + TOLERANCE) {
					to = Math.max(to, b);
					continue;
				}
				if (!Float.isNaN(from)) {
					merged.add(horizontal ? new Ruling(from, p, to, p) : new Ruling(p, from, p, to));
				}
				from = a;
				to = b;
			}
			merged.add(horizontal ? new Ruling(from, p, to, p) : new Ruling(p, from, p, to));
		}
		return merged;
	}

	private static boolean touches(Ruling horizontal, Ruling vertical) {
		return vertical.x0() >= horizontal.x0() - TOLERANCE && vertical.x0() <= horizontal.x1() + TOLERANCE
				&& horizontal.y0() >= vertical.y0() - TOLERANCE && horizontal.y0() <= vertical.y1() + TOLERANCE;
	}

	private static float[] distinct(List<Float> values) {
		List<Float> sorted = new ArrayList<>(values);
		sorted.sort(Float::compare);
		List<Float> distinct = new ArrayList<>();
		for (float value : sorted) {
			if (distinct.isEmpty() || value - distinct.get(distinct.size() - 1) > TOLERANCE) {
				distinct.add(value);
			}
		}
		float[] result = new float[distinct.size()];
		for (int i = 0; i < result.length; i++) {
			result[i] = distinct.get(i);
		}
		return result;
	}

	/** Whether a line at {@code at} covers the span from {@code from} to {@code to} (all but the tolerance at either end). */
	private static boolean covered(List<Ruling> lines, float at, float from, float to, boolean horizontal) {
		for (Ruling line : lines) {
			float position = horizontal ? line.y0() : line.x0();
			if (Math.abs(position - at) > TOLERANCE) {
				continue;
			}
			float a = horizontal ? line.x0() : line.y0();
			float b = horizontal ? line.x1() : line.y1();
			if (a <= from + TOLERANCE && b >= to - TOLERANCE) {
				return true;
			}
		}
		return false;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static void union(int[] parent, int a, int b) {
		int ra = find(parent, a);
		int rb = find(parent, b);
		if (ra != rb) {
			parent[Math.max(ra, rb)] = Math.min(ra, rb);
		}
	}

}
