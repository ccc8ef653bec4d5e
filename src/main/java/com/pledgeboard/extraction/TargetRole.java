package com.pledgeboard.extraction;

/**
 * Whether a number is promised ({@link #TARGET}) or only states where things stood
 * ({@link #BASELINE}, e.g. 2021年排名全省第六); scoring ignores baselines.
 */
public enum TargetRole {

	TARGET, BASELINE

}
