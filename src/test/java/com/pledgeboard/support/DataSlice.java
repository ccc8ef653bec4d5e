package com.pledgeboard.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * A data slice: the database with every Flyway migration applied, {@code JdbcClient}, transactions and
 * the JSON mapper, and of the application only the persistence classes the test {@code @Import}s. The
 * database is the tests' private in-memory H2, or PostgreSQL where the test points
 * {@code spring.datasource.url} at {@link EmbeddedPostgresServer}. It starts in a fraction of the time
 * the whole application takes (no web layer, no seed import, no other module's beans), so persistence
 * is tested here against both databases and only journeys boot everything. Tagged {@code slice}:
 * {@code mvn test -Dgroups=slice} runs the slices alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("slice")
@SpringBootTest(classes = DataSlice.Database.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
public @interface DataSlice {

	/** What every data slice starts from: the database and its schema, nothing of the application. */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
			TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
			FlywayAutoConfiguration.class, JacksonAutoConfiguration.class })
	class Database {

	}

}
