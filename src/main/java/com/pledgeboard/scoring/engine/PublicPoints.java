package com.pledgeboard.scoring.engine;

import java.math.BigDecimal;

/** The points of the three answers of the public evaluation (群众评议), out of 100. */
public record PublicPoints(BigDecimal satisfied, BigDecimal fairlySatisfied, BigDecimal unsatisfied) {
}
