package com.pledgeboard.catalogue;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.i18n.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's API: reads of regions, plan years, the department directory and the entries of a
 * plan year, and the storing of a whole imported table.
 */
@Service
public class Catalogue {

	private final JdbcClient jdbc;

	private final TargetRows targets;

	Catalogue(JdbcClient jdbc, TargetRows targets) {
		this.jdbc = jdbc;
		this.targets = targets;
	}

	@Transactional(readOnly = true)
	public Optional<String> regionName(String regionCode) {
		return jdbc.sql("select name from region where code = ?").param(regionCode).query(String.class).optional();
	}

	@Transactional(readOnly = true)
	public boolean hasAnyPlanYear() {
		return jdbc.sql("select count(*) from plan_year").query(Long.class).single() > 0;
	}

	@Transactional(readOnly = true)
	public Optional<PlanYear> findPlanYear(String regionCode, int year) {
		return jdbc.sql(PLAN_YEAR_SELECT + " where r.code = ? and p.year_number = ?")
			.params(regionCode, year)
			.query(Catalogue::planYear)
			.optional();
	}

	/** Plan years of a region, newest first. */
	@Transactional(readOnly = true)
	public List<PlanYear> planYears(String regionCode) {
		return jdbc.sql(PLAN_YEAR_SELECT + " where r.code = ? order by p.year_number desc")
			.param(regionCode)
			.query(Catalogue::planYear)
			.list();
	}

	@Transactional(readOnly = true)
	/** When the plan year was created (imported or opened): the issue date of its open data. */
	public Optional<OffsetDateTime> planYearCreated(long planYearId) {
		return jdbc.sql("select created_at from plan_year where id = ?").param(planYearId).query(OffsetDateTime.class)
			.optional();
	}

	public Optional<PlanYear> planYear(long planYearId) {
		return jdbc.sql(PLAN_YEAR_SELECT + " where p.id = ?").param(planYearId).query(Catalogue::planYear).optional();
	}

	/** All plan years of every region, newest first. */
	@Transactional(readOnly = true)
	public List<PlanYear> allPlanYears() {
		return jdbc.sql(PLAN_YEAR_SELECT + " order by p.year_number desc, r.code").query(Catalogue::planYear).list();
	}

	/** An entry by id, with the plan year it belongs to. */
	@Transactional(readOnly = true)
	public Optional<EntryInYear> entryById(long entryId) {
		return jdbc.sql("select plan_year_id from department_entry where id = ?")
			.param(entryId)
			.query(Long.class)
			.optional()
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
		Map<Long, String> names = new LinkedHashMap<>();
		Map<Long, Set<String>> aliases = new LinkedHashMap<>();
		jdbc.sql("""
				select d.id, d.canonical_name, a.alias from department d
				join region r on r.id = d.region_id
				left join department_alias a on a.department_id = d.id
				where r.code = ? and d.retired_at is null order by d.id, a.id""").param(regionCode).query(rs -> {
			long id = rs.getLong(1);
			names.put(id, rs.getString(2));
			Set<String> set = aliases.computeIfAbsent(id, k -> new LinkedHashSet<>());
			String alias = rs.getString(3);
			if (alias != null) {
				set.add(alias);
			}
		});
		List<DirectoryDepartment> result = new ArrayList<>(names.size());
		names.forEach((id, name) -> result.add(new DirectoryDepartment(id, name, Set.copyOf(aliases.get(id)))));
		return result;
	}

	/** Adds a department to a region's directory, for a printed name that resolved to none. */
	@Transactional
	public long createDepartment(String regionCode, String canonicalName) {
		long regionId = regionId(regionCode);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into department (region_id, canonical_name) values (?, ?)")
			.params(regionId, canonicalName)
			.update(keys, "id");
		return key(keys);
	}

