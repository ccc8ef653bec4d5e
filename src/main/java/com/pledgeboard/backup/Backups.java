package com.pledgeboard.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import com.pledgeboard.audit.AuditCheckpoints;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import org.springframework.stereotype.Service;

/**
 * Writes and restores snapshots. A snapshot is a directory (or the same as a zip file):
 * {@code manifest.json} (format, schema version, tables with their columns and row counts, sequences),
 * {@code tables/<table>.jsonl} (one JSON array of column values per row, in primary-key order),
 * {@code checkpoints/} (the audit checkpoints, which are public and signed) and {@code SHA256SUMS}
 * over all of them, in the format {@code sha256sum -c} reads.
 * <p>
 * All tables are read in one read-only transaction (snapshot isolation: repeatable read on
 * PostgreSQL, serializable on H2), so the snapshot is one moment of the database. Values are written
 * by what they are, not by the database's type names: whole numbers as numbers, decimals and times as
 * ISO text, binary (evidence files) as Base64, so that a snapshot of H2 restores into PostgreSQL and
 * back. Not in it: Flyway's history (the target is migrated by the same version), Spring Session's
 * sessions (safe to lose), and the audit key file, which is kept apart from the database by design.
 */
@Service
public class Backups {

	static final String FORMAT = "pledgeboard-backup-v1";

	private static final Set<String> LEFT_OUT = Set.of("flyway_schema_history", "spring_session",
			"spring_session_attributes");

	/** Tables that any use of the application writes to: a database with a row in one is not fresh. */
	private static final List<String> IN_USE = List.of("audit_entry", "app_user", "plan_year");

	private final DataSource dataSource;

	private final AuditCheckpoints checkpoints;

	private final JsonMapper json;

	Backups(DataSource dataSource, AuditCheckpoints checkpoints, JsonMapper json) {
		this.dataSource = dataSource;
		this.checkpoints = checkpoints;
		this.json = json;
	}

	/** What a snapshot holds, to print. */
	public record Summary(Path location, String schemaVersion, Map<String, Long> rows, int files) {

