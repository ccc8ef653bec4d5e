package com.pledgeboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One persistence home per module: a module's SQL statements live in one class named {@code *Store} or
 * {@code *Rows} (progress's {@code ProgressStore}, difficulty's {@code DifficultyRows}), and the
 * services around it hold the rules and checks and call its methods. A class holds SQL when a string
 * literal of it names a table or view the migrations create after {@code from}, {@code join},
 * {@code into}, {@code update} or {@code table} (the scanner of {@link TableOwnershipTests}). The
 * {@code backup} module is left out: it copies every table by design.
 * <p>
 * No class holds SQL outside its module's home, and {@link #HOMES} names each module's home, so that a
 * newcomer finds it here and a module that gains SQL, or moves it, says where.
 */
class PersistenceHomeTests {

	/** Each module that holds SQL, by the one class that holds all of it. */
	static final Map<String, String> HOMES = Map.of(
			"account", "UserRows",
			"audit", "AuditStore",
			"catalogue", "CatalogueStore",
			"difficulty", "DifficultyRows",
			"evaluation", "EvaluationStore",
			"ingest", "DraftStore",
			"privacy", "PrivacyStore",
			"progress", "ProgressStore",
			"scoring", "ScoringStore");

	private static final Path SOURCES = Path.of("src/main/java/com/pledgeboard");

	@Test
	void sqlLivesInOneStoreOrRowsClassPerModule() throws IOException {
		Map<String, Set<String>> holders = holders();
		Set<String> elsewhere = new TreeSet<>();
		Map<String, Set<String>> homes = new TreeMap<>();
		holders.forEach((module, classes) -> classes.forEach(c -> {
			if (isHome(c)) {
				homes.computeIfAbsent(module, k -> new TreeSet<>()).add(c);
			}
			else {
				elsewhere.add(module + "/" + c);
			}
		}));
		assertThat(elsewhere).as("classes holding SQL outside their module's *Store/*Rows home").isEmpty();
		homes.forEach((module, classes) -> assertThat(classes).as("the persistence homes of " + module).hasSize(1));
	}

	@Test
	void eachModuleKeepsAllItsSqlInTheHomeNamedForIt() throws IOException {
		Map<String, Set<String>> expected = new TreeMap<>();
		HOMES.forEach((module, home) -> expected.put(module, Set.of(home)));
		assertThat(holders()).isEqualTo(expected);
	}

	static boolean isHome(String className) {
		return className.endsWith("Store") || className.endsWith("Rows");
	}

	/** module -> the classes of it whose string literals name a table or view of the migrations. */
	static Map<String, Set<String>> holders() throws IOException {
		Set<String> names = TableOwnershipTests.created("table");
		names.addAll(TableOwnershipTests.created("view"));
		Map<String, Set<String>> holders = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.relativize(file);
				String module = relative.getName(0).toString();
				if (relative.getNameCount() < 2 || module.equals("backup")) {
					continue;
				}
				String literals = String.join("\n",
						TableOwnershipTests.literals(Files.readString(file, StandardCharsets.UTF_8)));
				Matcher m = TableOwnershipTests.NAMED.matcher(literals);
				while (m.find()) {
					if (names.contains(m.group(1).toLowerCase(Locale.ROOT))) {
						String name = file.getFileName().toString();
						holders.computeIfAbsent(module, k -> new TreeSet<>())
							.add(name.substring(0, name.length() - ".java".length()));
						break;
					}
				}
			}
		}
		return holders;
	}

}
