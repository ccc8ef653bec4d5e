package com.pledgeboard.catalogue;

import java.util.Set;

/**
 * A department of a region's directory: its canonical name and the aliases it is also printed under.
 */
public record DirectoryDepartment(long id, String canonicalName, Set<String> aliases) {
}
