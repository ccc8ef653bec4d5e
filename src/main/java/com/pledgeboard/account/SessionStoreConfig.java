package com.pledgeboard.account;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in the database (Spring Session JDBC), written so that two requests of one session at once
 * cannot both insert the same attribute (the flash map of a redirect after POST): an attribute is
 * upserted. Saving a session first updates its row, which holds the two saves apart until the first
 * commits; PostgreSQL's {@code ON CONFLICT} and H2's {@code MERGE … KEY} then update what the other
 * inserted instead of failing on the duplicate.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionStoreConfig {

	static final String H2_UPSERT_ATTRIBUTE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource)
			throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		if ("PostgreSQL".equals(product)) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT_ATTRIBUTE);
	}

}
