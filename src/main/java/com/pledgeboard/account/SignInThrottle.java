package com.pledgeboard.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.pledgeboard.privacy.Hmac;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts sign-in attempts per account and per client address in the database, so that every node sees
 * the same counts. An attempt takes its place in the key's window before its password is looked at,
 * with one conditional {@code UPDATE} that the database runs under the row's lock: however many
 * attempts arrive at once, no more than the limit get a place. A failed attempt keeps its place; a
 * successful one, or one refused by another key, gives it back. A window starts with the first
 * attempt counted in it and lasts {@code pledgeboard.sign-in.window}.
 */
@Component
class SignInThrottle {

	private final UserRows rows;

	private final Hmac hmac;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final int maxPerAccount;

	private final int maxPerAddress;

	private final Duration window;

	SignInThrottle(UserRows rows, Hmac hmac, PlatformTransactionManager transactions,
			@Value("${pledgeboard.sign-in.max-failures-per-account:5}") int maxPerAccount,
			@Value("${pledgeboard.sign-in.max-failures-per-address:20}") int maxPerAddress,
			@Value("${pledgeboard.sign-in.window:15m}") Duration window) {
		this.rows = rows;
		this.hmac = hmac;
		// Each count commits on its own, whatever becomes of the sign-in that made it.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = Clock.systemUTC();
		this.maxPerAccount = maxPerAccount;
		this.maxPerAddress = maxPerAddress;
		this.window = window;
	}

	static String accountKey(String username) {
		return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
	}

	/** The key of a client address: its keyed hash, so that the table holds no address. */
	String addressKey(String address) {
		return "address:" + hmac.hash(address);
	}

	/** Takes a place for an attempt in the key's window; false, and nothing counted, when none is left. */
	boolean reserve(String key, boolean perAccount) {
		int max = perAccount ? maxPerAccount : maxPerAddress;
		Instant now = clock.instant();
		if (take(key, max, now) == 1) {
			return true;
		}
		// Nothing taken: the key is full, or had no row yet when the update ran. Once the row surely
		// exists, the update answers for certain.
		boolean exists = rows.throttleExists(key);
		if (!exists) {
			try {
				// Its own transaction: on PostgreSQL a failed insert would spoil the one it ran in.
				ownTransaction.executeWithoutResult(status -> rows.openThrottle(key, Timestamp.from(now)));
			}
			catch (DuplicateKeyException ex) {
				// Another attempt opened the window first.
			}
		}
		return take(key, max, now) == 1;
	}

	/**
	 * One statement, so the database decides under the row's lock: both PostgreSQL and H2 check the
	 * condition again on the row as the attempt that held the lock left it.
	 */
	private int take(String key, int max, Instant now) {
		Timestamp expired = Timestamp.from(now.minus(window));
		return ownTransaction.execute(status -> rows.takeThrottle(key, max, expired, Timestamp.from(now)));
	}

	/** Gives back the place an attempt took: it signed in, or another key refused it. */
	void release(String key) {
		ownTransaction.executeWithoutResult(status -> rows.releaseThrottle(key));
	}

	/** When the key, refused now, may try again. */
	Instant blockedUntil(String key) {
		return rows.throttleStarted(key)
			.map(started -> started.toInstant().plus(window))
			.orElseGet(clock::instant);
	}

}
