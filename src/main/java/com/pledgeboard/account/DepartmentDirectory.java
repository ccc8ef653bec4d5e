package com.pledgeboard.account;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The departments users can belong to, as the catalogue knows them. Implemented by the catalogue, so
 * that accounts need not reach into it.
 */
public interface DepartmentDirectory {

	record DepartmentOption(long id, String name, String regionName) {
	}

	List<DepartmentOption> departments();

	Optional<DepartmentOption> department(long id);

	/** The name of every department by its id, retired ones included, for naming the department of a user. */
	Map<Long, String> names();

}
