package com.pledgeboard.ingest.resolve;

import java.util.Objects;
import java.util.Set;

/**
 * A department of the catalogue as name resolution sees it.
 *
 * @param canonicalName the name the catalogue uses, for example {@code 市生态环境局}
 * @param aliases other names it is known by, for example {@code 市环保局}
 */
public record KnownDepartment(String canonicalName, Set<String> aliases) {

	public KnownDepartment {
		Objects.requireNonNull(canonicalName, "canonicalName");
		aliases = Set.copyOf(aliases);
	}

	public KnownDepartment(String canonicalName) {
		this(canonicalName, Set.of());
	}

}
