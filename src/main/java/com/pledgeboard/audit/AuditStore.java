package com.pledgeboard.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The audit module's persistence home: every SQL statement on its tables, {@code audit_entry} and
 * {@code audit_head}. There is deliberately no statement here that updates or deletes an entry:
 * appending is the only way in. It checks and chains nothing: {@link AuditEntries} takes the lanes and
 * hashes the entries, {@link AuditTrail}, {@link AuditCheckpoints} and {@link AuditVerifier} read.
 */
@Repository
class AuditStore {

	private static final String COLUMNS = "id, seq, lane, lane_seq, key_id, occurred_at, actor, client_address, action, "
			+ "entity, entity_id, before_json, after_json, prev_hash, hash";

	private final JdbcClient jdbc;

	AuditStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The last entry of a lane as the application wrote it. */
	record Head(int lane, long lastSeq, String lastHash) {
	}

	/** A lane's head locked by this transaction, and a seq drawn with it (0 when none was). */
	record LockedHead(Head head, long nextSeq) {
	}

	/** The next seq of the whole trail, from a sequence that no transaction waits on. */
	long nextSeq() {
		return jdbc.sql("select nextval('audit_entry_seq')").query(Long.class).single();
	}

	/**
	 * The first lane no other transaction holds, locked until this one ends, with the seq of the entry
	 * drawn in the same statement, once, whether or not a lane was free; empty when every lane is held.
	 */
	Optional<LockedHead> lockFreeLane() {
		return jdbc
			.sql("select id, last_seq, last_hash, (select nextval('audit_entry_seq')) from audit_head order by id "
					+ "fetch first 1 rows only for update skip locked")
			.query((rs, n) -> new LockedHead(new Head(rs.getInt(1), rs.getLong(2), rs.getString(3)), rs.getLong(4)))
			.optional();
	}

	/** The ids of every lane. */
	List<Integer> lanes() {
		return jdbc.sql("select id from audit_head").query(Integer.class).list();
	}

	/** The lane's head, locked until this transaction ends, waiting for the transaction that holds it. */
	Head lockLane(int lane) {
		return jdbc.sql("select id, last_seq, last_hash from audit_head where id = ? for update")
			.param(lane)
			.query((rs, n) -> new Head(rs.getInt(1), rs.getLong(2), rs.getString(3)))
			.single();
	}

	/** Inserts an entry as chained and moves its lane's head to it; returns the entry's id. */
	long insert(long seq, int lane, long laneSeq, String keyId, Instant at, String actor, String clientAddress,
			String action, String entity, String entityId, String beforeJson, String afterJson, String prevHash,
			String hash) {
		var generated = new GeneratedKeyHolder();
		jdbc.sql("insert into audit_entry (seq, lane, lane_seq, key_id, occurred_at, actor, client_address, action, "
				+ "entity, entity_id, before_json, after_json, prev_hash, hash) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(seq, lane, laneSeq, keyId, at.atOffset(ZoneOffset.UTC), actor, text(clientAddress), action,
					text(entity), text(entityId), text(beforeJson), text(afterJson), prevHash, hash)
			.update(generated, "id");
		jdbc.sql("update audit_head set last_seq = ?, last_hash = ? where id = ?").params(laneSeq, hash, lane).update();
		return generated.getKey().longValue();
	}

	AuditPage find(AuditQuery query) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		filter(where, params, "actor", query.actor());
		filter(where, params, "action", query.action());
		filter(where, params, "entity", query.entity());
		filter(where, params, "entity_id", query.entityId());
		if (query.from() != null) {
			where.append(" and occurred_at >= :from_time");
			params.put("from_time", query.from().atOffset(ZoneOffset.UTC));
		}
		if (query.to() != null) {
			where.append(" and occurred_at < :to_time");
			params.put("to_time", query.to().atOffset(ZoneOffset.UTC));
		}
		long offset = (long) query.page() * query.size();
		List<AuditRecord> rows = jdbc
			.sql("select " + COLUMNS + " from audit_entry" + where + " order by seq desc offset " + offset
					+ " rows fetch next " + (query.size() + 1) + " rows only")
			.params(params)
			.query(AuditStore::record)
			.list();
		boolean hasNext = rows.size() > query.size();
		return new AuditPage(hasNext ? rows.subList(0, query.size()) : rows, query.page(), query.size(), hasNext);
	}

	/** Up to {@code limit} entries of the lane after {@code afterLaneSeq}, up to and including {@code lastLaneSeq}, in order. */
	List<AuditRecord> batch(int lane, long afterLaneSeq, long lastLaneSeq, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from audit_entry where lane = ? and lane_seq > ? and lane_seq <= ? "
					+ "order by lane_seq fetch first " + limit + " rows only")
			.params(lane, afterLaneSeq, lastLaneSeq)
			.query(AuditStore::record)
			.list();
	}

	/** The head of every lane, by lane. */
	List<Head> heads() {
		return jdbc.sql("select id, last_seq, last_hash from audit_head order by id")
			.query((rs, n) -> new Head(rs.getInt("id"), rs.getLong("last_seq"), rs.getString("last_hash")))
			.list();
	}

	/** The highest lane_seq stored in each lane, by lane. */
	Map<Integer, Long> maxLaneSeqs() {
		Map<Integer, Long> max = new TreeMap<>();
		jdbc.sql("select lane, max(lane_seq) from audit_entry group by lane")
			.query(rs -> {
				max.put(rs.getInt(1), rs.getLong(2));
			});
		return max;
	}

	/** Entries appended in all: every append moves one lane's head by one. */
	long count() {
		return jdbc.sql("select coalesce(sum(last_seq), 0) from audit_head").query(Long.class).single();
	}

	/**
	 * A text parameter with its type given: for a null, the driver would otherwise be asked for the
	 * column's type first, a round trip of its own on PostgreSQL.
	 */
	private static SqlParameterValue text(String value) {
		return new SqlParameterValue(Types.VARCHAR, value);
	}

	private static void filter(StringBuilder where, Map<String, Object> params, String column, String value) {
		if (value != null) {
			where.append(" and ").append(column).append(" = :").append(column);
			params.put(column, value);
		}
	}

	private static AuditRecord record(ResultSet rs, int row) throws SQLException {
		return new AuditRecord(rs.getLong("id"), rs.getLong("seq"), rs.getInt("lane"), rs.getLong("lane_seq"),
				rs.getString("key_id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
				rs.getString("client_address"), rs.getString("action"), rs.getString("entity"),
				rs.getString("entity_id"), rs.getString("before_json"), rs.getString("after_json"),
				rs.getString("prev_hash"), rs.getString("hash"));
	}

}
