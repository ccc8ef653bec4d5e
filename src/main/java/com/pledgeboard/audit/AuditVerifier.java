package com.pledgeboard.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import javax.crypto.SecretKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Walks every lane of the audit trail in order and recomputes it, to find an entry altered, removed
 * or slipped in with SQL behind the application's back, then holds the trail against the signed
 * checkpoints kept outside the database: a lane that now ends before a seq a checkpoint saw was
 * truncated, and an entry whose hash differs from the one a checkpoint signed was rewritten, even if
 * whoever did it recomputed every later hash with the HMAC key. Entries are read a batch at a time,
 * so that a trail of millions of entries needs no more memory than one batch and no long
 * transaction. Entries appended while the walk runs are left to the next walk.
 */
@Service
public class AuditVerifier {

	private static final int BATCH_SIZE = 1000;

	/** The lane that holds the entries written before keys, which have no key id. */
	private static final int LEGACY_LANE = 1;

	private final AuditStore store;

	private final AuditKeys keys;

	private final AuditCheckpoints checkpoints;

	private final int batchSize;

	@Autowired
	AuditVerifier(AuditStore store, AuditKeys keys, AuditCheckpoints checkpoints) {
		this(store, keys, checkpoints, BATCH_SIZE);
	}

	AuditVerifier(AuditStore store, AuditKeys keys, AuditCheckpoints checkpoints, int batchSize) {
		this.store = store;
		this.keys = keys;
		this.checkpoints = checkpoints;
		this.batchSize = batchSize;
	}

	/** What a checkpoint saw at one place of a lane. */
	private record Seen(String hash, Checkpoint checkpoint) {
	}

	/** The trail as far as it is intact, and where and why it breaks, if it does. */
	public VerificationResult verify() {
		Map<Integer, NavigableMap<Long, Seen>> seen = new HashMap<>();
		for (Checkpoint checkpoint : checkpoints.list()) {
			if (!checkpoints.isGenuine(checkpoint)) {
				return VerificationResult.broken(0, null, null, "checkpoint " + checkpoint.file()
						+ " does not carry a valid signature of this installation's checkpoint key");
			}
			for (Checkpoint.Lane lane : checkpoint.lanes()) {
				if (lane.seq() > 0) {
					seen.computeIfAbsent(lane.lane(), l -> new TreeMap<>())
						.putIfAbsent(lane.seq(), new Seen(lane.hash(), checkpoint));
				}
			}
		}
		List<AuditStore.Head> heads = store.heads();
		if (heads.isEmpty()) {
			return VerificationResult.broken(0, null, null, "the audit head rows are missing");
		}
		long checked = 0;
		for (AuditStore.Head head : heads) {
			NavigableMap<Long, Seen> lanesSeen = seen.getOrDefault(head.lane(), new TreeMap<>());
			LaneWalk walk = walk(head, lanesSeen, checked);
			if (walk.broken() != null) {
				return walk.broken();
			}
			checked += walk.entries();
			Map.Entry<Long, Seen> beyond = lanesSeen.higherEntry(head.lastSeq());
			if (beyond != null) {
				return VerificationResult.broken(checked, null, null, "lane " + head.lane() + " ends at seq "
						+ head.lastSeq() + ", but checkpoint " + beyond.getValue().checkpoint().file() + " of "
						+ beyond.getValue().checkpoint().writtenAt() + " saw it at seq " + beyond.getKey()
						+ ": the newest entries were removed and the head moved back (truncated)");
			}
		}
		for (Checkpoint checkpoint : checkpoints.list()) {
			for (Checkpoint.Lane lane : checkpoint.lanes()) {
				if (lane.seq() > 0 && heads.stream().noneMatch(h -> h.lane() == lane.lane())) {
					return VerificationResult.broken(checked, null, null, "lane " + lane.lane() + " is gone, but checkpoint "
							+ checkpoint.file() + " saw it at seq " + lane.seq() + " (truncated)");
				}
			}
		}
		return tail(checked);
	}

	private record LaneWalk(long entries, VerificationResult broken) {
	}

