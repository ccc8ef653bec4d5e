package com.pledgeboard.audit;

/**
 * The outcome of walking the audit chain: intact with its number of entries, or the first entry at
 * which it breaks and why.
 *
 * @param entries entries checked, up to the break
 * @param brokenSeq seq of the first broken entry, or of the missing one; {@code null} when intact
 * @param brokenId id of the first broken entry; {@code null} when intact or when the entry is gone
 * @param reason why the chain breaks there; {@code null} when intact
 */
public record VerificationResult(long entries, Long brokenSeq, Long brokenId, String reason) {

	static VerificationResult intact(long entries) {
		return new VerificationResult(entries, null, null, null);
	}

	static VerificationResult broken(long entries, Long seq, Long id, String reason) {
		return new VerificationResult(entries, seq, id, reason);
	}

	public boolean isIntact() {
		return reason == null;
	}

	/** One line for people: {@code audit trail intact: 12 entries} or where and why it breaks. */
	public String describe() {
		if (isIntact()) {
			return "audit trail intact: " + entries + (entries == 1 ? " entry" : " entries");
		}
		StringBuilder line = new StringBuilder("audit trail broken");
		if (brokenSeq != null) {
			line.append(" at entry seq ").append(brokenSeq);
			if (brokenId != null) {
				line.append(" (id ").append(brokenId).append(')');
			}
		}
		return line.append(": ").append(reason).toString();
	}

}
