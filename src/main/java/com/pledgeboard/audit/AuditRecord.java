package com.pledgeboard.audit;

import java.time.Instant;

/**
 * One entry of the audit trail as stored. {@code beforeJson} and {@code afterJson} are the JSON text
 * the hash was computed over, not re-serialised.
 *
 * @param seq the entry's place in the whole trail, in the order entries were written (ascending, with
 * gaps where a transaction that drew a number rolled back)
 * @param lane the chain the entry belongs to (see {@link AuditEntries})
 * @param laneSeq its place in the lane: 1, 2, 3 … without gaps
 * @param keyId the HMAC key its hash was made with; {@code null} for an entry written before keys
 * @param actor the signed-in user, the name tried at a failed sign-in, {@code anonymous}, or what the
 * process names itself ({@code system}, {@code cli:<os user>})
 */
public record AuditRecord(long id, long seq, int lane, long laneSeq, String keyId, Instant occurredAt, String actor,
		String clientAddress, String action, String entity, String entityId, String beforeJson, String afterJson,
		String prevHash, String hash) {

}
