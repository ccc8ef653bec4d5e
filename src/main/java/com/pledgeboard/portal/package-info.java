/**
 * The public portal: server-rendered pages and the read-only JSON API of published plan years.
 * Listens to nothing yet; reads the catalogue through its API and
 * the lights of approved progress reports through the progress module's {@code ProgressBoard}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package com.pledgeboard.portal;
