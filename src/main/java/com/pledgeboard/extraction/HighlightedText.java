package com.pledgeboard.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A text cut into plain and highlighted pieces, so that a template can mark the spans that state
 * targets in a description, or readings in a progress narrative, while escaping every piece as text.
 * Overlapping or touching spans merge; spans outside the text are left out.
 */
public record HighlightedText(List<Piece> pieces) {

	public record Piece(String text, boolean highlighted) {
	}

	public record Span(int start, int end) {
	}

	public static HighlightedText of(String text, List<Span> spans) {
		List<Span> sorted = spans.stream()
			.filter(s -> s.start() >= 0 && s.end() <= text.length() && s.start() < s.end())
			.sorted(Comparator.comparingInt(Span::start))
			.toList();
		List<Piece> pieces = new ArrayList<>();
		int at = 0;
		int i = 0;
		while (i < sorted.size()) {
			int start = sorted.get(i).start();
			int end = sorted.get(i).end();
			while (++i < sorted.size() && sorted.get(i).start() <= end) {
				end = Math.max(end, sorted.get(i).end());
			}
			if (start < at) {
				start = at;
			}
			if (start > at) {
				pieces.add(new Piece(text.substring(at, start), false));
			}
			pieces.add(new Piece(text.substring(start, end), true));
			at = end;
		}
		if (at < text.length()) {
			pieces.add(new Piece(text.substring(at), false));
		}
		return new HighlightedText(List.copyOf(pieces));
	}

}
