/**
 * The arithmetic of difficulty coefficients, plain Java without Spring or a database: the bounds of a
 * plan year, the aggregation of ratings and the calibration of self-assessed against assessed values.
 * The calibration's records are what the portal shows and answers as JSON, so it reads them through
 * this named interface.
 */
@org.springframework.modulith.NamedInterface("rules")
package com.pledgeboard.difficulty.rules;
