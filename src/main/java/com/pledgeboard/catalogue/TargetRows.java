package com.pledgeboard.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.pledgeboard.extraction.Direction;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.Op;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.extraction.TargetRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The target table: targets as rows, and rows back as targets.
 */
@Component
class TargetRows {

	private static final String COLUMNS = "commitment_id, position, kind, metric, op, target_value, unit, stretch, "
			+ "floor_value, scope, direction, basis, due_date, span, span_start, span_end, status";

	private static final String QUALIFIED_COLUMNS = "t." + COLUMNS.replace(", ", ", t.");

	private final JdbcClient jdbc;

	TargetRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long commitmentId, int position, ExtractedTarget t, TargetStatus status) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into target (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(commitmentId, position, t.kind().code(), t.metric(), t.op().symbol(), t.value(), t.unit(),
					t.stretch(), t.floor(), t.scope(), t.direction() == null ? null : t.direction().code(), t.basis(),
					t.date() == null ? null : t.date().toString(), t.span(), t.spanStart(), t.spanEnd(),
					status.name())
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** The targets of a plan year's commitments, by commitment id. */
	Map<Long, List<Target>> byCommitment(long planYearId) {
		Map<Long, List<Target>> result = new LinkedHashMap<>();
		jdbc.sql("select t.id, " + QUALIFIED_COLUMNS + """
				 from target t
				join commitment c on c.id = t.commitment_id
				join department_entry e on e.id = c.entry_id
				where e.plan_year_id = ? order by t.commitment_id, t.position""").param(planYearId).query(rs -> {
			result.computeIfAbsent(rs.getLong("commitment_id"), k -> new ArrayList<>()).add(target(rs));
		});
		return result;
	}

	List<Target> ofCommitment(long commitmentId) {
		return jdbc.sql("select id, " + COLUMNS + " from target where commitment_id = ? order by position")
			.param(commitmentId)
			.query((rs, n) -> target(rs))
			.list();
	}

	Optional<Target> byId(long id) {
		return jdbc.sql("select id, " + COLUMNS + " from target where id = ?").param(id).query((rs, n) -> target(rs)).optional();
	}

	long commitmentOf(long targetId) {
		return jdbc.sql("select commitment_id from target where id = ?").param(targetId).query(Long.class).single();
	}

	void update(long id, ExtractedTarget t, TargetStatus status) {
		jdbc.sql("update target set kind = ?, metric = ?, op = ?, target_value = ?, unit = ?, stretch = ?, "
				+ "floor_value = ?, scope = ?, direction = ?, basis = ?, due_date = ?, status = ? where id = ?")
			.params(t.kind().code(), t.metric(), t.op().symbol(), t.value(), t.unit(), t.stretch(), t.floor(), t.scope(),
					t.direction() == null ? null : t.direction().code(), t.basis(),
					t.date() == null ? null : t.date().toString(), status.name(), id)
			.update();
	}

	void setStatus(long id, TargetStatus status) {
		jdbc.sql("update target set status = ? where id = ?").params(status.name(), id).update();
	}

	void delete(long id) {
		jdbc.sql("delete from target where id = ?").param(id).update();
	}

	int nextPosition(long commitmentId) {
		return jdbc.sql("select coalesce(max(position), 0) + 1 from target where commitment_id = ?")
			.param(commitmentId)
			.query(Integer.class)
			.single();
	}

	void deleteProposed(long commitmentId) {
		jdbc.sql("delete from target where commitment_id = ? and status = ?")
			.params(commitmentId, TargetStatus.PROPOSED.name())
			.update();
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
