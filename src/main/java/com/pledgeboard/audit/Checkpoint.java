package com.pledgeboard.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A signed statement of where every lane of the audit trail stood at a moment: for each lane its
 * last seq and hash. Written to a directory outside the database that is only ever added to, and
 * published at {@code /api/v1/audit/checkpoints}, so that a later rewrite or truncation of the trail,
 * even by someone holding the HMAC key, no longer matches what was signed and shown.
 *
 * @param file the checkpoint's file name, its identity
 * @param writtenAt when it was written, ISO-8601 UTC
 * @param reason why: {@code start}, {@code periodic}, {@code plan-year <id> <state>}
 * @param keyId the Ed25519 public key that signed it (first 16 hex digits of its SHA-256)
 * @param signature the Ed25519 signature of {@link #signedText()}, Base64
 */
public record Checkpoint(String file, String writtenAt, String reason, String keyId, List<Lane> lanes,
		String signature) {

	/** Where one lane stood. */
	public record Lane(int lane, long seq, String hash) {
	}

	/**
	 * The text that is signed, UTF-8: a first line {@code pledgeboard-audit-checkpoint-v1}, then
	 * {@code written-at}, {@code reason} and {@code key} lines, then {@code lane <lane> <seq> <hash>}
	 * per lane in lane order, each line ending in a line feed.
	 */
	public String signedText() {
		StringBuilder text = new StringBuilder("pledgeboard-audit-checkpoint-v1\n");
		text.append("written-at ").append(writtenAt).append('\n');
		text.append("reason ").append(reason).append('\n');
		text.append("key ").append(keyId).append('\n');
		for (Lane lane : lanes) {
			text.append("lane ").append(lane.lane()).append(' ').append(lane.seq()).append(' ').append(lane.hash())
				.append('\n');
		}
		return text.toString();
	}

	byte[] signedBytes() {
		return signedText().getBytes(StandardCharsets.UTF_8);
	}

}
