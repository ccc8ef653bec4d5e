/**
 * Chinese target extraction (TARGETS.md) and readings from progress narratives (READINGS.md): plain
 * Java with no Spring and no I/O. Turns the prose of a commitment's description into measurable targets
 * ({@code TargetExtractor}), and the prose of a progress report into proposed readings of those targets
 * ({@code ReadingExtractor}). Publishes and listens to nothing; other modules use its value types
 * ({@code ExtractedTarget}, {@code ProposedReading}) and its two extractors.
 */
package com.pledgeboard.extraction;
