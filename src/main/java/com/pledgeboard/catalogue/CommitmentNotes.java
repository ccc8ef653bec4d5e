package com.pledgeboard.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Notes on a department's commitments for its page in the back office ({@code /admin/entries/{id}}), from
 * modules that know more about a commitment than the catalogue, such as the checks of ambition while a
 * year is drafted. The page collects every bean of this type in {@code @Order} after it has authorised the
 * reader; it lives in the catalogue for the reason {@link YearGates} does.
 */
public interface CommitmentNotes {

	/** Notes on the entry's commitments by commitment id, in the reader's language; none where there is nothing to say. */
	Map<Long, List<Note>> notesOn(PlanYear year, DepartmentEntry entry, Locale locale);

	/** One note: what it is about (a short title) and why. */
	record Note(String title, String reason) {
	}

}
