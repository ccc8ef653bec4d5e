package com.pledgeboard.portal;

/**
 * The licence the public data is published under, one for every way out: the pages' statement
 * ({@code opendata.licence} in the message bundles, then this name and link), the CSV downloads' Link
 * header, the data catalogue and the OpenAPI document. Set by {@code pledgeboard.open-data.licence-name}
 * and {@code -url}; the pages find it in their model ({@link OpenDataPages}).
 */
public record OpenDataLicence(String name, String url) {
}
