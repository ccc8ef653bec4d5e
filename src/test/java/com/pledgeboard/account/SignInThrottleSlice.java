package com.pledgeboard.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.pledgeboard.privacy.PrivacySlice;
import com.pledgeboard.support.DataSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in throttle against the database alone (a data slice, see {@link DataSlice}), run on H2 and
 * on PostgreSQL by its two subclasses: parallel attempts on one key get exactly as many places as the
 * limit, the database deciding under the row's lock; a place given back is taken again; a client
 * address is counted only as its keyed hash.
 */
@DataSlice
@Import({ SignInThrottle.class, UserRows.class, PrivacySlice.class })
@TestPropertySource(properties = { "pledgeboard.sign-in.max-failures-per-account=4",
		"pledgeboard.sign-in.max-failures-per-address=7", "pledgeboard.sign-in.window=15m" })
abstract class SignInThrottleSlice {

	private static final int ATTEMPTS = 24;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	/** How many of {@link #ATTEMPTS} attempts, all let go at once, got a place for {@code key}. */
	private long placesTakenInParallel(String key, boolean perAccount) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Callable<Boolean>> attempts = new ArrayList<>();
			for (int i = 0; i < ATTEMPTS; i++) {
				attempts.add(() -> {
					start.await();
					return throttle.reserve(key, perAccount);
				});
			}
			List<Future<Boolean>> results = new ArrayList<>();
			for (Callable<Boolean> attempt : attempts) {
				results.add(pool.submit(attempt));
			}
			start.countDown();
			long taken = 0;
			for (Future<Boolean> result : results) {
				if (result.get()) {
					taken++;
				}
			}
			return taken;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private int failuresCounted(String key) {
		return jdbc.sql("select failures from sign_in_throttle where throttle_key = ?").param(key).query(Integer.class).single();
	}

	@Test
	void shouldGiveParallelAttemptsOnOneAccountNoMorePlacesThanTheLimit() throws Exception {
		String key = SignInThrottle.accountKey("Throttled-" + UUID.randomUUID());
		assertThat(placesTakenInParallel(key, true)).isEqualTo(4);
		assertThat(failuresCounted(key)).isEqualTo(4);
		assertThat(throttle.reserve(key, true)).as("refused once full").isFalse();
		assertThat(failuresCounted(key)).as("a refused attempt is not counted").isEqualTo(4);
	}

	@Test
	void shouldGiveParallelAttemptsFromOneAddressNoMorePlacesThanItsOwnLimit() throws Exception {
		String key = throttle.addressKey("198.51.100.23");
		assertThat(placesTakenInParallel(key, false)).isEqualTo(7);
		assertThat(failuresCounted(key)).isEqualTo(7);
	}

	@Test
	void shouldLetAnAttemptTakeAgainAPlaceThatWasGivenBack() {
		String key = SignInThrottle.accountKey("given-back-" + UUID.randomUUID());
		for (int i = 0; i < 4; i++) {
			assertThat(throttle.reserve(key, true)).isTrue();
		}
		assertThat(throttle.reserve(key, true)).isFalse();
		throttle.release(key);
		assertThat(throttle.reserve(key, true)).as("the place given back").isTrue();
		assertThat(throttle.reserve(key, true)).isFalse();
	}

	@Test
	void shouldSayTheKeyMayTryAgainWhenItsWindowEnds() {
		String key = SignInThrottle.accountKey("window-" + UUID.randomUUID());
		Instant before = Instant.now();
		for (int i = 0; i < 5; i++) {
			throttle.reserve(key, true);
		}
		Instant until = throttle.blockedUntil(key);
		assertThat(until).isBetween(before.plus(Duration.ofMinutes(15)).minusSeconds(1),
				Instant.now().plus(Duration.ofMinutes(15)).plusSeconds(1));
	}

	@Test
	void shouldCountAnAddressOnlyAsItsKeyedHash() {
		String address = "192.0.2.77";
		String key = throttle.addressKey(address);
		assertThat(key).startsWith("address:").doesNotContain(address).isEqualTo(throttle.addressKey(address));
		assertThat(throttle.reserve(key, false)).isTrue();
		assertThat(jdbc.sql("select count(*) from sign_in_throttle where throttle_key like ?").param("%" + address + "%")
			.query(Integer.class).single()).isZero();
	}

}
