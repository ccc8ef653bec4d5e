package com.pledgeboard.privacy;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The privacy module's persistence home: every SQL statement on its table ({@code privacy_setting}).
 * It checks nothing and opens no transaction: {@link Hmac} decides when the secret is generated and
 * commits it on its own.
 */
@Component
class PrivacyStore {

	private final JdbcClient jdbc;

	PrivacyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored value of a setting; empty where none is. */
	Optional<String> setting(String key) {
		return jdbc.sql("select setting_value from privacy_setting where setting_key = ?")
			.param(key)
			.query(String.class)
			.optional();
	}

	/**
	 * Stores a setting that is not there yet.
	 * @throws org.springframework.dao.DuplicateKeyException when another has stored it first
	 */
	void addSetting(String key, String value) {
		jdbc.sql("insert into privacy_setting (setting_key, setting_value) values (?, ?)").params(key, value).update();
	}

}
