/**
 * Rules that more than one module must apply alike, as plain Java: how a typed reading of a target is
 * read ({@code Measurement}), when a reading attains its target ({@code Goal}), and the mean of
 * committee ratings ({@code TrimmedMean}) that difficulty coefficients and leadership scores share.
 * Progress lights and year-end scoring both judge by these, so that a reading means one thing
 * everywhere. Publishes and listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared rules")
package com.pledgeboard.rules;
