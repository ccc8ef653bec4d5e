package com.pledgeboard.audit;

import java.nio.file.Path;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.pledgeboard.Json;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@link AuditVerifier} over the database and the audit home of another process (the failure drills'
 * servers and commands), made of the same parts as {@link AuditConfig} makes them, in this JVM: what
 * {@code audit verify} does, without starting a JVM and a Spring context for it.
 */
public final class TrailOfAnotherProcess {

	private TrailOfAnotherProcess() {
	}

	public static VerificationResult verify(String url, Path home) throws java.sql.SQLException {
		var dataSource = new SimpleDriverDataSource(java.sql.DriverManager.getDriver(url), url, "sa", "");
		AuditFiles files = AuditFiles.of(home.toString(), "", "");
		AuditKeys keys = AuditKeys.loadOrCreate(files.keyFile());
		AuditStore store = new AuditStore(JdbcClient.create(dataSource));
		AuditCheckpoints checkpoints = new AuditCheckpoints(store, keys, files, Json.configure(JsonMapper.builder()).build());
		return new AuditVerifier(store, keys, checkpoints).verify();
	}

}
