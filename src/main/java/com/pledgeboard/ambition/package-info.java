/**
 * Checks of ambition and measurability while a plan year is drafted: commitments with nothing measurable
 * or only words of effort, targets asking for less than the department reached the year before or than the
 * baseline the text states, stretches short of the committed value and rank floors above the aim. The
 * rules are the extraction module's {@code AmbitionCheck}; this module feeds it the catalogue's commitments
 * and scoring's final readings of earlier years, puts its findings on the import review
 * ({@code ImportReviewNotes}) and on a department's draft page ({@code CommitmentNotes}), and gives the
 * office a year-wide summary with a CSV export. Publishes and listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ambition")
package com.pledgeboard.ambition;
