/**
 * The arithmetic of difficulty coefficients, plain Java without Spring or a database: the bounds of a
 * plan year, the aggregation of ratings and the calibration of self-assessed against assessed values.
 */
package com.pledgeboard.difficulty.rules;
