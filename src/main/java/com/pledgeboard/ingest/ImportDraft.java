package com.pledgeboard.ingest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An upload waiting for review: the table as read, resolved against the directory and fixed by the
 * reviewer since. Nothing of it is in the catalogue until it is committed.
 */
public record ImportDraft(long id, String createdBy, Instant createdAt, String sourceName, DocumentFormat format,
		String regionCode, int year, Body body) {

	/**
	 * What is stored as JSON.
	 * @param cells where cells came from on the pages, with the engine's and the OCR's doubts
	 * @param recognised whether the table was read by OCR: then committing needs the reviewer's confirmation
	 */
	public record Body(List<Department> departments, List<ImportWarning> warnings, List<SourceCell> cells, Boolean recognised) {

		public Body {
			departments = List.copyOf(departments);
			warnings = List.copyOf(warnings);
			cells = cells == null ? List.of() : List.copyOf(cells);
			// drafts stored before OCR carry neither field
			recognised = Boolean.TRUE.equals(recognised);
		}

	}

	/**
	 * @param departmentId the directory's department, chosen by resolution or by the reviewer; {@code null} while unresolved
	 * @param resolution how the printed name resolved: {@code EXACT}, {@code ALIAS}, {@code FRAGMENT},
	 * {@code AMBIGUOUS}, {@code UNKNOWN}, or {@code CHOSEN} once the reviewer picked one, or {@link #NEW}
	 * once the reviewer chose to create a department named as printed when the draft is committed
	 * @param candidates the directory names an ambiguous name fits
	 */
	public record Department(String nameInText, Long departmentId, String resolution, List<String> candidates,
			String category, BigDecimal selfCoefficient, BigDecimal assessedCoefficient, int line, List<Item> commitments) {

		public static final String NEW = "NEW";

		public Department {
			candidates = List.copyOf(candidates);
			commitments = List.copyOf(commitments);
		}

		/** Whether the reviewer chose to create a department for this name when the draft is committed. */
		public boolean createsDepartment() {
			return NEW.equals(resolution);
		}

	}

	public record Item(int no, String title, String description, int line) {
	}

	public int commitmentCount() {
		return body.departments().stream().mapToInt(d -> d.commitments().size()).sum();
	}

}
