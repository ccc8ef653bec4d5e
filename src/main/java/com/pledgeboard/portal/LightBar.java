package com.pledgeboard.portal;

import java.util.ArrayList;
import java.util.List;

import com.pledgeboard.progress.LightCounts;

/**
 * Light counts as a stacked bar: one segment per light with commitments, from green to no light, each
 * placed and sized as a percentage of the whole. Pages draw it as SVG from these numbers (the content
 * security policy allows no inline style), and print the counts beside it as text.
 */
record LightBar(List<Segment> segments, int total) {

	/** A light's share: where it starts and how wide it is, in percent of the bar. */
	record Segment(String light, int count, double x, double width) {
	}

	static LightBar of(LightCounts n) {
		int[] counts = { n.green(), n.yellow(), n.red(), n.unreported(), n.none() };
		String[] lights = { "GREEN", "YELLOW", "RED", "UNREPORTED", "NONE" };
		int total = n.total();
		List<Segment> segments = new ArrayList<>();
		double x = 0;
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] == 0) {
				continue;
			}
			double width = i == lastNonZero(counts) ? 100 - x : round(100.0 * counts[i] / total);
			segments.add(new Segment(lights[i], counts[i], round(x), round(width)));
			x += width;
		}
		return new LightBar(segments, total);
	}

	private static int lastNonZero(int[] counts) {
		int last = -1;
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0) {
				last = i;
			}
		}
		return last;
	}

	private static double round(double v) {
		return Math.round(v * 100) / 100.0;
	}

}
