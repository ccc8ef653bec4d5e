package com.pledgeboard.catalogue;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.pledgeboard.account.DepartmentDirectory.DepartmentOption;
import com.pledgeboard.extraction.Direction;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.extraction.TargetRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The catalogue module's persistence home: every SQL statement on its tables (regions, the department
 * directory and its aliases, plan years and their overridden gaps, categories, entries, commitments and
 * targets). It checks nothing and opens no transaction: {@link Catalogue}, {@link CatalogueEditing},
 * {@link DirectoryEditing} and the directory offered to accounts hold the rules and checks and call it
 * inside their transactions.
 */
@Component
class CatalogueStore {

	private static final String PLAN_YEAR_SELECT = """
			select p.id, r.code, r.name, p.year_number, p.state from plan_year p join region r on r.id = p.region_id""";

	private static final String ENTRY_SELECT = """
			select e.id, e.department_id, d.canonical_name, e.name_in_text, c.name as category, e.position,
			  e.self_coefficient, e.assessed_coefficient
			from department_entry e
			join category c on c.id = e.category_id
			left join department d on d.id = e.department_id""";

	private static final String DEPARTMENT_OPTION_SELECT = """
			select d.id, d.canonical_name, r.name from department d join region r on r.id = d.region_id""";

	private static final String TARGET_COLUMNS = "commitment_id, position, kind, metric, op, target_value, unit, "
			+ "stretch, floor_value, scope, direction, basis, due_date, span, span_start, span_end, status";

	private static final String QUALIFIED_TARGET_COLUMNS = "t." + TARGET_COLUMNS.replace(", ", ", t.");

	private final JdbcClient jdbc;

	CatalogueStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Regions

	Optional<String> regionName(String regionCode) {
		return jdbc.sql("select name from region where code = ?").param(regionCode).query(String.class).optional();
	}

	Optional<Long> regionId(String regionCode) {
		return jdbc.sql("select id from region where code = ?").param(regionCode).query(Long.class).optional();
	}

