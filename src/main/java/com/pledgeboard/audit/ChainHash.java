package com.pledgeboard.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Consumer;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * The hash that chains an entry to the one before it in its lane, as 64 lower-case hex digits, over a
 * length-prefixed encoding of every stored field, so that no two different entries encode alike
 * ("ab" + "c" is not "a" + "bc", and null is not the empty text). The time enters as epoch
 * milliseconds, which both H2 and PostgreSQL store and give back exactly.
 * <p>
 * Entries are {@linkplain #keyed keyed}: an HMAC-SHA256 with a key the database does not hold, so that
 * whoever can write to the database still cannot forge an entry or recompute the chain after
 * changing one. Entries written before keys existed ({@code key_id} null) were {@linkplain #plain
 * plain} SHA-256, which anyone can recompute; the first keyed entry after them seals them.
 */
final class ChainHash {

	/** The previous hash of the first entry of a lane. */
	static final String GENESIS = "0".repeat(64);

	private static final byte[] PLAIN = "pledgeboard-audit-v1".getBytes(StandardCharsets.UTF_8);

	private static final byte[] KEYED = "pledgeboard-audit-v2".getBytes(StandardCharsets.UTF_8);

	static final String HMAC = "HmacSHA256";

	private ChainHash() {
	}

	static String plain(long seq, Instant occurredAt, String actor, String clientAddress, String action, String entity,
			String entityId, String beforeJson, String afterJson, String prevHash) {
		MessageDigest digest = sha256();
		digest.update(PLAIN);
		fields(digest::update, Long.toString(seq), Long.toString(occurredAt.toEpochMilli()), actor, clientAddress,
				action, entity, entityId, beforeJson, afterJson, prevHash);
		return HexFormat.of().formatHex(digest.digest());
	}

	static String keyed(SecretKey key, String keyId, int lane, long laneSeq, long seq, Instant occurredAt, String actor,
			String clientAddress, String action, String entity, String entityId, String beforeJson, String afterJson,
			String prevHash) {
		Mac mac = mac(key);
		mac.update(KEYED);
		fields(mac::update, keyId, Integer.toString(lane), Long.toString(laneSeq), Long.toString(seq),
				Long.toString(occurredAt.toEpochMilli()), actor, clientAddress, action, entity, entityId, beforeJson,
				afterJson, prevHash);
		return HexFormat.of().formatHex(mac.doFinal());
	}

	private static void fields(Consumer<byte[]> sink, String... values) {
		for (String value : values) {
			if (value == null) {
				sink.accept(new byte[] { '-' });
				continue;
			}
			byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
			sink.accept((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
			sink.accept(bytes);
		}
	}

	private static Mac mac(SecretKey key) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(key);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every Java runtime has " + HMAC, ex);
		}
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
