/**
 * The catalogue: regions, plan years, categories, departments with their aliases, a department's
 * entry in a plan year, commitments and their targets. Publishes {@code PlanYearStateChanged}. Defines
 * {@code YearGates}, through which a module names what is missing before a year moves on, and
 * {@code CommitmentNotes}, through which a module notes something beside a commitment on a department's page.
 */
@com.pledgeboard.OwnsTables(value = { "region", "plan_year", "category", "department", "department_alias", "department_entry", "commitment", "target", "plan_year_gap_override" },
		published = { "v_commitment_scope", "v_target_scope" })
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package com.pledgeboard.catalogue;
