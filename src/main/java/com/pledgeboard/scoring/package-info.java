/**
 * Year-end scoring: versioned schemes, the plain-Java engine ({@code scoring.engine}), scores, ranks
 * within category, grades and their explanations. Reads the catalogue, the evaluation module's
 * tallies and {@link com.pledgeboard.scoring.FinalReadings}; listens to {@code PlanYearStateChanged}
 * to freeze the scores when a year closes; publishes {@code AuditEvent}s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scoring")
package com.pledgeboard.scoring;
