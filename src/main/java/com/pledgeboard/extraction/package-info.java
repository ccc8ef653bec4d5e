/**
 * Chinese target extraction (TARGETS.md) and readings from progress narratives (READINGS.md): plain
 * Java with no Spring and no I/O. Turns the prose of a commitment's description into measurable targets
 * ({@code TargetExtractor}), and the prose of a progress report into proposed readings of those targets
 * ({@code ReadingExtractor}); and checks a drafted commitment's measurability and ambition
 * ({@code AmbitionCheck}). Publishes and listens to nothing; other modules use its value types
 * ({@code ExtractedTarget}, {@code ProposedReading}, {@code AmbitionFinding}), its two extractors and the check.
 */
package com.pledgeboard.extraction;