	private LaneWalk walk(AuditStore.Head head, NavigableMap<Long, Seen> lanesSeen, long before) {
		int lane = head.lane();
		long expected = 1;
		String previousHash = ChainHash.GENESIS;
		boolean keyed = false;
		Long previousSeq = null;
		Long previousId = null;
		List<AuditRecord> batch;
		do {
			batch = store.batch(lane, expected - 1, head.lastSeq(), batchSize);
			for (AuditRecord entry : batch) {
				long done = before + expected - 1;
				if (entry.laneSeq() != expected) {
					return broken(done, entry, missing(lane, expected, entry.laneSeq() - 1) + " before it");
				}
				if (!entry.prevHash().equals(previousHash)) {
					return broken(done, entry, "its previous hash does not match the hash of lane " + lane + " seq "
							+ (expected - 1) + (previousSeq == null ? "" : " (entry seq " + previousSeq + ")"));
				}
				if (entry.keyId() == null) {
					if (keyed || lane != LEGACY_LANE) {
						return broken(done, entry, "it carries no key id" + (keyed ? " after keyed entries" : " outside lane 1")
								+ ": written behind the application's back");
					}
					if (!plainHash(entry).equals(entry.hash())) {
						return broken(done, entry, "its content does not match its hash: the entry was altered");
					}
				}
				else {
					keyed = true;
					Optional<SecretKey> key = keys.key(entry.keyId());
					if (key.isEmpty()) {
						return broken(done, entry, "its key '" + entry.keyId() + "' is not in the audit key file");
					}
					if (!keyedHash(key.get(), entry).equals(entry.hash())) {
						return broken(done, entry, "its content does not match its HMAC: the entry was altered");
					}
				}
				Seen checkpoint = lanesSeen.get(entry.laneSeq());
				if (checkpoint != null && !checkpoint.hash().equals(entry.hash())) {
					return broken(done, entry, "its hash differs from the one checkpoint " + checkpoint.checkpoint().file()
							+ " of " + checkpoint.checkpoint().writtenAt() + " signed for lane " + lane + " seq "
							+ entry.laneSeq() + ": this or an earlier entry of the lane was rewritten");
				}
				previousHash = entry.hash();
				previousSeq = entry.seq();
				previousId = entry.id();
				expected++;
			}
		}
		while (batch.size() == batchSize);
		long walked = expected - 1;
		if (walked < head.lastSeq()) {
			return new LaneWalk(walked, VerificationResult.broken(before + walked, null, null,
					missing(lane, walked + 1, head.lastSeq()) + ": the audit head of lane " + lane + " records "
							+ head.lastSeq() + " entries"));
		}
		if (!previousHash.equals(head.lastHash())) {
			return new LaneWalk(walked, VerificationResult.broken(before + walked, previousSeq, previousId,
					"the audit head's hash of lane " + lane + " does not match the lane's last entry"));
		}
		return new LaneWalk(walked, null);
	}

	private static LaneWalk broken(long entries, AuditRecord entry, String reason) {
		return new LaneWalk(entries, VerificationResult.broken(entries, entry.seq(), entry.id(),
				"lane " + entry.lane() + " seq " + entry.laneSeq() + ": " + reason));
	}

	/**
	 * Entries beyond the heads the walk started from are either appended since, and then the head has
	 * moved on with them, or inserted with SQL. The highest lane seqs are read before the heads so that
	 * an append committing in between cannot look like an insertion.
	 */
	private VerificationResult tail(long checked) {
		Map<Integer, Long> max = store.maxLaneSeqs();
		Map<Integer, Long> heads = new HashMap<>();
		store.heads().forEach(h -> heads.put(h.lane(), h.lastSeq()));
		for (Map.Entry<Integer, Long> lane : max.entrySet()) {
			long head = heads.getOrDefault(lane.getKey(), 0L);
			if (lane.getValue() > head) {
				return VerificationResult.broken(checked, null, null, "entries up to seq " + lane.getValue() + " of lane "
						+ lane.getKey() + " lie beyond its audit head (seq " + head + "): written behind the application's back");
			}
		}
		return VerificationResult.intact(checked);
	}

	static String plainHash(AuditRecord e) {
		return ChainHash.plain(e.seq(), e.occurredAt(), e.actor(), e.clientAddress(), e.action(), e.entity(),
				e.entityId(), e.beforeJson(), e.afterJson(), e.prevHash());
	}

	static String keyedHash(SecretKey key, AuditRecord e) {
		return ChainHash.keyed(key, e.keyId(), e.lane(), e.laneSeq(), e.seq(), e.occurredAt(), e.actor(),
				e.clientAddress(), e.action(), e.entity(), e.entityId(), e.beforeJson(), e.afterJson(), e.prevHash());
	}

	private static String missing(int lane, long first, long last) {
		return first == last ? "lane " + lane + " seq " + first + " is missing"
				: "lane " + lane + " seqs " + first + " to " + last + " are missing";
	}

}
