/**
 * Documents out: a plan year's exports (the JSON of the import contract, CSV, XLSX in the published
 * layout and the PDF annual report, {@code TableExporter}) and the one way the application writes CSV
 * ({@code CsvDownload}, for people or, as it is, for programs).
 * Defines {@code ExportColumns}, through which other modules add columns to the exports; prints the
 * headings the readers of {@code ingest} know, so that an export reads back. Publishes and listens to
 * nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents out")
package com.pledgeboard.documents;
