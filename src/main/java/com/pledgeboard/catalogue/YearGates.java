package com.pledgeboard.catalogue;

import java.util.List;

import com.pledgeboard.office.BackOfficeTasks;

/**
 * What a module finds missing before a plan year moves on (the checklist of a move): unconfirmed
 * targets, coefficients not settled, reports not approved, targets without a final reading and so on.
 * Each module with work that a stage should finish offers a bean of this type; the catalogue, which
 * owns the moves, collects every one in {@code @Order}, shows the checklist before each move and lets
 * the office move on past a gap only with an explicit override and a reason. It lives in the catalogue
 * because every module with gaps depends on the catalogue, and the catalogue on none of them; its items
 * are the back-office home's ({@link BackOfficeTasks.Item}).
 */
public interface YearGates {

	/** What is missing, from this module's side, before {@code year} moves to {@code to}; empty when nothing is. */
	List<Gap> gapsBefore(PlanYear year, PlanYearState to);

	/**
	 * One kind of thing missing.
	 *
	 * @param kind a stable code: stored with an override, named in its audit entry, and the message
	 * {@code gate.<kind>} (with the count as its argument) says what it is
	 * @param count how many are missing, more than none
	 * @param link the back-office page where it is fixed
	 * @param items where they are, each linking to where it is fixed; at most {@link BackOfficeTasks#SHOWN}
	 * are kept
	 */
	record Gap(String kind, int count, String link, List<BackOfficeTasks.Item> items) {

		public Gap {
			if (count <= 0) {
				throw new IllegalArgumentException("a gap has something missing: " + kind);
			}
			items = List.copyOf(items.subList(0, Math.min(items.size(), BackOfficeTasks.SHOWN)));
		}

		/** What is missing, in the words of the bundles. */
		public BackOfficeTasks.Text text() {
			return BackOfficeTasks.Text.of("gate." + kind, count);
		}

	}

}
