/**
 * The grid a reader rebuilds a commitment table from, and the table's columns ({@code Column}), named
 * to other modules so that the exports of {@code documents} print the headings that the readers know.
 * Plain Java.
 */
@org.springframework.modulith.NamedInterface("grid")
package com.pledgeboard.ingest.grid;
