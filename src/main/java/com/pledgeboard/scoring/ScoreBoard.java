package com.pledgeboard.scoring;

import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.scoring.engine.YearResult;

/**
 * A plan year's scores as a page shows them: under which scheme version, whether frozen (the year is
 * closed) or computed now, and the ranked result with its explanations.
 */
public record ScoreBoard(PlanYear planYear, int schemeVersion, boolean frozen, YearResult result) {
}