		public long totalRows() {
			return rows.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/**
	 * Writes a snapshot to {@code output}: a directory that must not exist or be empty, or a file ending
	 * in {@code .zip} that must not exist.
	 */
	public Summary backup(Path output) {
		boolean zip = isZip(output);
		try {
			Path directory = zip ? Files.createTempDirectory("pledgeboard-backup") : output;
			if (!zip) {
				requireEmptyDirectory(directory);
			}
			else if (Files.exists(output)) {
				throw new BackupRefusedException("fileExists", output.toString());
			}
			Summary summary = write(directory);
			if (zip) {
				zip(directory, output);
				deleteTree(directory);
			}
			return new Summary(output, summary.schemaVersion(), summary.rows(), summary.files());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the backup to " + output, ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the database for the backup: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Rebuilds this (fresh, migrated) database from a snapshot: checks every checksum first, then
	 * replaces what the migrations put in the tables with the snapshot's rows in one transaction, and
	 * copies the checkpoints into the checkpoint directory.
	 */
	public Summary restore(Path from) {
		Path directory = from;
		boolean zip = Files.isRegularFile(from);
		try {
			if (!Files.exists(from)) {
				throw new BackupRefusedException("noSnapshot", from.toString());
			}
			if (zip) {
				directory = Files.createTempDirectory("pledgeboard-restore");
				unzip(from, directory);
			}
			Map<String, String> sums = verifyChecksums(directory);
			JsonNode manifest = json.readTree(Files.readAllBytes(directory.resolve("manifest.json")));
			if (!FORMAT.equals(manifest.path("format").asString(""))) {
				throw new BackupRefusedException("notSnapshot", from.toString(),
						manifest.path("format").asString(""));
			}
			Summary summary = load(directory, manifest, from);
			restoreCheckpoints(directory, sums);
			return summary;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the snapshot " + from, ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("the restore failed and was rolled back: " + ex.getMessage(), ex);
		}
		finally {
			if (zip && directory != from) {
				deleteTree(directory);
			}
		}
	}

	private Summary write(Path directory) throws IOException, SQLException {
		Files.createDirectories(directory.resolve("tables"));
		Map<String, Long> counts = new TreeMap<>();
		var manifest = json.createObjectNode();
		manifest.put("format", FORMAT);
		manifest.put("createdAt", Instant.now().toString());
		ArrayNode tablesNode = manifest.putArray("tables");
		String schemaVersion;
		List<String> sequences;
		try (Connection connection = dataSource.getConnection()) {
			boolean postgres = isPostgres(connection);
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(postgres ? Connection.TRANSACTION_REPEATABLE_READ
					: Connection.TRANSACTION_SERIALIZABLE);
			connection.setReadOnly(true);
			try {
				schemaVersion = schemaVersion(connection);
				manifest.put("database", connection.getMetaData().getDatabaseProductName());
				for (String table : tables(connection)) {
					List<String> keys = primaryKey(connection, table);
					String order = keys.isEmpty() ? "1" : String.join(", ", keys);
					long rows = 0;
					var tableNode = tablesNode.addObject();
					tableNode.put("name", table);
					try (Statement statement = connection.createStatement();
							ResultSet rs = statement.executeQuery("select * from " + table + " order by " + order);
							BufferedWriter out = Files.newBufferedWriter(directory.resolve("tables").resolve(table + ".jsonl"),
									StandardCharsets.UTF_8)) {
						ResultSetMetaData meta = rs.getMetaData();
						ArrayNode columns = tableNode.putArray("columns");
						for (int c = 1; c <= meta.getColumnCount(); c++) {
							columns.add(meta.getColumnName(c).toLowerCase(Locale.ROOT));
						}
						while (rs.next()) {
							ArrayNode row = json.createArrayNode();
							for (int c = 1; c <= meta.getColumnCount(); c++) {
								value(rs, c, meta.getColumnType(c), meta.getColumnTypeName(c), row);
							}
							out.write(json.writeValueAsString(row));
							out.write('\n');
							rows++;
						}
					}
					tableNode.put("rows", rows);
					counts.put(table, rows);
				}
				sequences = sequences(connection);
			}
			finally {
				connection.rollback();
				connection.setReadOnly(false);
				connection.setAutoCommit(true);
			}
			// After the snapshot's transaction, so that each is past every value the snapshot holds.
			var sequencesNode = manifest.putObject("sequences");
			try (Statement statement = connection.createStatement()) {
				for (String sequence : sequences) {
					try (ResultSet rs = statement.executeQuery("select nextval('" + sequence + "')")) {
						rs.next();
						sequencesNode.put(sequence, rs.getLong(1));
					}
				}
			}
		}
		manifest.put("schemaVersion", schemaVersion);
		int files = 0;
		Path checkpointCopies = Files.createDirectories(directory.resolve("checkpoints"));
		if (Files.isDirectory(checkpoints.directory())) {
			try (DirectoryStream<Path> all = Files.newDirectoryStream(checkpoints.directory(), "checkpoint-*.json")) {
				for (Path file : all) {
					Files.copy(file, checkpointCopies.resolve(file.getFileName()));
					files++;
				}
			}
		}
		Files.write(directory.resolve("manifest.json"), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
		writeChecksums(directory);
		return new Summary(directory, schemaVersion, counts, files);
	}

	private static void value(ResultSet rs, int c, int type, String typeName, ArrayNode row) throws SQLException {
		switch (type) {
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
				long v = rs.getLong(c);
				if (rs.wasNull()) {
					row.addNull();
				}
				else {
					row.add(v);
				}
			}
			case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.FLOAT, Types.REAL -> {
				BigDecimal v = rs.getBigDecimal(c);
				row.add(v == null ? null : v.toPlainString());
			}
			case Types.BOOLEAN, Types.BIT -> {
				boolean v = rs.getBoolean(c);
				if (rs.wasNull()) {
					row.addNull();
				}
				else {
					row.add(v);
				}
			}
			case Types.TIMESTAMP_WITH_TIMEZONE -> text(row, rs.getObject(c, OffsetDateTime.class));
			case Types.TIMESTAMP -> {
				if (typeName.toLowerCase(Locale.ROOT).contains("tz")) {
					text(row, rs.getObject(c, OffsetDateTime.class));
				}
				else {
					text(row, rs.getObject(c, LocalDateTime.class));
				}
			}
			case Types.DATE -> text(row, rs.getObject(c, LocalDate.class));
			case Types.TIME -> text(row, rs.getObject(c, LocalTime.class));
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
				byte[] v = rs.getBytes(c);
				row.add(v == null ? null : Base64.getEncoder().encodeToString(v));
			}
			default -> row.add(rs.getString(c));
		}
	}

	private static void text(ArrayNode row, Object value) {
		row.add(value == null ? null : value.toString());
	}

	private Summary load(Path directory, JsonNode manifest, Path from) throws IOException, SQLException {
		Map<String, Long> counts = new TreeMap<>();
		try (Connection connection = dataSource.getConnection()) {
			String here = schemaVersion(connection);
			String there = manifest.path("schemaVersion").asString("");
			if (!here.equals(there)) {
				throw new BackupRefusedException("schemaVersion", there, here);
			}
			for (String table : IN_USE) {
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
					rs.next();
					if (rs.getLong(1) > 0) {
						throw new BackupRefusedException("databaseInUse", table, rs.getLong(1));
					}
				}
			}
			List<String> order = tables(connection);
			Map<String, JsonNode> inSnapshot = new LinkedHashMap<>();
			manifest.path("tables").forEach(t -> inSnapshot.put(t.path("name").asString(), t));
			Set<String> unknown = new LinkedHashSet<>(inSnapshot.keySet());
			unknown.removeAll(order);
			if (!unknown.isEmpty()) {
				throw new BackupRefusedException("unknownTables", String.join(", ", unknown));
			}
			connection.setAutoCommit(false);
			try {
				for (int i = order.size() - 1; i >= 0; i--) {
					try (Statement statement = connection.createStatement()) {
						statement.executeUpdate("delete from " + order.get(i));
					}
				}
				for (String table : order) {
					JsonNode described = inSnapshot.get(table);
					if (described == null) {
						continue;
					}
					counts.put(table, insert(connection, directory, table, described));
				}
				restartIdentities(connection, order);
				var sequences = manifest.path("sequences");
				for (var entry : sequences.properties()) {
					try (Statement statement = connection.createStatement()) {
						statement.execute("alter sequence " + entry.getKey() + " restart with " + entry.getValue().asLong());
					}
				}
				connection.commit();
			}
			catch (SQLException | RuntimeException | IOException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
		return new Summary(from, manifest.path("schemaVersion").asString(), counts, 0);
	}

	private long insert(Connection connection, Path directory, String table, JsonNode described)
			throws IOException, SQLException {
		List<String> columns = new ArrayList<>();
		described.path("columns").forEach(c -> columns.add(c.asString()));
		Map<String, Column> target = columns(connection, table);
		for (String column : columns) {
			if (!target.containsKey(column)) {
				throw new BackupRefusedException("unknownColumn", table, column);
			}
		}
		String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
				+ String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
		long rows = 0;
		try (PreparedStatement insert = connection.prepareStatement(sql);
				BufferedReader in = Files.newBufferedReader(directory.resolve("tables").resolve(table + ".jsonl"),
						StandardCharsets.UTF_8)) {
			String line;
			while ((line = in.readLine()) != null) {
				JsonNode row = json.readTree(line);
				for (int c = 0; c < columns.size(); c++) {
					bind(insert, c + 1, target.get(columns.get(c)), row.get(c));
				}
				insert.addBatch();
				if (++rows % 500 == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
		long expected = described.path("rows").asLong(-1);
		if (rows != expected) {
			throw new BackupRefusedException("rowCount", table, rows, expected);
		}
		return rows;
	}

	private record Column(int type, String typeName, boolean identity) {
	}

	private static void bind(PreparedStatement statement, int index, Column column, JsonNode value) throws SQLException {
		if (value == null || value.isNull()) {
			statement.setNull(index, column.type());
			return;
		}
		switch (column.type()) {
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> statement.setLong(index, value.asLong());
			case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.FLOAT, Types.REAL ->
				statement.setBigDecimal(index, new BigDecimal(value.asString()));
			case Types.BOOLEAN, Types.BIT -> statement.setBoolean(index, value.asBoolean());
			case Types.TIMESTAMP_WITH_TIMEZONE -> statement.setObject(index, OffsetDateTime.parse(value.asString()));
			case Types.TIMESTAMP -> {
				if (column.typeName().toLowerCase(Locale.ROOT).contains("tz")) {
					statement.setObject(index, OffsetDateTime.parse(value.asString()));
				}
				else {
					statement.setObject(index, LocalDateTime.parse(value.asString()));
				}
			}
			case Types.DATE -> statement.setObject(index, LocalDate.parse(value.asString()));
			case Types.TIME -> statement.setObject(index, LocalTime.parse(value.asString()));
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
				statement.setBytes(index, Base64.getDecoder().decode(value.asString()));
			default -> statement.setString(index, value.isString() ? value.asString() : value.toString());
		}
	}

	private static void restartIdentities(Connection connection, List<String> tables) throws SQLException {
		for (String table : tables) {
			for (var column : columns(connection, table).entrySet()) {
				if (!column.getValue().identity()) {
					continue;
				}
				long next;
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("select coalesce(max(" + column.getKey() + "), 0) + 1 from " + table)) {
					rs.next();
					next = rs.getLong(1);
				}
				try (Statement statement = connection.createStatement()) {
					statement.execute("alter table " + table + " alter column " + column.getKey() + " restart with " + next);
				}
			}
		}
	}

	private void restoreCheckpoints(Path directory, Map<String, String> sums) throws IOException {
		Path copies = directory.resolve("checkpoints");
		if (!Files.isDirectory(copies)) {
			return;
		}
		Files.createDirectories(checkpoints.directory());
		try (DirectoryStream<Path> all = Files.newDirectoryStream(copies, "checkpoint-*.json")) {
			for (Path file : all) {
				Path target = checkpoints.directory().resolve(file.getFileName());
				if (!Files.exists(target)) {
					Files.copy(file, target);
				}
			}
		}
	}

	/** Tables of the application in an order where every table comes after those it references. */
	private static List<String> tables(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		Map<String, Set<String>> references = new TreeMap<>();
		try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
				if (!LEFT_OUT.contains(name)) {
					references.put(name, new LinkedHashSet<>());
				}
			}
		}
		for (String table : references.keySet()) {
			try (ResultSet rs = meta.getImportedKeys(null, connection.getSchema(), name(meta, table))) {
				while (rs.next()) {
					String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
					if (!parent.equals(table) && references.containsKey(parent)) {
						references.get(table).add(parent);
					}
				}
			}
		}
		List<String> ordered = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		while (placed.size() < references.size()) {
			boolean progress = false;
			for (var table : references.entrySet()) {
				if (!placed.contains(table.getKey()) && placed.containsAll(table.getValue())) {
					placed.add(table.getKey());
					ordered.add(table.getKey());
					progress = true;
				}
			}
			if (!progress) {
				throw new IllegalStateException("the tables reference each other in a cycle: " + references);
			}
		}
		return ordered;
	}

	private static List<String> primaryKey(Connection connection, String table) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		Map<Integer, String> key = new TreeMap<>();
		try (ResultSet rs = meta.getPrimaryKeys(null, connection.getSchema(), name(meta, table))) {
			while (rs.next()) {
				key.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return List.copyOf(key.values());
	}

	private static Map<String, Column> columns(Connection connection, String table) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		Map<String, Column> columns = new LinkedHashMap<>();
		try (ResultSet rs = meta.getColumns(null, connection.getSchema(), name(meta, table), "%")) {
			while (rs.next()) {
				columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), new Column(rs.getInt("DATA_TYPE"),
						rs.getString("TYPE_NAME"), "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
			}
		}
		return columns;
	}

	private static List<String> sequences(Connection connection) throws SQLException {
		List<String> sequences = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(
				"select sequence_name from information_schema.sequences where lower(sequence_schema) = lower(?) order by 1")) {
			query.setString(1, connection.getSchema());
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					String name = rs.getString(1).toLowerCase(Locale.ROOT);
					if (!name.startsWith("system_sequence")) {
						sequences.add(name);
					}
				}
			}
		}
		return sequences;
	}

