package com.pledgeboard.ambition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.Target;
import com.pledgeboard.extraction.AmbitionCheck;
import com.pledgeboard.extraction.AmbitionFinding;
import com.pledgeboard.extraction.EarlierReading;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.rules.Goal;
import com.pledgeboard.scoring.Reading;
import com.pledgeboard.scoring.Scoring;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the checks of ambition ({@link AmbitionCheck}) over the catalogue's commitments as they stand, with
 * what each department reached in the earlier plan years of its region: every target of those years with a
 * final reading (scoring's, from approved reports or the office's hand entries). "Less" is read by
 * {@link Goal}, the rule of lights and scoring. Not authorised here; the callers are.
 */
@Service
class AmbitionReview {

	private final AmbitionCheck check = new AmbitionCheck(t -> Goal.of(t).lessIsBetter());

	private final Catalogue catalogue;

	private final Scoring scoring;

	AmbitionReview(Catalogue catalogue, Scoring scoring) {
		this.catalogue = catalogue;
		this.scoring = scoring;
	}

	/** A finding on a commitment of a stored year, with where it is. */
	record Row(DepartmentEntry entry, Commitment commitment, AmbitionFinding finding) {
	}

	/** The findings on every commitment of a year, in the order of the table. */
	@Transactional(readOnly = true)
	public List<Row> ofYear(PlanYear year) {
		List<DepartmentEntry> entries = catalogue.entries(year.id());
		Map<Long, List<EarlierReading>> earlier = earlier(year.regionCode(), year.year());
		List<Row> rows = new ArrayList<>();
		for (DepartmentEntry entry : entries) {
			rows.addAll(ofEntry(year, entry, earlier.getOrDefault(entry.departmentId(), List.of())));
		}
		return rows;
	}

	/** The findings on one department's commitments. */
	@Transactional(readOnly = true)
	public List<Row> ofEntry(PlanYear year, DepartmentEntry entry) {
		return ofEntry(year, entry, earlier(year.regionCode(), year.year()).getOrDefault(entry.departmentId(), List.of()));
	}

	private List<Row> ofEntry(PlanYear year, DepartmentEntry entry, List<EarlierReading> earlier) {
		List<Row> rows = new ArrayList<>();
		for (Commitment c : entry.commitments()) {
			List<ExtractedTarget> targets = c.targets().stream().map(Target::definition).toList();
			for (AmbitionFinding f : check.check(c.description(), year.year(), targets, earlier)) {
				rows.add(new Row(entry, c, f));
			}
		}
		return rows;
	}

	/**
	 * The findings on an upload's commitment: on the extractor's proposals, as the import will store them.
	 * @param departmentId the directory's department the reviewer linked, or {@code null}
	 */
	public List<AmbitionFinding> ofDraft(String description, int year, Long departmentId,
			Map<Long, List<EarlierReading>> earlier) {
		return check.check(description, year, null,
				departmentId == null ? List.of() : earlier.getOrDefault(departmentId, List.of()));
	}

	/**
	 * What each department (by directory id) reached in the plan years of the region before {@code year}:
	 * every target, baselines aside, with a final reading that is a number.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<EarlierReading>> earlier(String regionCode, int year) {
		Map<Long, List<EarlierReading>> byDepartment = new HashMap<>();
		for (PlanYear before : catalogue.planYears(regionCode)) {
			if (before.year() >= year) {
				continue;
			}
			Map<Long, Reading> finals = scoring.finalReadings(before.id());
			if (finals.isEmpty()) {
				continue;
			}
			for (DepartmentEntry e : catalogue.entries(before.id())) {
				if (e.departmentId() == null) {
					continue;
				}
				for (Commitment c : e.commitments()) {
					for (Target t : c.targets()) {
						Reading r = finals.get(t.id());
						if (r != null && r.value() != null && !t.definition().isBaseline()) {
							byDepartment.computeIfAbsent(e.departmentId(), k -> new ArrayList<>())
								.add(new EarlierReading(before.year(), t.definition(), r.value()));
						}
					}
				}
			}
		}
		return byDepartment;
	}

	/** How many findings of each kind, over some rows, in the order of the kinds. */
	static Map<AmbitionFinding.Kind, Long> counts(List<Row> rows) {
		Map<AmbitionFinding.Kind, Long> counts = new LinkedHashMap<>();
		for (AmbitionFinding.Kind kind : AmbitionFinding.Kind.values()) {
			counts.put(kind, rows.stream().filter(r -> r.finding().kind() == kind).count());
		}
		return counts;
	}

	/** How many commitments have nothing measurable. */
	static long unmeasurable(List<Row> rows) {
		return rows.stream().filter(r -> r.finding().kind().unmeasurable()).map(r -> r.commitment().id()).distinct().count();
	}

}
