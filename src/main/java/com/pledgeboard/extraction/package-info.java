/**
 * Chinese target extraction (TARGETS.md): plain Java with no Spring and no I/O. Turns the prose of a
 * commitment's description into measurable targets. Publishes and listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Extraction")
package com.pledgeboard.extraction;
