package com.pledgeboard.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HMAC-SHA256 with the server secret, for everything that identifies a person: mobile numbers,
 * one-time codes and client addresses are stored, counted and audited only as such hashes, by every
 * module. The secret is {@code pledgeboard.evaluation.secret} when set; else one generated at first
 * use and kept in {@code privacy_setting}, so that every node sharing the database hashes alike.
 */
@Component
public class Hmac {

	static final String SECRET_KEY = "hmac-secret";

	private final PrivacyStore store;

	private final String configured;

	private final TransactionTemplate ownTransaction;

	private volatile byte[] secret;

	Hmac(PrivacyStore store, PlatformTransactionManager transactions,
			@Value("${pledgeboard.evaluation.secret:}") String configured) {
		this.store = store;
		this.configured = configured;
		// The secret is committed on its own, whatever becomes of the request that first needed it.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The value's keyed hash, 64 hexadecimal digits. */
	public String hash(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	/** Compares two hashes in constant time, so that timing tells nothing about a code. */
	public static boolean same(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
	}

	private byte[] secret() {
		byte[] s = secret;
		if (s == null) {
			s = configured.isBlank() ? stored() : configured.getBytes(StandardCharsets.UTF_8);
			secret = s;
		}
		return s;
	}

	/** The stored secret, generated now if none is; a node that loses the race reads the winner's. */
	private byte[] stored() {
		String found = store.setting(SECRET_KEY).orElse(null);
		if (found == null) {
			byte[] fresh = new byte[32];
			new SecureRandom().nextBytes(fresh);
			try {
				ownTransaction.executeWithoutResult(
						status -> store.addSetting(SECRET_KEY, Base64.getEncoder().encodeToString(fresh)));
			}
			catch (DuplicateKeyException ex) {
				// Another node stored one first: use that.
			}
			found = store.setting(SECRET_KEY).orElseThrow();
		}
		return Base64.getDecoder().decode(found);
	}

}
