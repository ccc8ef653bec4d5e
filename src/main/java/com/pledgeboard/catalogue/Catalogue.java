package com.pledgeboard.catalogue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.i18n.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's API: reads of regions, plan years, the department directory and the entries of a
 * plan year, and the storing of a whole imported table.
 */
@Service
public class Catalogue {

	private final CatalogueStore store;

	Catalogue(CatalogueStore store) {
		this.store = store;
	}

	@Transactional(readOnly = true)
	public Optional<String> regionName(String regionCode) {
		return store.regionName(regionCode);
	}

	@Transactional(readOnly = true)
	public boolean hasAnyPlanYear() {
		return store.hasAnyPlanYear();
	}

	@Transactional(readOnly = true)
	public Optional<PlanYear> findPlanYear(String regionCode, int year) {
		return store.planYear(regionCode, year);
	}

	/** Plan years of a region, newest first. */
	@Transactional(readOnly = true)
	public List<PlanYear> planYears(String regionCode) {
		return store.planYears(regionCode);
	}

	@Transactional(readOnly = true)
	/** When the plan year was created (imported or opened): the issue date of its open data. */
	public Optional<OffsetDateTime> planYearCreated(long planYearId) {
		return store.planYearCreated(planYearId);
	}

	public Optional<PlanYear> planYear(long planYearId) {
		return store.planYear(planYearId);
	}

	/** All plan years of every region, newest first. */
	@Transactional(readOnly = true)
	public List<PlanYear> allPlanYears() {
		return store.allPlanYears();
	}

	/** An entry by id, with the plan year it belongs to. */
	@Transactional(readOnly = true)
	public Optional<EntryInYear> entryById(long entryId) {
		return store.planYearOfEntry(entryId)
			.flatMap(yearId -> planYear(yearId).flatMap(year -> entries(yearId).stream()
				.filter(e -> e.id() == entryId)
				.findFirst()
				.map(e -> new EntryInYear(year, e))));
	}

	public record EntryInYear(PlanYear planYear, DepartmentEntry entry) {
	}

	/** The departments of a region that imports resolve names against: every one not retired. */
	@Transactional(readOnly = true)
	public List<DirectoryDepartment> directory(String regionCode) {
		return store.directory(regionCode);
	}

	/** Adds a department to a region's directory, for a printed name that resolved to none. */
	@Transactional
	public long createDepartment(String regionCode, String canonicalName) {
		return store.insertDepartment(regionId(regionCode), canonicalName);
	}

	/** The entries of a plan year with their commitments and targets, in the order of the table. */
	@Transactional(readOnly = true)
	public List<DepartmentEntry> entries(long planYearId) {
		return store.entries(planYearId);
	}

	/**
	 * The name to show of each entry of a plan year, by entry id, in the order of the table: what
	 * {@link #entries} gives without the commitments and targets, for callers on a hot path.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> entryNames(long planYearId) {
		return store.entryNames(planYearId);
	}

	/** The entry of a plan year whose canonical name, or printed name when unresolved, is {@code name}. */
	@Transactional(readOnly = true)
	public Optional<DepartmentEntry> entry(long planYearId, String name) {
		return entries(planYearId).stream().filter(e -> e.displayName().equals(name)).findFirst();
	}

