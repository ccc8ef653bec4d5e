package com.pledgeboard.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends entries to the trail, chained and keyed; the statements are {@link AuditStore}'s.
 * <p>
 * The trail is several hash chains, one per row of {@code audit_head} (a lane). A transaction's first
 * append takes the first lane no other transaction holds ({@code for update skip locked}) and keeps
 * it until it ends, so that its entries follow each other in one lane and concurrent audited writes,
 * from this node or another, each chain into a lane of their own instead of all waiting on one row.
 * Only when every lane is held does a transaction wait, for one chosen at random. Within a lane each
 * entry still chains to the one committed before it, and {@code seq}, drawn from a database sequence
 * that no transaction waits on, orders the whole trail.
 */
@Component
class AuditEntries {

	private final AuditStore store;

	private final AuditKeys keys;

	AuditEntries(AuditStore store, AuditKeys keys) {
		this.store = store;
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
		long seq = lane.nextSeq != 0 ? lane.nextSeq : store.nextSeq();
		lane.nextSeq = 0;
		long laneSeq = lane.lastSeq + 1;
		Instant at = occurredAt.truncatedTo(ChronoUnit.MILLIS);
		String keyId = keys.currentKeyId();
		String hash = ChainHash.keyed(keys.currentKey(), keyId, lane.lane, laneSeq, seq, at, actor, clientAddress,
				action, entity, entityId, beforeJson, afterJson, lane.lastHash);
		long id = store.insert(seq, lane.lane, laneSeq, keyId, at, actor, clientAddress, action, entity, entityId,
				beforeJson, afterJson, lane.lastHash, hash);
		AuditRecord record = new AuditRecord(id, seq, lane.lane, laneSeq, keyId, at, actor, clientAddress, action,
				entity, entityId, beforeJson, afterJson, lane.lastHash, hash);
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
		LaneHold hold = store.lockFreeLane()
			.map(free -> new LaneHold(this, free.head(), free.nextSeq()))
			.orElseGet(() -> new LaneHold(this, store.lockLane(anyLane()), 0));
		TransactionSynchronizationManager.registerSynchronization(hold);
		return hold;
	}

	/** A lane chosen at random, to wait for when every lane is held. */
	private int anyLane() {
		List<Integer> lanes = store.lanes();
		if (lanes.isEmpty()) {
			throw new IllegalStateException("the audit_head rows are missing");
		}
		return lanes.get(ThreadLocalRandom.current().nextInt(lanes.size()));
	}

	/** The lane a transaction appends to, and where it stands, until the transaction ends. */
	private static final class LaneHold implements TransactionSynchronization {

		final AuditEntries entries;

		final int lane;

		long lastSeq;

		String lastHash;

		/** A seq drawn with the lane for the transaction's first entry, 0 once used or when none was. */
		long nextSeq;

		LaneHold(AuditEntries entries, AuditStore.Head head, long nextSeq) {
			this.entries = entries;
			this.lane = head.lane();
			this.lastSeq = head.lastSeq();
			this.lastHash = head.lastHash();
			this.nextSeq = nextSeq;
		}

	}

}
