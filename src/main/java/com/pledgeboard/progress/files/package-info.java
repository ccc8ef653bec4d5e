/**
 * What an uploaded evidence file is, by its content: plain Java with no Spring, so that the sniffer is
 * driven by unit tests byte by byte. Internal to the progress module.
 */
package com.pledgeboard.progress.files;
