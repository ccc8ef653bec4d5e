package com.pledgeboard.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash that chains an entry to the one before it: SHA-256, as 64 lower-case hex digits, over a
 * length-prefixed encoding of every stored field, so that no two different entries encode alike
 * ("ab" + "c" is not "a" + "bc", and null is not the empty text). The time enters as epoch
 * milliseconds, which both H2 and PostgreSQL store and give back exactly.
 */
final class ChainHash {

	/** The previous hash of the first entry. */
	static final String GENESIS = "0".repeat(64);

	private static final byte[] VERSION = "pledgeboard-audit-v1".getBytes(StandardCharsets.UTF_8);

	private ChainHash() {
	}

	static String of(long seq, Instant occurredAt, String actor, String clientAddress, String action, String entity,
			String entityId, String beforeJson, String afterJson, String prevHash) {
		MessageDigest digest = sha256();
		digest.update(VERSION);
		field(digest, Long.toString(seq));
		field(digest, Long.toString(occurredAt.toEpochMilli()));
		field(digest, actor);
		field(digest, clientAddress);
		field(digest, action);
		field(digest, entity);
		field(digest, entityId);
		field(digest, beforeJson);
		field(digest, afterJson);
		field(digest, prevHash);
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void field(MessageDigest digest, String value) {
		if (value == null) {
			digest.update((byte) '-');
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
		digest.update(bytes);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
