package com.pledgeboard.progress;

import java.util.Collection;

import com.pledgeboard.progress.rules.Light;

/**
 * How many commitments show each light: {@code unreported} (未报送) apart from {@code red} (behind or
 * missed), and {@code none} for those with nothing due or approved yet.
 */
public record LightCounts(int green, int yellow, int red, int unreported, int none) {

	public static LightCounts of(Collection<CommitmentProgress> progress) {
		int[] n = new int[Light.values().length];
		progress.forEach(p -> n[p.light().light().ordinal()]++);
		return new LightCounts(n[Light.GREEN.ordinal()], n[Light.YELLOW.ordinal()], n[Light.RED.ordinal()],
				n[Light.UNREPORTED.ordinal()], n[Light.NONE.ordinal()]);
	}

	public int total() {
		return green + yellow + red + unreported + none;
	}

}
