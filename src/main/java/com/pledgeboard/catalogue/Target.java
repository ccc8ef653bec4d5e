package com.pledgeboard.catalogue;

import com.pledgeboard.extraction.ExtractedTarget;

/**
 * A stored target of a commitment: its definition in the terms of TARGETS.md and its review status.
 */
public record Target(long id, int position, ExtractedTarget definition, TargetStatus status) {
}
