package com.pledgeboard.progress;

import java.util.List;

import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.i18n.NotFound;

import org.springframework.stereotype.Component;

/**
 * Where a commitment lives, for deciding who may report on it and what its targets are. Promise
 * targets only: a baseline (2021年排名全省第六) is not reported on.
 */
@Component
class CommitmentPlace {

	record Place(PlanYear year, DepartmentEntry entry, Commitment commitment) {

		Long departmentId() {
			return entry.departmentId();
		}

		List<Target> targets() {
			return promises(commitment);
		}

	}

	private final ProgressStore store;

	private final Catalogue catalogue;

	CommitmentPlace(ProgressStore store, Catalogue catalogue) {
		this.store = store;
		this.catalogue = catalogue;
	}

	static List<Target> promises(Commitment commitment) {
		return commitment.targets().stream().filter(t -> !t.definition().isBaseline()).toList();
	}

	Place of(long commitmentId) {
		long entryId = store.entryOfCommitment(commitmentId)
			.orElseThrow(() -> NotFound.of("commitment " + commitmentId));
		Catalogue.EntryInYear found = catalogue.entryById(entryId)
			.orElseThrow(() -> NotFound.of("entry " + entryId));
		Commitment commitment = found.entry().commitments().stream().filter(c -> c.id() == commitmentId).findFirst()
			.orElseThrow(() -> NotFound.of("commitment " + commitmentId));
		return new Place(found.planYear(), found.entry(), commitment);
	}

	Place ofTarget(long targetId) {
		return of(store.commitmentOfTarget(targetId)
			.orElseThrow(() -> NotFound.of("target " + targetId)));
	}

	Place ofReport(long reportId) {
		return of(store.commitmentOfReport(reportId)
			.orElseThrow(() -> NotFound.of("report " + reportId)));
	}

}
