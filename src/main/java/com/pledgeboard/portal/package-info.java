/**
 * The public portal: server-rendered pages and the read-only JSON API of published plan years.
 * Listens to nothing yet; reads the catalogue and the difficulty (raters, overrides, calibration)
 * through their APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package com.pledgeboard.portal;
