/**
 * The public portal: server-rendered pages and the read-only JSON API of published plan years.
 * Listens to nothing yet; reads the catalogue, the difficulty (raters, overrides, calibration) and
 * the lights of approved progress reports (the progress module's {@code ProgressBoard}) through their APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package com.pledgeboard.portal;
