/**
 * The command line (picocli) in the same jar: import, export and extract, run without a web server.
 * Calls the other modules through their APIs; publishes and listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package com.pledgeboard.cli;
