/**
 * The catalogue: regions, plan years, categories, departments with their aliases, a department's
 * entry in a plan year, commitments and their targets. Publishes {@code PlanYearStateChanged}. Defines
 * {@code BackOfficeTasks}, through which every module puts what waits for a user on the back-office home, and
 * {@code CommitmentNotes}, through which a module notes something beside a commitment on a department's page.
 */
@com.pledgeboard.OwnsTables(value = { "region", "plan_year", "category", "department", "department_alias", "department_entry", "commitment", "target", "plan_year_gap_override" },
		published = { "v_commitment_scope", "v_target_scope" })
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package com.pledgeboard.catalogue;
