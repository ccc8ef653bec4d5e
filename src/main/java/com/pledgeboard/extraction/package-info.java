/**
 * Chinese target extraction (TARGETS.md): plain Java with no Spring and no I/O. Turns the prose of a
 * commitment's description into measurable targets. Publishes and listens to nothing; other modules
 * use its value types ({@code ExtractedTarget}) and its {@code TargetExtractor}.
 */
package com.pledgeboard.extraction;
