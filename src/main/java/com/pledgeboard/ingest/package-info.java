/**
 * Import of commitment tables: readers that rebuild the table from a document, name resolution
 * against the department directory, and the one-transaction commit into the catalogue.
 * Publishes {@code CommitmentTableImported}; puts uploads waiting for review on the back-office home as
 * {@code BackOfficeTasks}; defines {@code ImportReviewNotes}, through which other modules add sections to an
 * upload's review. The exports (documents out) are the {@code documents} module's.
 */
@com.pledgeboard.OwnsTables({ "import_draft", "import_draft_page" })
@org.springframework.modulith.ApplicationModule(displayName = "Ingest")
package com.pledgeboard.ingest;
