package com.pledgeboard.audit;

import java.time.Instant;

/**
 * One entry of the audit trail as stored. {@code beforeJson} and {@code afterJson} are the JSON text
 * the hash was computed over, not re-serialised.
 *
 * @param seq the entry's place in the chain: 1, 2, 3 … without gaps
 * @param actor the signed-in user, the name tried at a failed sign-in, {@code anonymous}, or what the
 * process names itself ({@code system}, {@code cli:<os user>})
 */
public record AuditRecord(long id, long seq, Instant occurredAt, String actor, String clientAddress, String action,
		String entity, String entityId, String beforeJson, String afterJson, String prevHash, String hash) {

	String computeHash() {
		return ChainHash.of(seq, occurredAt, actor, clientAddress, action, entity, entityId, beforeJson, afterJson,
				prevHash);
	}

}
