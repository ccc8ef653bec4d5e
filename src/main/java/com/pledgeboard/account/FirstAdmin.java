package com.pledgeboard.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * There is no default password anywhere: on first start with no users, one {@code ADMIN} is created
 * with the password of {@code PLEDGEBOARD_ADMIN_PASSWORD} when it is set, or else with a random
 * one-time password printed once to the log, which must be changed at first sign-in.
 */
@Component
@ConditionalOnWebApplication
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final UserAccounts accounts;

	private final String username;

	private final String password;

	FirstAdmin(UserAccounts accounts, @Value("${pledgeboard.admin.username:admin}") String username,
			@Value("${pledgeboard.admin.password:}") String password) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.hasUsers()) {
			return;
		}
		var admin = new UserAccounts.NewUser(username, "考评办管理员", Role.ADMIN, null);
		if (!password.isBlank()) {
			accounts.createWithPassword(admin, password, false);
			log.info("Created the first administrator '{}' with the password from PLEDGEBOARD_ADMIN_PASSWORD", username);
			return;
		}
		var created = accounts.create(admin);
		log.warn("Created the first administrator '{}' with the one-time password {} (shown once; change it at first sign-in)",
				username, created.password());
	}

}
