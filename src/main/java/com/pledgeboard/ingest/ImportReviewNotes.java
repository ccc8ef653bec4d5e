package com.pledgeboard.ingest;

import java.util.List;
import java.util.Locale;

/**
 * More to look at in an upload under review, from modules that know more about a commitment than the
 * import, such as the checks of ambition. A module offers a bean of this type; the review page shows each
 * bean's section, in {@link org.springframework.core.annotation.Order order}, after the import's own doubts.
 * The review page is the office's, so a section may say what is not yet public.
 */
public interface ImportReviewNotes {

	/** The section on this draft in the reader's language; {@code null} when there is nothing to say. */
	Section sectionOn(ImportDraft draft, Locale locale);

	/** A heading, a line summing up, and the notes. */
	record Section(String heading, String summary, List<Note> notes) {

		public Section {
			notes = List.copyOf(notes);
		}

	}

	/**
	 * One note on a commitment of the draft.
	 * @param department the department's index in the draft
	 * @param commitmentNo the commitment's number in its department
	 */
	record Note(int department, int commitmentNo, String commitmentTitle, String title, String reason) {
	}

}
