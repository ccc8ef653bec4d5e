/**
 * Documents out: the one way the application hands people a table to download as CSV
 * ({@code CsvDownload}). Depends on no other module; publishes and listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents out")
package com.pledgeboard.documents;
