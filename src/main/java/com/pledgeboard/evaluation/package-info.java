/**
 * Evaluation of departments: the public rating (群众评议) with verification of a mobile number by
 * one-time code, and the leadership rating (领导评价) by committee members. Offers {@code Evaluations}
 * (tallies and approved comments), {@code PublicRatings} (a citizen's way in, which the demonstration
 * takes too) and, on the gateway that sends nothing, {@code SmsOutbox}; publishes {@code AuditEvent}s. Puts leadership
 * ratings left and comments waiting for moderation on the back-office home as {@code BackOfficeTasks}.
 */
@com.pledgeboard.OwnsTables({ "evaluation_setting", "evaluation_limit", "verification_code", "public_rating", "leadership_rating" })
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package com.pledgeboard.evaluation;
