package com.pledgeboard.audit;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Walks the whole audit chain in seq order and recomputes it, to find an entry altered, removed or
 * slipped in with SQL behind the application's back. Entries are read a batch at a time by seq, so
 * that a trail of millions of entries needs no more memory than one batch and no long transaction.
 * Entries appended while the walk runs are left to the next walk.
 */
@Service
public class AuditVerifier {

	private static final int BATCH_SIZE = 1000;

	private final AuditEntries entries;

	private final int batchSize;

	@Autowired
	AuditVerifier(AuditEntries entries) {
		this(entries, BATCH_SIZE);
	}

	AuditVerifier(AuditEntries entries, int batchSize) {
		this.entries = entries;
		this.batchSize = batchSize;
	}

	/** The chain as far as it is intact, and where and why it breaks, if it does. */
	public VerificationResult verify() {
		Optional<AuditEntries.Head> start = entries.head();
		if (start.isEmpty()) {
			return VerificationResult.broken(0, null, null, "the audit head row is missing");
		}
		AuditEntries.Head head = start.get();
		long expectedSeq = 1;
		String previousHash = ChainHash.GENESIS;
		Long previousId = null;
		List<AuditRecord> batch;
		do {
			batch = entries.batch(expectedSeq - 1, head.lastSeq(), batchSize);
			for (AuditRecord entry : batch) {
				if (entry.seq() != expectedSeq) {
					return VerificationResult.broken(expectedSeq - 1, entry.seq(), entry.id(),
							missing(expectedSeq, entry.seq() - 1) + " before it");
				}
				if (!entry.prevHash().equals(previousHash)) {
					return VerificationResult.broken(expectedSeq - 1, entry.seq(), entry.id(),
							"its previous hash does not match the hash of entry seq " + (expectedSeq - 1));
				}
				if (!entry.computeHash().equals(entry.hash())) {
					return VerificationResult.broken(expectedSeq - 1, entry.seq(), entry.id(),
							"its content does not match its hash: the entry was altered");
				}
				previousHash = entry.hash();
				previousId = entry.id();
				expectedSeq++;
			}
		}
		while (batch.size() == batchSize);
		long checked = expectedSeq - 1;
		if (checked < head.lastSeq()) {
			return VerificationResult.broken(checked, checked + 1, null, missing(checked + 1, head.lastSeq())
					+ ": the audit head records " + head.lastSeq() + " entries");
		}
		if (!previousHash.equals(head.lastHash())) {
			return VerificationResult.broken(checked, checked == 0 ? null : checked, previousId,
					"the audit head's hash does not match the last entry's");
		}
		return tail(checked);
	}

	/**
	 * Entries beyond the head the walk started from are either appended since, and then the head has
	 * moved on with them, or inserted with SQL. The highest seq is read before the head so that an
	 * append committing in between cannot look like an insertion.
	 */
	private VerificationResult tail(long checked) {
		long maxSeq = entries.maxSeq();
		Optional<AuditEntries.Head> head = entries.head();
		if (head.isEmpty()) {
			return VerificationResult.broken(checked, null, null, "the audit head row is missing");
		}
		long lastSeq = head.get().lastSeq();
		if (maxSeq > lastSeq) {
			return VerificationResult.broken(checked, lastSeq + 1, null,
					"entries up to seq " + maxSeq + " lie beyond the audit head (seq " + lastSeq
							+ "): written behind the application's back");
		}
		return VerificationResult.intact(checked);
	}

	private static String missing(long first, long last) {
		return first == last ? "entry seq " + first + " is missing" : "entries seq " + first + " to " + last + " are missing";
	}

}
