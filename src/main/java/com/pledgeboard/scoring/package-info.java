/**
 * Year-end scoring: versioned schemes, the plain-Java engine ({@code scoring.engine}), scores, ranks
 * within category, grades and their explanations, and the final readings the office enters by hand
 * and the grades reviewers give while a year is assessed. Reads the catalogue, the evaluation module's
 * tallies and {@link com.pledgeboard.scoring.FinalReadings}; listens to {@code PlanYearStateChanged}
 * to freeze the scores when a year closes; publishes {@code AuditEvent}s; offers its to-dos to the
 * back-office home ({@code BackOfficeTasks}).
 */
@com.pledgeboard.OwnsTables({ "scoring_scheme", "final_reading", "frozen_score" })
@org.springframework.modulith.ApplicationModule(displayName = "Scoring")
package com.pledgeboard.scoring;