	/**
	 * Stores a whole table as a new plan year in the caller's transaction, creating categories as
	 * needed. Returns the new plan year's id and, per entry in order, its commitments' ids.
	 * @throws PlanYearExistsException when the region already has that plan year
	 */
	@Transactional
	public StoredTable store(NewPlanYearTable table) {
		long regionId = regionId(table.regionCode());
		if (findPlanYear(table.regionCode(), table.year()).isPresent()) {
			throw new PlanYearExistsException(table.regionCode(), table.year());
		}
		long planYearId = store.insertPlanYear(regionId, table.year(), table.state());
		Map<String, Long> categories = new LinkedHashMap<>();
		List<List<Long>> commitmentIds = new ArrayList<>(table.entries().size());
		int position = 0;
		for (NewPlanYearTable.Entry entry : table.entries()) {
			long categoryId = categories.computeIfAbsent(entry.category(), store::categoryId);
			long entryId = store.insertEntry(planYearId, entry, categoryId, ++position);
			List<Long> ids = new ArrayList<>(entry.commitments().size());
			for (NewPlanYearTable.NewCommitment c : entry.commitments()) {
				long commitmentId = store.insertCommitment(entryId, c);
				int targetPosition = 0;
				for (ExtractedTarget target : c.targets()) {
					store.insertTarget(commitmentId, ++targetPosition, target, TargetStatus.PROPOSED);
				}
				ids.add(commitmentId);
			}
			commitmentIds.add(ids);
		}
		return new StoredTable(planYearId, commitmentIds);
	}

	/**
	 * Replaces the extractor's proposals for a commitment, leaving every target a person has confirmed or
	 * edited as it is. A new proposal whose span overlaps a kept target's is dropped: the person has
	 * already decided about that part of the text. Returns the commitment's targets afterwards.
	 */
	@Transactional
	public List<Target> replaceProposedTargets(long commitmentId, List<ExtractedTarget> proposals) {
		store.deleteProposedTargets(commitmentId);
		List<Target> kept = store.targetsOf(commitmentId);
		int position = kept.stream().mapToInt(Target::position).max().orElse(0);
		for (ExtractedTarget proposal : proposals) {
			boolean decided = kept.stream().anyMatch(k -> overlaps(k.definition(), proposal));
			if (!decided) {
				store.insertTarget(commitmentId, ++position, proposal, TargetStatus.PROPOSED);
			}
		}
		return store.targetsOf(commitmentId);
	}

	private static boolean overlaps(ExtractedTarget a, ExtractedTarget b) {
		return a.spanStart() < b.spanEnd() && b.spanStart() < a.spanEnd();
	}

	/**
	 * The plan year as it stands, its row locked until the caller's transaction ends, so that work of
	 * another module on the year is serialised with the year's moves.
	 */
	@Transactional
	public PlanYear lockPlanYear(long planYearId) {
		if (!store.lockPlanYear(planYearId)) {
			throw NotFound.of("plan year " + planYearId);
		}
		return planYear(planYearId).orElseThrow();
	}

	/** The entries of a plan year whose coefficients came with the imported table, to be kept as imported. */
	@Transactional(readOnly = true)
	public Set<Long> entriesWithImportedCoefficients(long planYearId) {
		return store.entriesWithImportedCoefficients(planYearId);
	}

	/** Sets the self-assessed coefficient (自评) the difficulty workflow settled; never an imported one. */
	@Transactional
	public void setSelfCoefficient(long entryId, BigDecimal value) {
		requireOneUpdated(store.setSelfCoefficient(entryId, value), entryId);
	}

	/** Sets the assessed coefficient (评定) fixed when the rating closed; never an imported one. */
	@Transactional
	public void setAssessedCoefficient(long entryId, BigDecimal value) {
		requireOneUpdated(store.setAssessedCoefficient(entryId, value), entryId);
	}

	private static void requireOneUpdated(int updated, long entryId) {
		if (updated != 1) {
			throw new IllegalStateException("entry " + entryId + " is missing or keeps its imported coefficients");
		}
	}

	/** The gaps the year was moved on past, in the order of its moves: public, for the portal. */
	@Transactional(readOnly = true)
	public List<OverriddenGap> overriddenGaps(long planYearId) {
		return store.overriddenGaps(planYearId);
	}

	/** What {@link #store} created. */
	public record StoredTable(long planYearId, List<List<Long>> commitmentIds) {
	}

	private long regionId(String regionCode) {
		return store.regionId(regionCode).orElseThrow(() -> new UnknownRegionException(regionCode));
	}

}
