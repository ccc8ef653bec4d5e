package com.pledgeboard.ingest;

import java.util.List;

import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.office.BackOfficeTasks;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Import on the back-office home: the office sees the uploads read but not yet committed or cancelled.
 */
@Component
@Order(50)
class ImportTasks implements BackOfficeTasks {

	private final ImportDrafts drafts;

	ImportTasks(ImportDrafts drafts) {
		this.drafts = drafts;
	}

	@Override
	public List<Section> sectionsFor(SignedInUser user) {
		if (!ImportPolicy.canImport(user)) {
			return List.of();
		}
		return List.of(Section.todo(Text.of("import.pending"), null, drafts.pending()
			.stream()
			.map(d -> Item.of(Text.of("import.pendingItem", d.sourceName(), d.year(), d.createdBy()), "/admin/import/" + d.id()))
			.toList(), "/admin/import"));
	}

}
