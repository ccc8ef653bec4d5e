package com.pledgeboard.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.pledgeboard.account.DepartmentDirectory;

import org.springframework.stereotype.Component;

/**
 * The catalogue's departments, offered to accounts for binding reporters and approvers: every one of
 * the directory that is not retired. A department of a year's table belongs here once it is linked to
 * one (at import, or on the directory page), which is what lets its users be created.
 */
@Component
class CatalogueDepartmentDirectory implements DepartmentDirectory {

	private final CatalogueStore store;

	CatalogueDepartmentDirectory(CatalogueStore store) {
		this.store = store;
	}

	@Override
	public List<DepartmentOption> departments() {
		return store.departmentOptions();
	}

	@Override
	public Map<Long, String> names() {
		return store.departmentNames();
	}

	@Override
	public Optional<DepartmentOption> department(long id) {
		return store.departmentOption(id);
	}

}
