package com.pledgeboard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import com.pledgeboard.audit.AuditCheckpoints;
import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.audit.AuditTrail;
import com.pledgeboard.support.SetsSystemProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code audit verify} against a file database, as an operator runs it: entries written by one
 * command's context, then altered with plain SQL while no application runs.
 */
@SetsSystemProperties
@Order(1)
class AuditCommandTests {

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private String url;

	@BeforeEach
	void fileDatabase() {
		url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
		System.setProperty("spring.datasource.url", url);
		System.setProperty("pledgeboard.audit.home", dir.resolve("audit").toString());
	}

	@AfterEach
	void forgetDatabase() {
		SpringContext.close();
		System.clearProperty("spring.datasource.url");
		System.clearProperty("pledgeboard.audit.home");
	}

	private int run(String... args) {
		out.getBuffer().setLength(0);
		err.getBuffer().setLength(0);
		return CommandLineInterface.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
				Locale.SIMPLIFIED_CHINESE);
	}

	private void appendThree() {
		var trail = SpringContext.bean(AuditTrail.class);
		for (int i = 1; i <= 3; i++) {
			trail.record(AuditEvent.of("TARGET_EDITED", "target", i, Map.of("value", i), Map.of("value", i * 10)));
		}
		assertThat(SpringContext.bean(JdbcClient.class).sql("select actor from audit_entry where seq = 1")
			.query(String.class)
			.single()).isEqualTo("cli:" + System.getProperty("user.name"));
		SpringContext.close();
	}

	private void sql(String statement) throws SQLException {
		try (var connection = DriverManager.getConnection(url, "sa", "");
				var update = connection.createStatement()) {
			update.executeUpdate(statement);
		}
	}

	@Test
	void shouldReportAnIntactTrailWithItsNumberOfEntries() {
		appendThree();
		assertThat(run("audit", "verify")).as(err.toString()).isZero();
		assertThat(out.toString().strip()).isEqualTo("audit trail intact: 3 entries");
		assertThat(err.toString()).isEmpty();
	}

	@Test
	void shouldFailVerificationNamingTheEntryAlteredWithSql() throws SQLException {
		appendThree();
		sql("update audit_entry set after_json = '{\"value\":1000}' where seq = 2");
		long id = idOfSeq(2);
		assertThat(run("audit", "verify")).isEqualTo(AuditCommand.EXIT_BROKEN);
		assertThat(err.toString()).startsWith("audit trail broken at entry seq 2 (id " + id + "): lane 1 seq 2: ")
			.contains("altered");
		assertThat(out.toString()).isEmpty();
	}

	@Test
	void shouldFailVerificationNamingWhereAnEntryWasRemovedWithSql() throws SQLException {
		appendThree();
		sql("delete from audit_entry where seq = 3");
		assertThat(run("audit", "verify")).isEqualTo(AuditCommand.EXIT_BROKEN);
		assertThat(err.toString()).startsWith("audit trail broken: lane 1 seq 3 is missing");
	}

	@Test
	void shouldVerifyEntriesSignedBeforeAndAfterARotatedKey() throws SQLException {
		appendThree();
		assertThat(run("audit", "rotate-key")).as(err.toString()).isZero();
		assertThat(out.toString().strip()).isEqualTo("audit key k2 is now current");
		SpringContext.close();
		appendThree();
		assertThat(run("audit", "verify")).as(err.toString()).isZero();
		assertThat(out.toString().strip()).isEqualTo("audit trail intact: 6 entries");
		try (var connection = DriverManager.getConnection(url, "sa", "");
				var rows = connection.createStatement()
					.executeQuery("select key_id, count(*) from audit_entry group by key_id order by key_id")) {
			rows.next();
			assertThat(rows.getString(1) + "=" + rows.getLong(2)).isEqualTo("k1=3");
			rows.next();
			assertThat(rows.getString(1) + "=" + rows.getLong(2)).isEqualTo("k2=3");
		}
	}

	@Test
	void shouldFailVerificationOfATrailTruncatedBehindACheckpoint() throws SQLException {
		appendThree();
		SpringContext.bean(AuditCheckpoints.class).write("test");
		SpringContext.close();
		sql("delete from audit_entry where seq = 3");
		sql("update audit_head set last_seq = 2, last_hash = (select hash from audit_entry where seq = 2) where id = 1");
		assertThat(run("audit", "verify")).isEqualTo(AuditCommand.EXIT_BROKEN);
		assertThat(err.toString()).startsWith("audit trail broken: lane 1 ends at seq 2, but checkpoint checkpoint-")
			.contains("saw it at seq 3")
			.contains("truncated");
	}

	@Test
	void shouldBeACommandOfTheJar() {
		assertThat(CommandLineInterface.handles(new String[] { "audit", "verify" })).isTrue();
		assertThat(run("audit")).isNotZero();
		assertThat(err.toString()).contains("verify");
	}

	private long idOfSeq(long seq) throws SQLException {
		try (var connection = DriverManager.getConnection(url, "sa", "");
				var query = connection.prepareStatement("select id from audit_entry where seq = ?")) {
			query.setLong(1, seq);
			try (var rows = query.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

}
