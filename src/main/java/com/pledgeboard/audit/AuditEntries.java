package com.pledgeboard.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tables {@code audit_entry} and {@code audit_head}. There is deliberately no statement here that
 * updates or deletes an entry: appending is the only way in.
 */
@Repository
class AuditEntries {

	private static final String COLUMNS = "id, seq, occurred_at, actor, client_address, action, entity, entity_id, "
			+ "before_json, after_json, prev_hash, hash";

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Appends the next entry. Locking the head row makes concurrent appends, from this node or another,
	 * wait for each other, so each one chains to the entry committed before it; the lock is held until
	 * the caller's transaction ends, which is why there must be one.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	AuditRecord append(Instant occurredAt, String actor, String clientAddress, String action, String entity,
			String entityId, String beforeJson, String afterJson) {
		Head head = jdbc.sql("select last_seq, last_hash from audit_head where id = 1 for update")
			.query((rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash")))
			.optional()
			.orElseThrow(() -> new IllegalStateException("the audit_head row is missing"));
		long seq = head.lastSeq() + 1;
		Instant at = occurredAt.truncatedTo(ChronoUnit.MILLIS);
		String hash = ChainHash.of(seq, at, actor, clientAddress, action, entity, entityId, beforeJson, afterJson,
				head.lastHash());
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into audit_entry (seq, occurred_at, actor, client_address, action, entity, entity_id, "
				+ "before_json, after_json, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(seq, at.atOffset(ZoneOffset.UTC), actor, clientAddress, action, entity, entityId, beforeJson,
					afterJson, head.lastHash(), hash)
			.update(keys, "id");
		jdbc.sql("update audit_head set last_seq = ?, last_hash = ? where id = 1").params(seq, hash).update();
		return new AuditRecord(keys.getKey().longValue(), seq, at, actor, clientAddress, action, entity, entityId,
				beforeJson, afterJson, head.lastHash(), hash);
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
			.query(AuditEntries::record)
			.list();
		boolean hasNext = rows.size() > query.size();
		return new AuditPage(hasNext ? rows.subList(0, query.size()) : rows, query.page(), query.size(), hasNext);
	}

	/** Up to {@code limit} entries after {@code afterSeq}, up to and including {@code lastSeq}, in seq order. */
	List<AuditRecord> batch(long afterSeq, long lastSeq, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from audit_entry where seq > ? and seq <= ? order by seq fetch first "
					+ limit + " rows only")
			.params(afterSeq, lastSeq)
			.query(AuditEntries::record)
			.list();
	}

	Optional<Head> head() {
		return jdbc.sql("select last_seq, last_hash from audit_head where id = 1")
			.query((rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash")))
			.optional();
	}

	long maxSeq() {
		return jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
	}

	private static void filter(StringBuilder where, Map<String, Object> params, String column, String value) {
		if (value != null) {
			where.append(" and ").append(column).append(" = :").append(column);
			params.put(column, value);
		}
	}

	private static AuditRecord record(ResultSet rs, int row) throws SQLException {
		return new AuditRecord(rs.getLong("id"), rs.getLong("seq"),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
				rs.getString("client_address"), rs.getString("action"), rs.getString("entity"),
				rs.getString("entity_id"), rs.getString("before_json"), rs.getString("after_json"),
				rs.getString("prev_hash"), rs.getString("hash"));
	}

	/** The last entry as the application wrote it. */
	record Head(long lastSeq, String lastHash) {
	}

}
