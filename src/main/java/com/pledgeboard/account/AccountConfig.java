package com.pledgeboard.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration
class AccountConfig {

	/** bcrypt at cost 12: about a quarter of a second a hash here, slow for guessing, bearable for sign-in. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(12);
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
