package com.pledgeboard.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and per client address in the database, so that every node sees
 * the same counts, and blocks a key for a while once it has failed too often within the window.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxPerAccount;

	private final int maxPerAddress;

	private final Duration window;

	SignInThrottle(JdbcClient jdbc, @Value("${pledgeboard.sign-in.max-failures-per-account:5}") int maxPerAccount,
			@Value("${pledgeboard.sign-in.max-failures-per-address:20}") int maxPerAddress,
			@Value("${pledgeboard.sign-in.window:15m}") Duration window) {
		this.jdbc = jdbc;
		this.clock = Clock.systemUTC();
		this.maxPerAccount = maxPerAccount;
		this.maxPerAddress = maxPerAddress;
		this.window = window;
	}

	static String accountKey(String username) {
		return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
	}

	static String addressKey(String address) {
		return "address:" + address;
	}

	/** When the key may try again, if it is blocked now. */
	@Transactional(readOnly = true)
	public Optional<Instant> blockedUntil(String key) {
		Instant now = clock.instant();
		return jdbc.sql("select blocked_until from sign_in_throttle where throttle_key = ?")
			.param(key)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.filter(until -> until.isAfter(now));
	}

	/** Counts a failure; committed even when the sign-in's own work rolls back. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String key, boolean perAccount) {
		Instant now = clock.instant();
		int max = perAccount ? maxPerAccount : maxPerAddress;
		var row = jdbc.sql("select failures, window_started_at from sign_in_throttle where throttle_key = ? for update")
			.param(key)
			.query((rs, n) -> new Window(rs.getInt(1), rs.getTimestamp(2).toInstant()))
			.optional();
		if (row.isEmpty()) {
			jdbc.sql("insert into sign_in_throttle (throttle_key, failures, window_started_at, blocked_until) values (?, 1, ?, ?)")
				.params(key, Timestamp.from(now), max <= 1 ? Timestamp.from(now.plus(window)) : null)
				.update();
			return;
		}
		int failures = row.get().failures();
		Instant started = row.get().started();
		if (started.plus(window).isBefore(now)) {
			failures = 0;
			started = now;
		}
		failures++;
		Timestamp blocked = failures >= max ? Timestamp.from(now.plus(window)) : null;
		jdbc.sql("update sign_in_throttle set failures = ?, window_started_at = ?, blocked_until = ? where throttle_key = ?")
			.params(failures, Timestamp.from(started), blocked, key)
			.update();
	}

	private record Window(int failures, Instant started) {
	}

	@Transactional
	public void reset(String key) {
		jdbc.sql("delete from sign_in_throttle where throttle_key = ?").param(key).update();
	}

}
