package com.pledgeboard.progress;

import java.util.Collection;

import com.pledgeboard.progress.rules.Light;

/**
 * How many commitments show each light.
 */
public record LightCounts(int green, int yellow, int red, int none) {

	public static LightCounts of(Collection<CommitmentProgress> progress) {
		int[] n = new int[Light.values().length];
		progress.forEach(p -> n[p.light().light().ordinal()]++);
		return new LightCounts(n[Light.GREEN.ordinal()], n[Light.YELLOW.ordinal()], n[Light.RED.ordinal()],
				n[Light.NONE.ordinal()]);
	}

	public int total() {
		return green + yellow + red + none;
	}

}
