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
 * Each module owns its tables ({@link OwnsTables} on its {@code package-info}): every table and view the
 * migrations create has exactly one owner, and SQL in a module's code names only the tables and views it
 * owns, or a view another module publishes.
 * <p>
 * The rule for views: a view a migration creates is owned like a table. Its owner may publish it as a
 * read model ({@link OwnsTables#published()}; only views may be published, named {@code v_...}), and then
 * SQL of a module that depends on the owner (its code refers to the owner's package, which Spring
 * Modulith counts as a dependency, so that reading a view never hides a dependency the module graph
 * does not show) may name it. Naming another module's
 * table, an unpublished view, or a published view of a module one does not depend on is a crossing.
 * Crossings that remained from before the rule would be listed in {@link #KNOWN_CROSSINGS}; the list
 * may only shrink: a new crossing fails, and so does one that is listed but gone.
 */
class TableOwnershipTests {

	/**
	 * SQL in one module naming another module's table, as {@code module -> table}, to be moved behind
	 * the owner's API one by one. Remove a line when its crossing is gone.
	 */
	static final Set<String> KNOWN_CROSSINGS = Set.of();


	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path SOURCES = Path.of("src/main/java/com/pledgeboard");

	private static final Pattern CREATE = Pattern
		.compile("(?i)create\\s+(?:or\\s+replace\\s+)?(table|view)\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

	static final Pattern NAMED = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+(\\w+)");

	@Test
	void everyTableHasExactlyOneOwner() throws IOException {
		Map<String, List<String>> owners = owners();
		Set<String> created = created("table");
		created.addAll(created("view"));
		List<String> problems = new ArrayList<>();
		for (String table : created) {
			List<String> claimed = owners.getOrDefault(table, List.of());
			if (claimed.size() != 1) {
				problems.add(table + " is claimed by " + (claimed.isEmpty() ? "no module" : claimed));
			}
		}
		owners.keySet().stream().filter(t -> !created.contains(t))
			.forEach(t -> problems.add(t + " is claimed by " + owners.get(t) + " but no migration creates it"));
		Set<String> views = created("view");
		published().forEach((name, owner) -> {
			if (!views.contains(name)) {
				problems.add(name + " is published by " + owner + " but is not a view: only views are published");
			}
			else if (!name.startsWith("v_")) {
				problems.add(name + " is published by " + owner + " but its name does not start with v_");
			}
		});
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

	@Test
	void aViewOfAnotherModuleIsReadOnlyWherePublishedAndDependedOn() {
		Map<String, String> ownerOf = Map.of("commitment", "catalogue", "v_commitment_scope", "catalogue",
				"v_catalogue_private", "catalogue", "progress_report", "progress");
		Map<String, String> published = Map.of("v_commitment_scope", "catalogue");
		Map<String, Set<String>> uses = Map.of("progress", Set.of("catalogue"), "account", Set.of());
		assertThat(crosses("progress", "progress_report", ownerOf, published, uses)).isFalse();
		assertThat(crosses("progress", "v_commitment_scope", ownerOf, published, uses)).isFalse();
		assertThat(crosses("progress", "commitment", ownerOf, published, uses)).as("another module's table").isTrue();
		assertThat(crosses("progress", "v_catalogue_private", ownerOf, published, uses)).as("a view not published")
			.isTrue();
		assertThat(crosses("account", "v_commitment_scope", ownerOf, published, uses))
			.as("a published view of a module the reader does not depend on").isTrue();
		assertThat(crosses("progress", "no_such_table", ownerOf, published, uses)).isFalse();
	}

	/**
	 * Whether a module's SQL naming a table or view crosses into another module: it does unless the
	 * module owns it, or its owner publishes it and the module depends on the owner.
	 */
	static boolean crosses(String module, String name, Map<String, String> ownerOf, Map<String, String> published,
			Map<String, Set<String>> uses) {
		String owner = ownerOf.get(name);
		if (owner == null || owner.equals(module)) {
			return false;
		}
		return !(owner.equals(published.get(name)) && uses.getOrDefault(module, Set.of()).contains(owner));
	}

	/**
	 * The modules each module's code refers to (an import or a qualified name of another module's
	 * package): the dependencies Spring Modulith sees and {@code ModularityTests} keeps acyclic, found
	 * without booting its analysis, so that this test stays a plain file scan.
	 */
	static Map<String, Set<String>> uses() throws IOException {
		Pattern reference = Pattern.compile("\\b" + Pattern.quote(PledgeboardApplication.class.getPackageName())
				+ "\\.(\\w+)\\.");
		Map<String, Set<String>> uses = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.relativize(file);
				if (relative.getNameCount() < 2) {
					continue;
				}
				String module = relative.getName(0).toString();
				Matcher m = reference.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (m.find()) {
					if (!m.group(1).equals(module)) {
						uses.computeIfAbsent(module, k -> new TreeSet<>()).add(m.group(1));
					}
				}
			}
		}
		return uses;
	}

	/**
	 * {@code module -> table} for every table or view a module's SQL names that another module owns and
	 * does not publish to it.
	 */
	static Set<String> crossings() throws IOException {
		Map<String, String> ownerOf = new TreeMap<>();
		owners().forEach((table, modules) -> ownerOf.put(table, modules.get(0)));
		Map<String, String> published = published();
		Map<String, Set<String>> uses = uses();
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
					String name = m.group(1).toLowerCase(Locale.ROOT);
					if (!module.equals("backup") && crosses(module, name, ownerOf, published, uses)) {
						crossings.add(module + " -> " + name);
					}
				}
			}
		}
		return crossings;
	}

	/** table or view -> the modules (top-level packages) whose {@link OwnsTables} name it, published or not. */
	static Map<String, List<String>> owners() throws IOException {
		Map<String, List<String>> owners = new TreeMap<>();
		ownsTables().forEach((name, owns) -> {
			for (String table : owns.value()) {
				owners.computeIfAbsent(table, t -> new ArrayList<>()).add(name);
			}
			for (String view : owns.published()) {
				owners.computeIfAbsent(view, t -> new ArrayList<>()).add(name);
			}
		});
		return owners;
	}

	/** published view -> the module that publishes it. */
	static Map<String, String> published() throws IOException {
		Map<String, String> published = new TreeMap<>();
		ownsTables().forEach((name, owns) -> {
			for (String view : owns.published()) {
				published.put(view, name);
			}
		});
		return published;
	}

	private static Map<String, OwnsTables> ownsTables() throws IOException {
		Map<String, OwnsTables> found = new TreeMap<>();
		try (Stream<Path> modules = Files.list(SOURCES)) {
			for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
				String name = module.getFileName().toString();
				OwnsTables owns = packageInfo(PledgeboardApplication.class.getPackageName() + "." + name);
				if (owns != null) {
					found.put(name, owns);
				}
			}
		}
		return found;
	}

	private static OwnsTables packageInfo(String packageName) {
		try {
			return Class.forName(packageName + ".package-info").getAnnotation(OwnsTables.class);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

	/** The tables ({@code "table"}) or views ({@code "view"}) the migrations create. */
	static Set<String> created(String kind) throws IOException {
		Set<String> names = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
				Matcher m = CREATE.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (m.find()) {
					if (m.group(1).equalsIgnoreCase(kind)) {
						names.add(m.group(2).toLowerCase(Locale.ROOT));
					}
				}
			}
		}
		return names;
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
