package com.pledgeboard.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tables {@code audit_entry} and {@code audit_head}. There is deliberately no statement here that
 * updates or deletes an entry: appending is the only way in.
 * <p>
 * The trail is several hash chains, one per row of {@code audit_head} (a lane). A transaction's first
 * append takes the first lane no other transaction holds ({@code for update skip locked}) and keeps
 * it until it ends, so that its entries follow each other in one lane and concurrent audited writes,
 * from this node or another, each chain into a lane of their own instead of all waiting on one row.
 * Only when every lane is held does a transaction wait, for one chosen at random. Within a lane each
 * entry still chains to the one committed before it, and {@code seq}, drawn from a database sequence
 * that no transaction waits on, orders the whole trail.
 */
@Repository
class AuditEntries {

	private static final String COLUMNS = "id, seq, lane, lane_seq, key_id, occurred_at, actor, client_address, action, "
			+ "entity, entity_id, before_json, after_json, prev_hash, hash";

	private final JdbcClient jdbc;

	private final AuditKeys keys;

	AuditEntries(JdbcClient jdbc, AuditKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/**
	 * Appends the next entry to the lane this transaction holds, taking one first if it holds none.
	 * The lane's head row stays locked until the caller's transaction ends, which is why there must be one.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	AuditRecord append(Instant occurredAt, String actor, String clientAddress, String action, String entity,
			String entityId, String beforeJson, String afterJson) {
		LaneHold lane = laneOfThisTransaction();
		long seq = lane.nextSeq != 0 ? lane.nextSeq
				: jdbc.sql("select nextval('audit_entry_seq')").query(Long.class).single();
		lane.nextSeq = 0;
		long laneSeq = lane.lastSeq + 1;
		Instant at = occurredAt.truncatedTo(ChronoUnit.MILLIS);
		String keyId = keys.currentKeyId();
		String hash = ChainHash.keyed(keys.currentKey(), keyId, lane.lane, laneSeq, seq, at, actor, clientAddress,
				action, entity, entityId, beforeJson, afterJson, lane.lastHash);
		var generated = new GeneratedKeyHolder();
		jdbc.sql("insert into audit_entry (seq, lane, lane_seq, key_id, occurred_at, actor, client_address, action, "
				+ "entity, entity_id, before_json, after_json, prev_hash, hash) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(seq, lane.lane, laneSeq, keyId, at.atOffset(ZoneOffset.UTC), actor, text(clientAddress), action,
					text(entity), text(entityId), text(beforeJson), text(afterJson), lane.lastHash, hash)
			.update(generated, "id");
		jdbc.sql("update audit_head set last_seq = ?, last_hash = ? where id = ?").params(laneSeq, hash, lane.lane).update();
		AuditRecord record = new AuditRecord(generated.getKey().longValue(), seq, lane.lane, laneSeq, keyId, at, actor,
				clientAddress, action, entity, entityId, beforeJson, afterJson, lane.lastHash, hash);
		lane.lastSeq = laneSeq;
		lane.lastHash = hash;
		return record;
	}

	/**
	 * The lane held by the current transaction. The hold is a transaction synchronisation rather than a
	 * bound resource because Spring suspends synchronisations with their transaction: an inner
	 * {@code REQUIRES_NEW} transaction takes a lane of its own instead of waiting for the outer's.
	 */
	private LaneHold laneOfThisTransaction() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof LaneHold hold && hold.entries == this) {
				return hold;
			}
		}
		// The entry's seq is drawn in the same statement, once, whether or not a lane was free.
		LaneHold hold = jdbc
			.sql("select id, last_seq, last_hash, (select nextval('audit_entry_seq')) from audit_head order by id "
					+ "fetch first 1 rows only for update skip locked")
			.query((rs, n) -> new LaneHold(this, rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getLong(4)))
			.optional()
			.orElseGet(this::waitForAnyLane);
		TransactionSynchronizationManager.registerSynchronization(hold);
		return hold;
	}

	private LaneHold waitForAnyLane() {
		List<Integer> lanes = jdbc.sql("select id from audit_head").query(Integer.class).list();
		if (lanes.isEmpty()) {
			throw new IllegalStateException("the audit_head rows are missing");
		}
		int lane = lanes.get(ThreadLocalRandom.current().nextInt(lanes.size()));
		return jdbc.sql("select id, last_seq, last_hash from audit_head where id = ? for update")
			.param(lane)
			.query((rs, n) -> new LaneHold(this, rs.getInt(1), rs.getLong(2), rs.getString(3), 0))
			.single();
	}

	/** The lane a transaction appends to, and where it stands, until the transaction ends. */
	private static final class LaneHold implements TransactionSynchronization {

		final AuditEntries entries;

		final int lane;

		long lastSeq;

		String lastHash;

		/** A seq drawn with the lane for the transaction's first entry, 0 once used or when none was. */
		long nextSeq;

		LaneHold(AuditEntries entries, int lane, long lastSeq, String lastHash, long nextSeq) {
			this.entries = entries;
			this.lane = lane;
			this.lastSeq = lastSeq;
			this.lastHash = lastHash;
			this.nextSeq = nextSeq;
		}

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

	/** Up to {@code limit} entries of the lane after {@code afterLaneSeq}, up to and including {@code lastLaneSeq}, in order. */
	List<AuditRecord> batch(int lane, long afterLaneSeq, long lastLaneSeq, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from audit_entry where lane = ? and lane_seq > ? and lane_seq <= ? "
					+ "order by lane_seq fetch first " + limit + " rows only")
			.params(lane, afterLaneSeq, lastLaneSeq)
			.query(AuditEntries::record)
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

	/** The last entry of a lane as the application wrote it. */
	record Head(int lane, long lastSeq, String lastHash) {
	}

}
