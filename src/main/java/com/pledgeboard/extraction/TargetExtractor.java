package com.pledgeboard.extraction;

import java.util.List;

/**
 * Placeholder until the extractor lands from its branch: proposes no target.
 */
public final class TargetExtractor {

	public List<ExtractedTarget> extract(String description, int planYear) {
		return List.of();
	}

}