	/** The entries of a plan year with their commitments and targets, in the order of the table. */
	@Transactional(readOnly = true)
	public List<DepartmentEntry> entries(long planYearId) {
		Map<Long, List<Target>> targetsByCommitment = targets.byCommitment(planYearId);
		Map<Long, List<Commitment>> commitments = new LinkedHashMap<>();
		jdbc.sql("""
				select c.entry_id, c.id, c.no, c.title, c.description from commitment c
				join department_entry e on e.id = c.entry_id
				where e.plan_year_id = ? order by c.entry_id, c.no""").param(planYearId).query(rs -> {
			commitments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Commitment(rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
						targetsByCommitment.getOrDefault(rs.getLong(2), List.of())));
		});
		return jdbc.sql(ENTRY_SELECT + " where e.plan_year_id = ? order by e.position")
			.param(planYearId)
			.query((rs, n) -> entry(rs, commitments.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/**
	 * The name to show of each entry of a plan year, by entry id, in the order of the table: what
	 * {@link #entries} gives without the commitments and targets, for callers on a hot path.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> entryNames(long planYearId) {
		Map<Long, String> names = new LinkedHashMap<>();
		jdbc.sql("""
				select e.id, coalesce(d.canonical_name, e.name_in_text) from department_entry e
				left join department d on d.id = e.department_id
				where e.plan_year_id = ? order by e.position""").param(planYearId).query(rs -> {
			names.put(rs.getLong(1), rs.getString(2));
		});
		return names;
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
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into plan_year (region_id, year_number, state) values (?, ?, ?)")
			.params(regionId, table.year(), table.state().name())
			.update(keys, "id");
		long planYearId = key(keys);
		Map<String, Long> categories = new LinkedHashMap<>();
		List<List<Long>> commitmentIds = new ArrayList<>(table.entries().size());
		int position = 0;
		for (NewPlanYearTable.Entry entry : table.entries()) {
			long categoryId = categories.computeIfAbsent(entry.category(), this::categoryId);
			keys = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into department_entry (plan_year_id, department_id, category_id, name_in_text, position,
					  self_coefficient, assessed_coefficient, coefficients_imported) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(planYearId, entry.departmentId(), categoryId, entry.nameInText(), ++position,
						entry.selfCoefficient(), entry.assessedCoefficient(),
						entry.selfCoefficient() != null || entry.assessedCoefficient() != null)
				.update(keys, "id");
			long entryId = key(keys);
			List<Long> ids = new ArrayList<>(entry.commitments().size());
			for (NewPlanYearTable.NewCommitment c : entry.commitments()) {
				keys = new GeneratedKeyHolder();
				jdbc.sql("insert into commitment (entry_id, no, title, description) values (?, ?, ?, ?)")
					.params(entryId, c.no(), c.title(), c.description())
					.update(keys, "id");
				long commitmentId = key(keys);
				int targetPosition = 0;
				for (ExtractedTarget target : c.targets()) {
					targets.insert(commitmentId, ++targetPosition, target, TargetStatus.PROPOSED);
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
		targets.deleteProposed(commitmentId);
		List<Target> kept = targets.ofCommitment(commitmentId);
		int position = kept.stream().mapToInt(Target::position).max().orElse(0);
		for (ExtractedTarget proposal : proposals) {
			boolean decided = kept.stream().anyMatch(k -> overlaps(k.definition(), proposal));
			if (!decided) {
				targets.insert(commitmentId, ++position, proposal, TargetStatus.PROPOSED);
			}
		}
		return targets.ofCommitment(commitmentId);
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
		jdbc.sql("select id from plan_year where id = ? for update").param(planYearId).query(Long.class).optional()
			.orElseThrow(() -> NotFound.of("plan year " + planYearId));
		return planYear(planYearId).orElseThrow();
	}

	/** The entries of a plan year whose coefficients came with the imported table, to be kept as imported. */
	@Transactional(readOnly = true)
	public Set<Long> entriesWithImportedCoefficients(long planYearId) {
		return Set.copyOf(jdbc.sql("select id from department_entry where plan_year_id = ? and coefficients_imported")
			.param(planYearId)
			.query(Long.class)
			.list());
	}

	/** Sets the self-assessed coefficient (自评) the difficulty workflow settled; never an imported one. */
	@Transactional
	public void setSelfCoefficient(long entryId, BigDecimal value) {
		setCoefficient("self_coefficient", entryId, value);
	}

	/** Sets the assessed coefficient (评定) fixed when the rating closed; never an imported one. */
	@Transactional
	public void setAssessedCoefficient(long entryId, BigDecimal value) {
		setCoefficient("assessed_coefficient", entryId, value);
	}

	private void setCoefficient(String column, long entryId, BigDecimal value) {
		int updated = jdbc.sql("update department_entry set " + column + " = ? where id = ? and not coefficients_imported")
			.params(value, entryId)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("entry " + entryId + " is missing or keeps its imported coefficients");
		}
	}

	/** The gaps the year was moved on past, in the order of its moves: public, for the portal. */
	@Transactional(readOnly = true)
	public List<OverriddenGap> overriddenGaps(long planYearId) {
		return jdbc.sql("""
				select from_state, to_state, gap_kind, gap_count, reason, overridden_at from plan_year_gap_override
				where plan_year_id = ? order by id""")
			.param(planYearId)
			.query((rs, n) -> new OverriddenGap(PlanYearState.valueOf(rs.getString(1)), PlanYearState.valueOf(rs.getString(2)),
					rs.getString(3), rs.getInt(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
			.list();
	}

	/** What {@link #store} created. */
	public record StoredTable(long planYearId, List<List<Long>> commitmentIds) {
	}

	private long categoryId(String name) {
		Optional<Long> existing = jdbc.sql("select id from category where name = ?").param(name).query(Long.class).optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into category (name) values (?)").param(name).update(keys, "id");
		return key(keys);
	}

	private long regionId(String regionCode) {
		return jdbc.sql("select id from region where code = ?")
			.param(regionCode)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new UnknownRegionException(regionCode));
	}

	private static long key(GeneratedKeyHolder keys) {
		return keys.getKeyAs(Long.class);
	}

	private static final String PLAN_YEAR_SELECT = """
			select p.id, r.code, r.name, p.year_number, p.state from plan_year p join region r on r.id = p.region_id""";

	private static final String ENTRY_SELECT = """
			select e.id, e.department_id, d.canonical_name, e.name_in_text, c.name as category, e.position,
			  e.self_coefficient, e.assessed_coefficient
			from department_entry e
			join category c on c.id = e.category_id
			left join department d on d.id = e.department_id""";

	private static PlanYear planYear(ResultSet rs, int row) throws SQLException {
		return new PlanYear(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
				PlanYearState.valueOf(rs.getString(5)));
	}

	private static DepartmentEntry entry(ResultSet rs, List<Commitment> commitments) throws SQLException {
		// Read as an object: wasNull() after another column would tell about that column, not this one.
		return new DepartmentEntry(rs.getLong("id"), rs.getObject("department_id", Long.class), rs.getString("canonical_name"),
				rs.getString("name_in_text"), rs.getString("category"), rs.getInt("position"),
				Coefficients.normalise(rs.getBigDecimal("self_coefficient")),
				Coefficients.normalise(rs.getBigDecimal("assessed_coefficient")), List.copyOf(commitments));
	}

}
