/**
 * Progress through the year: reporting periods, reports per commitment with readings per target,
 * evidence files, approval, status lights, the office's overdue list and e-mail reminders. Reads the
 * catalogue and the signed-in user through their APIs; publishes {@code AuditEvent}s for every change.
 * Offers {@code ProgressBoard} to the portal for public display (approved reports only), and what is due,
 * returned, waiting and red to the back-office home as {@code BackOfficeTasks}. Forecasts each target's
 * year-end value ({@code rules.Forecast}) and gives the office the targets projected to miss.
 */
@com.pledgeboard.OwnsTables({ "progress_schedule", "progress_report", "progress_reading", "progress_evidence", "progress_report_evidence", "progress_reminder", "progress_reviewer_light", "progress_target_measure" })
@org.springframework.modulith.ApplicationModule(displayName = "Progress")
package com.pledgeboard.progress;
