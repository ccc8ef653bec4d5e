package com.pledgeboard.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration
class AccountConfig {

	private static final Logger log = LoggerFactory.getLogger(AccountConfig.class);

	/**
	 * bcrypt at cost 12 ({@code pledgeboard.sign-in.password-cost}): about a quarter of a second a hash here,
	 * slow for guessing, bearable for sign-in. A lower cost is for tests alone, whose passwords guard
	 * nothing and which create hundreds of users: the same bcrypt, with 1/256 of the work at cost 4, which is
	 * said at start-up. Hashes keep their own cost, so a change of it needs no migration.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${pledgeboard.sign-in.password-cost:12}") int cost) {
		if (cost < 12) {
			log.warn("Passwords are hashed with bcrypt at cost {}, below the 12 meant for production: for tests only", cost);
		}
		return new BCryptPasswordEncoder(cost);
	}

	@Bean
	PasswordPolicy passwordPolicy() {
		var resource = new ClassPathResource("account/common-passwords.txt");
		try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			Set<String> common = reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toSet());
			return new PasswordPolicy(common);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the list of common passwords", ex);
		}
	}

}
