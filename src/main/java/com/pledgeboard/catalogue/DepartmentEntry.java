package com.pledgeboard.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * A department's entry in a plan year with its commitments. {@code name} is the canonical name, or
 * {@code null} while the printed name ({@code nameInText}) is unresolved.
 */
public record DepartmentEntry(long id, Long departmentId, String name, String nameInText, String category,
		int position, BigDecimal selfCoefficient, BigDecimal assessedCoefficient, List<Commitment> commitments) {

	/** The name to show: canonical where known, else as printed. */
	public String displayName() {
		return name != null ? name : nameInText;
	}

	public boolean resolved() {
		return departmentId != null;
	}

}