	List<DirectoryEditing.RegionOption> regions() {
		return jdbc.sql("select code, name from region order by code")
			.query((rs, n) -> new DirectoryEditing.RegionOption(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** The region's id, its row locked until the caller's transaction ends; empty where there is no such region. */
	Optional<Long> lockRegion(String regionCode) {
		return jdbc.sql("select id from region where code = ? for update").param(regionCode).query(Long.class).optional();
	}

	/** Locks the region's row until the caller's transaction ends. */
	void lockRegion(long regionId) {
		jdbc.sql("select id from region where id = ? for update").param(regionId).query(Long.class).single();
	}

	// Plan years

	boolean hasAnyPlanYear() {
		return jdbc.sql("select count(*) from plan_year").query(Long.class).single() > 0;
	}

	Optional<PlanYear> planYear(String regionCode, int year) {
		return jdbc.sql(PLAN_YEAR_SELECT + " where r.code = ? and p.year_number = ?")
			.params(regionCode, year)
			.query(CatalogueStore::planYear)
			.optional();
	}

	Optional<PlanYear> planYear(long planYearId) {
		return jdbc.sql(PLAN_YEAR_SELECT + " where p.id = ?").param(planYearId).query(CatalogueStore::planYear).optional();
	}

	/** Plan years of a region, newest first. */
	List<PlanYear> planYears(String regionCode) {
		return jdbc.sql(PLAN_YEAR_SELECT + " where r.code = ? order by p.year_number desc")
			.param(regionCode)
			.query(CatalogueStore::planYear)
			.list();
	}

	/** All plan years of every region, newest first. */
	List<PlanYear> allPlanYears() {
		return jdbc.sql(PLAN_YEAR_SELECT + " order by p.year_number desc, r.code").query(CatalogueStore::planYear).list();
	}

	Optional<OffsetDateTime> planYearCreated(long planYearId) {
		return jdbc.sql("select created_at from plan_year where id = ?").param(planYearId).query(OffsetDateTime.class)
			.optional();
	}

	/** Locks the plan year's row until the caller's transaction ends; false where there is no such year. */
	boolean lockPlanYear(long planYearId) {
		return jdbc.sql("select id from plan_year where id = ? for update").param(planYearId).query(Long.class).optional()
			.isPresent();
	}

	long insertPlanYear(long regionId, int year, PlanYearState state) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into plan_year (region_id, year_number, state) values (?, ?, ?)")
			.params(regionId, year, state.name())
			.update(keys, "id");
		return key(keys);
	}

	void setState(long planYearId, PlanYearState state) {
		jdbc.sql("update plan_year set state = ? where id = ?").params(state.name(), planYearId).update();
	}

	void insertGapOverride(long planYearId, PlanYearState from, PlanYearState to, String gapKind, int gapCount,
			String reason, String overriddenBy, OffsetDateTime overriddenAt) {
		jdbc.sql("""
				insert into plan_year_gap_override (plan_year_id, from_state, to_state, gap_kind, gap_count, reason,
				  overridden_by, overridden_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(planYearId, from.name(), to.name(), gapKind, gapCount, reason, overriddenBy, overriddenAt)
			.update();
	}

	/** The gaps the year was moved on past, in the order of its moves. */
	List<OverriddenGap> overriddenGaps(long planYearId) {
		return jdbc.sql("""
				select from_state, to_state, gap_kind, gap_count, reason, overridden_at from plan_year_gap_override
				where plan_year_id = ? order by id""")
			.param(planYearId)
			.query((rs, n) -> new OverriddenGap(PlanYearState.valueOf(rs.getString(1)), PlanYearState.valueOf(rs.getString(2)),
					rs.getString(3), rs.getInt(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
			.list();
	}

	/** The id of the category so named, created now where there is none. */
	long categoryId(String name) {
		Optional<Long> existing = jdbc.sql("select id from category where name = ?").param(name).query(Long.class).optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into category (name) values (?)").param(name).update(keys, "id");
		return key(keys);
	}

	// Entries and commitments

	Optional<Long> planYearOfEntry(long entryId) {
		return jdbc.sql("select plan_year_id from department_entry where id = ?").param(entryId).query(Long.class).optional();
	}

	/** The entries of a plan year with their commitments and targets, in the order of the table. */
	List<DepartmentEntry> entries(long planYearId) {
		Map<Long, List<Target>> targetsByCommitment = targetsByCommitment(planYearId);
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

	/** The name to show of each entry of a plan year, by entry id, in the order of the table. */
	Map<Long, String> entryNames(long planYearId) {
		Map<Long, String> names = new LinkedHashMap<>();
		jdbc.sql("""
				select e.id, coalesce(d.canonical_name, e.name_in_text) from department_entry e
				left join department d on d.id = e.department_id
				where e.plan_year_id = ? order by e.position""").param(planYearId).query(rs -> {
			names.put(rs.getLong(1), rs.getString(2));
		});
		return names;
	}

	long insertEntry(long planYearId, NewPlanYearTable.Entry entry, long categoryId, int position) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into department_entry (plan_year_id, department_id, category_id, name_in_text, position,
				  self_coefficient, assessed_coefficient, coefficients_imported) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(planYearId, entry.departmentId(), categoryId, entry.nameInText(), position, entry.selfCoefficient(),
					entry.assessedCoefficient(), entry.selfCoefficient() != null || entry.assessedCoefficient() != null)
			.update(keys, "id");
		return key(keys);
	}

	long insertCommitment(long entryId, NewPlanYearTable.NewCommitment c) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into commitment (entry_id, no, title, description) values (?, ?, ?, ?)")
			.params(entryId, c.no(), c.title(), c.description())
			.update(keys, "id");
		return key(keys);
	}

	/** The entries of a plan year whose coefficients came with the imported table. */
	Set<Long> entriesWithImportedCoefficients(long planYearId) {
		return Set.copyOf(jdbc.sql("select id from department_entry where plan_year_id = ? and coefficients_imported")
			.param(planYearId)
			.query(Long.class)
			.list());
	}

	/** Sets the self-assessed coefficient of an entry whose coefficients were not imported; returns the rows updated. */
	int setSelfCoefficient(long entryId, BigDecimal value) {
		return setCoefficient("self_coefficient", entryId, value);
	}

	/** Sets the assessed coefficient of an entry whose coefficients were not imported; returns the rows updated. */
	int setAssessedCoefficient(long entryId, BigDecimal value) {
		return setCoefficient("assessed_coefficient", entryId, value);
	}

	private int setCoefficient(String column, long entryId, BigDecimal value) {
		return jdbc.sql("update department_entry set " + column + " = ? where id = ? and not coefficients_imported")
			.params(value, entryId)
			.update();
	}

	/** Where a commitment lives; empty where there is no such commitment. */
	Optional<CatalogueEditing.Place> place(long commitmentId) {
		return jdbc.sql("""
				select c.id, e.id, e.department_id, p.id, p.state from commitment c
				join department_entry e on e.id = c.entry_id
				join plan_year p on p.id = e.plan_year_id where c.id = ?""")
			.param(commitmentId)
			.query((rs, n) -> new CatalogueEditing.Place(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
					rs.getLong(4), PlanYearState.valueOf(rs.getString(5))))
			.optional();
	}

	/** A commitment's title and description, by those names. */
	Map<String, Object> commitmentText(long commitmentId) {
		return jdbc.sql("select title, description from commitment where id = ?")
			.param(commitmentId)
			.query((rs, n) -> Map.<String, Object>of("title", rs.getString(1), "description", rs.getString(2)))
			.single();
	}

	void updateCommitmentText(long commitmentId, String title, String description) {
		jdbc.sql("update commitment set title = ?, description = ? where id = ?").params(title, description, commitmentId)
			.update();
	}

	// Targets

	long insertTarget(long commitmentId, int position, ExtractedTarget t, TargetStatus status) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into target (" + TARGET_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(commitmentId, position, t.kind().code(), t.metric(), t.op().symbol(), t.value(), t.unit(),
					t.stretch(), t.floor(), t.scope(), t.direction() == null ? null : t.direction().code(), t.basis(),
					t.date() == null ? null : t.date().toString(), t.span(), t.spanStart(), t.spanEnd(),
					status.name())
			.update(keys, "id");
		return key(keys);
	}

	/** The targets of a plan year's commitments, by commitment id. */
	private Map<Long, List<Target>> targetsByCommitment(long planYearId) {
		Map<Long, List<Target>> result = new LinkedHashMap<>();
		jdbc.sql("select t.id, " + QUALIFIED_TARGET_COLUMNS + """
				 from target t
				join commitment c on c.id = t.commitment_id
				join department_entry e on e.id = c.entry_id
				where e.plan_year_id = ? order by t.commitment_id, t.position""").param(planYearId).query(rs -> {
			result.computeIfAbsent(rs.getLong("commitment_id"), k -> new ArrayList<>()).add(target(rs));
		});
		return result;
	}

	List<Target> targetsOf(long commitmentId) {
		return jdbc.sql("select id, " + TARGET_COLUMNS + " from target where commitment_id = ? order by position")
			.param(commitmentId)
			.query((rs, n) -> target(rs))
			.list();
	}

	Optional<Target> target(long id) {
		return jdbc.sql("select id, " + TARGET_COLUMNS + " from target where id = ?").param(id).query((rs, n) -> target(rs))
			.optional();
	}

	long commitmentOfTarget(long targetId) {
		return jdbc.sql("select commitment_id from target where id = ?").param(targetId).query(Long.class).single();
	}

	void updateTarget(long id, ExtractedTarget t, TargetStatus status) {
		jdbc.sql("update target set kind = ?, metric = ?, op = ?, target_value = ?, unit = ?, stretch = ?, "
				+ "floor_value = ?, scope = ?, direction = ?, basis = ?, due_date = ?, status = ? where id = ?")
			.params(t.kind().code(), t.metric(), t.op().symbol(), t.value(), t.unit(), t.stretch(), t.floor(), t.scope(),
					t.direction() == null ? null : t.direction().code(), t.basis(),
					t.date() == null ? null : t.date().toString(), status.name(), id)
			.update();
	}

	void setTargetStatus(long id, TargetStatus status) {
		jdbc.sql("update target set status = ? where id = ?").params(status.name(), id).update();
	}

	void deleteTarget(long id) {
		jdbc.sql("delete from target where id = ?").param(id).update();
	}

	int nextTargetPosition(long commitmentId) {
		return jdbc.sql("select coalesce(max(position), 0) + 1 from target where commitment_id = ?")
			.param(commitmentId)
			.query(Integer.class)
			.single();
	}

	void deleteProposedTargets(long commitmentId) {
		jdbc.sql("delete from target where commitment_id = ? and status = ?")
			.params(commitmentId, TargetStatus.PROPOSED.name())
			.update();
	}

	// The department directory

	/** The departments of a region that imports resolve names against: every one not retired, with its aliases. */
	List<DirectoryDepartment> directory(String regionCode) {
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

	/** A region's departments as the directory page lists them, retired ones too, with the years they have an entry in. */
	List<DirectoryEditing.Row> directoryRows(String regionCode) {
		Map<Long, String> names = new LinkedHashMap<>();
		Map<Long, Boolean> retired = new LinkedHashMap<>();
		jdbc.sql("""
				select d.id, d.canonical_name, d.retired_at from department d join region r on r.id = d.region_id
				where r.code = ? order by d.canonical_name""").param(regionCode).query(rs -> {
			names.put(rs.getLong(1), rs.getString(2));
			retired.put(rs.getLong(1), rs.getObject(3) != null);
		});
		Map<Long, List<String>> aliases = new LinkedHashMap<>();
		jdbc.sql("""
				select a.department_id, a.alias from department_alias a join department d on d.id = a.department_id
				join region r on r.id = d.region_id where r.code = ? order by a.id""")
			.param(regionCode)
			.query(rs -> {
				aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<Long, List<Integer>> years = new LinkedHashMap<>();
		jdbc.sql("""
				select e.department_id, p.year_number from department_entry e join plan_year p on p.id = e.plan_year_id
				where e.department_id is not null order by p.year_number""")
			.query(rs -> {
				years.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
			});
		List<DirectoryEditing.Row> rows = new ArrayList<>(names.size());
		names.forEach((id, name) -> rows.add(new DirectoryEditing.Row(id, name, aliases.getOrDefault(id, List.of()),
				years.getOrDefault(id, List.of()), retired.get(id))));
		return rows;
	}

	/** The entries of a region's tables that resolved to no department, newest year first, in table order. */
	List<DirectoryEditing.Unresolved> unresolved(String regionCode) {
		return jdbc.sql("""
				select e.id, p.year_number, e.name_in_text from department_entry e
				join plan_year p on p.id = e.plan_year_id join region r on r.id = p.region_id
				where r.code = ? and e.department_id is null order by p.year_number desc, e.position""")
			.param(regionCode)
			.query((rs, n) -> new DirectoryEditing.Unresolved(rs.getLong(1), rs.getInt(2), rs.getString(3)))
			.list();
	}

	/** The departments not retired, as accounts offer them, by region code and id. */
	List<DepartmentOption> departmentOptions() {
		return jdbc.sql(DEPARTMENT_OPTION_SELECT + " where d.retired_at is null order by r.code, d.id")
			.query((rs, n) -> new DepartmentOption(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	Optional<DepartmentOption> departmentOption(long id) {
		return jdbc.sql(DEPARTMENT_OPTION_SELECT + " where d.id = ?")
			.param(id)
			.query((rs, n) -> new DepartmentOption(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	/** The canonical name of every department, retired ones too, by id. */
	Map<Long, String> departmentNames() {
		Map<Long, String> names = new HashMap<>();
		jdbc.sql("select id, canonical_name from department").query(rs -> {
			names.put(rs.getLong(1), rs.getString(2));
		});
		return names;
	}

	Optional<DirectoryEditing.Department> department(long id) {
		return jdbc.sql("select id, region_id, canonical_name, retired_at from department where id = ?")
			.param(id)
			.query((rs, n) -> new DirectoryEditing.Department(rs.getLong(1), rs.getLong(2), rs.getString(3), aliases(id),
					rs.getObject(4) != null))
			.optional();
	}

	private List<String> aliases(long departmentId) {
		return jdbc.sql("select alias from department_alias where department_id = ? order by id").param(departmentId)
			.query(String.class).list();
	}

	Optional<Long> regionOfDepartment(long departmentId) {
		return jdbc.sql("select region_id from department where id = ?").param(departmentId).query(Long.class).optional();
	}

	/** The department of the region, other than {@code self}, whose name or alias {@code name} is, by canonical name. */
	Optional<String> holderOfName(long regionId, String name, Long self) {
		return jdbc.sql("""
				select d.canonical_name from department d left join department_alias a on a.department_id = d.id
				where d.region_id = ? and (d.canonical_name = ? or a.alias = ?) and d.id <> ?""")
			.params(regionId, name, name, self == null ? -1L : self)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	long insertDepartment(long regionId, String canonicalName) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into department (region_id, canonical_name) values (?, ?)")
			.params(regionId, canonicalName)
			.update(keys, "id");
		return key(keys);
	}

	void renameDepartment(long departmentId, String canonicalName) {
		jdbc.sql("update department set canonical_name = ? where id = ?").params(canonicalName, departmentId).update();
	}

	void insertAlias(long departmentId, String alias) {
		jdbc.sql("insert into department_alias (department_id, alias) values (?, ?)").params(departmentId, alias).update();
	}

	void deleteAlias(long departmentId, String alias) {
		jdbc.sql("delete from department_alias where department_id = ? and alias = ?").params(departmentId, alias).update();
	}

	/** Deletes a department and its aliases. */
	void deleteDepartment(long departmentId) {
		jdbc.sql("delete from department_alias where department_id = ?").param(departmentId).update();
		jdbc.sql("delete from department where id = ?").param(departmentId).update();
	}

	void retireDepartment(long departmentId, OffsetDateTime at) {
		jdbc.sql("update department set retired_at = ? where id = ? and retired_at is null").params(at, departmentId)
			.update();
	}

	void reinstateDepartment(long departmentId) {
		jdbc.sql("update department set retired_at = null where id = ?").param(departmentId).update();
	}

	/** The years, in order, of the plan years in which both departments have an entry. */
	List<Integer> sharedYears(long departmentId, long otherId) {
		return jdbc.sql("""
				select p.year_number from department_entry a join department_entry b on b.plan_year_id = a.plan_year_id
				join plan_year p on p.id = a.plan_year_id where a.department_id = ? and b.department_id = ?
				order by p.year_number""").params(departmentId, otherId).query(Integer.class).list();
	}

	/** The years, in order, of the plan years in which the department has an entry. */
	List<Integer> yearsOf(long departmentId) {
		return jdbc.sql("""
				select p.year_number from department_entry e join plan_year p on p.id = e.plan_year_id
				where e.department_id = ? order by p.year_number""").param(departmentId).query(Integer.class).list();
	}

	/** The years, in order, of the plan years not closed in which the department has an entry. */
	List<Integer> openYearsOf(long departmentId) {
		return jdbc.sql("""
				select p.year_number from department_entry e join plan_year p on p.id = e.plan_year_id
				where e.department_id = ? and p.state <> 'CLOSED' order by p.year_number""")
			.param(departmentId).query(Integer.class).list();
	}

	/** Moves every entry of a department to another. */
	void moveEntries(long fromDepartmentId, long toDepartmentId) {
		jdbc.sql("update department_entry set department_id = ? where department_id = ?")
			.params(toDepartmentId, fromDepartmentId).update();
	}

	/** An entry of a year's table as the directory links it; empty where there is no such entry. */
	Optional<DirectoryEditing.EntryRow> entryToLink(long entryId) {
		return jdbc.sql("""
				select e.plan_year_id, e.department_id, e.name_in_text, r.code, p.year_number from department_entry e
				join plan_year p on p.id = e.plan_year_id join region r on r.id = p.region_id where e.id = ?""")
			.param(entryId)
			.query((rs, n) -> new DirectoryEditing.EntryRow(rs.getLong(1), rs.getObject(2) != null, rs.getString(3),
					rs.getString(4), rs.getInt(5)))
			.optional();
	}

	/** Whether the department has an entry in the plan year. */
	boolean hasEntryIn(long planYearId, long departmentId) {
		return jdbc.sql("select count(*) from department_entry where plan_year_id = ? and department_id = ?")
			.params(planYearId, departmentId).query(Long.class).single() > 0;
	}

	void linkEntry(long entryId, long departmentId) {
		jdbc.sql("update department_entry set department_id = ? where id = ?").params(departmentId, entryId).update();
	}

	private static long key(GeneratedKeyHolder keys) {
		return keys.getKeyAs(Long.class);
	}

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

	private static Target target(ResultSet rs) throws SQLException {
		String direction = rs.getString("direction");
		String date = rs.getString("due_date");
		int spanStart = rs.getInt("span_start");
		int spanEnd = rs.getInt("span_end");
		var definition = new ExtractedTarget(TargetKind.ofCode(rs.getString("kind")), rs.getString("metric"),
				Op.ofSymbol(rs.getString("op")), rs.getBigDecimal("target_value"), rs.getString("unit"),
				rs.getBigDecimal("stretch"), rs.getBigDecimal("floor_value"), rs.getString("scope"),
				direction == null ? null : Direction.ofCode(direction), rs.getString("basis"),
				date == null ? null : MonthDay.parse(date), rs.getString("span"), spanStart, spanEnd,
				TargetRole.TARGET);
		return new Target(rs.getLong("id"), rs.getInt("position"), definition,
				TargetStatus.valueOf(rs.getString("status")));
	}

}
