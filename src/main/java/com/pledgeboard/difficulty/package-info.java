/**
 * Difficulty coefficients (难度系数): the bounds of a plan year, departments' self-assessments, the
 * committee's ratings, their aggregation and the office's overrides, and the calibration of
 * self-assessed against assessed values. Writes the settled values to the catalogue's entries through
 * the {@code Catalogue} API; listens to {@code PlanYearStateChanged} (a year published while its
 * rating is open has the rating closed first); publishes {@code AuditEvent}s for every change. Puts the
 * ratings and self-assessments still to do on the back-office home as {@code BackOfficeTasks}. At a
 * year's close, sets the assessed coefficients against attainment, read from {@code Scoring}'s frozen
 * results.
 */
@com.pledgeboard.OwnsTables({ "difficulty_settings", "difficulty_self", "difficulty_rating", "difficulty_result", "difficulty_override" })
@org.springframework.modulith.ApplicationModule(displayName = "Difficulty")
package com.pledgeboard.difficulty;
