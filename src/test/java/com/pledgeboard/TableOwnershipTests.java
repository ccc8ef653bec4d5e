package com.pledgeboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module owns its tables ({@link OwnsTables} on its {@code package-info}): every table the
 * migrations create has exactly one owner, and SQL in a module's code names only the tables it owns.
 * The crossings that remain from before the rule are listed in {@link #KNOWN_CROSSINGS}; the list may
 * only shrink: a new crossing fails, and so does one that is listed but gone.
 */
class TableOwnershipTests {

	/**
	 * SQL in one module naming another module's table, as {@code module -> table}, to be moved behind
	 * the owner's API one by one. Remove a line when its crossing is gone.
	 */
	static final Set<String> KNOWN_CROSSINGS = Set.of(
			"account -> department",
			"progress -> app_user",
			"progress -> commitment",
			"progress -> department",
			"progress -> department_entry",
			"progress -> plan_year",
			"progress -> target");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path SOURCES = Path.of("src/main/java/com/pledgeboard");

	private static final Pattern CREATE = Pattern.compile("(?i)create\\s+(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

	private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+(\\w+)");

	@Test
	void everyTableHasExactlyOneOwner() throws IOException {
		Map<String, List<String>> owners = owners();
		Set<String> created = createdTables();
		List<String> problems = new ArrayList<>();
		for (String table : created) {
			List<String> claimed = owners.getOrDefault(table, List.of());
			if (claimed.size() != 1) {
				problems.add(table + " is claimed by " + (claimed.isEmpty() ? "no module" : claimed));
			}
		}
		owners.keySet().stream().filter(t -> !created.contains(t))
			.forEach(t -> problems.add(t + " is claimed by " + owners.get(t) + " but no migration creates it"));
		assertThat(problems).as("@OwnsTables on the modules' package-info against the migrations").isEmpty();
	}

	@Test
	void sqlNamesOnlyTheModulesOwnTables() throws IOException {
		Set<String> crossings = crossings();
		assertThat(new TreeSet<>(crossings)).as("SQL in a module naming another module's table (new crossings)")
			.isSubsetOf(KNOWN_CROSSINGS);
		assertThat(new TreeSet<>(KNOWN_CROSSINGS)).as("crossings listed as known but gone: take them off the list")
			.isSubsetOf(crossings);
	}

	@Test
	void theScannerFindsTablesInTheWaysCodeWritesSql() {
		String source = """
				class X {
					// select * from not_a_string
					String a = "select id from commitment c join department_entry e on e.id = c.entry_id";
					String b = \"""
							update target
							   set status = 'CONFIRMED'
							\""";
					String c = "insert into " + "progress_report (id) values (?)";
					String d = "from \\"quoted\\" into nothing";
					char q = '"';
					String e = "delete from plan_year";
				}
				""";
		Set<String> named = new TreeSet<>();
		Matcher m = NAMED.matcher(String.join("\n", literals(source)));
		while (m.find()) {
			named.add(m.group(1).toLowerCase(Locale.ROOT));
		}
		assertThat(named).contains("commitment", "department_entry", "target", "progress_report", "plan_year")
			.doesNotContain("not_a_string");
	}

	/** {@code module -> table} for every table a module's SQL names that another module owns. */
	static Set<String> crossings() throws IOException {
		Map<String, String> ownerOf = new TreeMap<>();
		owners().forEach((table, modules) -> ownerOf.put(table, modules.get(0)));
		Set<String> crossings = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.relativize(file);
				if (relative.getNameCount() < 2) {
					continue;
				}
				String module = relative.getName(0).toString();
				Matcher m = NAMED.matcher(String.join("\n", literals(Files.readString(file, StandardCharsets.UTF_8))));
				while (m.find()) {
					String owner = ownerOf.get(m.group(1).toLowerCase(Locale.ROOT));
					if (owner != null && !owner.equals(module) && !module.equals("backup")) {
						crossings.add(module + " -> " + m.group(1).toLowerCase(Locale.ROOT));
					}
				}
			}
		}
		return crossings;
	}

	/** table -> the modules (top-level packages) whose {@link OwnsTables} name it. */
	static Map<String, List<String>> owners() throws IOException {
		Map<String, List<String>> owners = new TreeMap<>();
		try (Stream<Path> modules = Files.list(SOURCES)) {
			for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
				String name = module.getFileName().toString();
				OwnsTables owns = packageInfo(PledgeboardApplication.class.getPackageName() + "." + name);
				if (owns != null) {
					for (String table : owns.value()) {
						owners.computeIfAbsent(table, t -> new ArrayList<>()).add(name);
					}
				}
			}
		}
		return owners;
	}

	private static OwnsTables packageInfo(String packageName) {
		try {
			return Class.forName(packageName + ".package-info").getAnnotation(OwnsTables.class);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

	static Set<String> createdTables() throws IOException {
		Set<String> tables = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
				Matcher m = CREATE.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (m.find()) {
					tables.add(m.group(1).toLowerCase(Locale.ROOT));
				}
			}
		}
		return tables;
	}

	/** The contents of a Java source's string literals and text blocks, comments and chars left out. */
	static List<String> literals(String source) {
		List<String> literals = new ArrayList<>();
		int i = 0;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				i = lineEnd(source, i);
			}
			else if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2);
				i = end < 0 ? n : end + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = source.indexOf("\"\"\"", i + 3);
				end = end < 0 ? n : end;
				literals.add(source.substring(i + 3, end));
				i = Math.min(n, end + 3);
			}
			else if (c == '"' || c == '\'') {
				StringBuilder text = new StringBuilder();
				int j = i + 1;
				while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
					if (source.charAt(j) == '\\' && j + 1 < n) {
						j++;
					}
					text.append(source.charAt(j));
					j++;
				}
				if (c == '"') {
					literals.add(text.toString());
				}
				i = j + 1;
			}
			else {
				i++;
			}
		}
		return literals;
	}

	private static int lineEnd(String source, int from) {
		int end = source.indexOf('\n', from);
		return end < 0 ? source.length() : end + 1;
	}

}