	/** The name as the database's metadata stores unquoted identifiers. */
	private static String name(DatabaseMetaData meta, String table) throws SQLException {
		return meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
	}

	private static String schemaVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"select \"version\" from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null "
								+ "order by \"installed_rank\" desc fetch first 1 rows only")) {
			return rs.next() ? rs.getString(1) : "";
		}
	}

	private static boolean isPostgres(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
	}

	private static void writeChecksums(Path directory) throws IOException {
		StringBuilder sums = new StringBuilder();
		for (Path file : files(directory)) {
			sums.append(sha256(file)).append("  ").append(relative(directory, file)).append('\n');
		}
		Files.writeString(directory.resolve("SHA256SUMS"), sums, StandardCharsets.UTF_8);
	}

	/** Every file's checksum as SHA256SUMS states it, or a refusal naming the first that differs. */
	private static Map<String, String> verifyChecksums(Path directory) throws IOException {
		Path list = directory.resolve("SHA256SUMS");
		if (!Files.isRegularFile(list)) {
			throw new BackupRefusedException("noChecksums");
		}
		Map<String, String> sums = new TreeMap<>();
		for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			int gap = line.indexOf("  ");
			if (gap != 64) {
				throw new BackupRefusedException("checksumsDamaged", line);
			}
			sums.put(line.substring(gap + 2), line.substring(0, gap));
		}
		if (!sums.containsKey("manifest.json")) {
			throw new BackupRefusedException("manifestUnlisted");
		}
		for (Path file : files(directory)) {
			String name = relative(directory, file);
			String expected = sums.get(name);
			if (expected == null) {
				throw new BackupRefusedException("fileUnlisted", name);
			}
			if (!expected.equals(sha256(file))) {
				throw new BackupRefusedException("corrupted", name);
			}
		}
		for (String name : sums.keySet()) {
			if (!Files.isRegularFile(directory.resolve(name))) {
				throw new BackupRefusedException("incomplete", name);
			}
		}
		return sums;
	}

	private static List<Path> files(Path directory) throws IOException {
		try (Stream<Path> walk = Files.walk(directory)) {
			return walk.filter(Files::isRegularFile)
				.filter(f -> !relative(directory, f).equals("SHA256SUMS"))
				.sorted()
				.toList();
		}
	}

	private static String relative(Path directory, Path file) {
		return directory.relativize(file).toString().replace('\\', '/');
	}

	private static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isZip(Path output) {
		return output.getFileName() != null && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
	}

	private static void requireEmptyDirectory(Path directory) throws IOException {
		if (Files.exists(directory)) {
			if (!Files.isDirectory(directory)) {
				throw new BackupRefusedException("isFile", directory.toString());
			}
			try (Stream<Path> entries = Files.list(directory)) {
				if (entries.findAny().isPresent()) {
					throw new BackupRefusedException("notEmpty", directory.toString());
				}
			}
		}
		Files.createDirectories(directory);
	}

	private static void zip(Path directory, Path output) throws IOException {
		if (output.toAbsolutePath().getParent() != null) {
			Files.createDirectories(output.toAbsolutePath().getParent());
		}
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(output, StandardOpenOption.CREATE_NEW))) {
			List<Path> all = new ArrayList<>(files(directory));
			all.add(directory.resolve("SHA256SUMS"));
			for (Path file : all) {
				zip.putNextEntry(new ZipEntry(relative(directory, file)));
				Files.copy(file, zip);
				zip.closeEntry();
			}
		}
	}

	private static void unzip(Path file, Path directory) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				Path target = directory.resolve(entry.getName()).normalize();
				if (!target.startsWith(directory) || entry.isDirectory()) {
					if (!entry.isDirectory()) {
						throw new BackupRefusedException("zipEntryOutside", file.toString(), entry.getName());
					}
					continue;
				}
				Files.createDirectories(target.getParent());
				Files.copy(zip, target);
			}
		}
		catch (java.util.zip.ZipException ex) {
			throw new BackupRefusedException("zipUnreadable", file.toString(), String.valueOf(ex.getMessage()));
		}
	}

	private static void deleteTree(Path directory) {
		try (Stream<Path> walk = Files.walk(directory)) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// A temporary directory left behind is harmless.
		}
	}

}
