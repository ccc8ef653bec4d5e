package com.pledgeboard.account;

import com.pledgeboard.support.EmbeddedPostgresServer;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The sign-in throttle's data slice on a real PostgreSQL server. */
class SignInThrottlePostgresSliceTests extends SignInThrottleSlice {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresServer.useNewDatabase(registry);
	}

}
