package com.pledgeboard;

import com.pledgeboard.account.Accounts;
import com.pledgeboard.i18n.Forbidden;
import com.pledgeboard.i18n.NotFound;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * One way to refuse and one place per module that says who may do what. Refusals a person reads are
 * {@code i18n.Refused} (or its {@code Conflict}), {@code i18n.NotFound} and {@code i18n.Forbidden}, turned
 * into answers by {@code i18n.RefusalAdvice}: a new exception type of its own fails here, beyond the
 * listed ones, which are not refusals of a request (signals inside the readers of files, the plain-Java
 * rules, the command line's own). Controllers carry no role check of their own: they ask their module's
 * policy ({@code *Policy}) or {@code Accounts}; the role checks left in services may only shrink.
 */
class RefusalPathTests {

	/** Exception types of their own that are not refusals of a web request. The list may only shrink. */
	static final Set<String> OTHER_EXCEPTIONS = Set.of(
			"cli/UserInputException.java",
			"ingest/TableFormatException.java",
			"ingest/ocr/ImageFile.java",
			"ingest/ocr/OcrFailure.java",
			"ingest/pdf/GlyphCollector.java",
			"ingest/pdf/RulingCollector.java",
			"rules/ReadingRefused.java");

	/**
	 * Role checks written out in services rather than asked of a policy, per file: may only go down. Lower
	 * a number (or remove the line) when a check moves into its module's policy. The two left do not
	 * authorise anybody: they pick, from the list of accounts, the enabled committee members whose ratings
	 * are missing (the checklist before a year closes, the office's list of raters on the difficulty page).
	 */
	static final Map<String, Integer> ROLE_CHECKS_LEFT = Map.ofEntries(
			Map.entry("difficulty/DifficultyPages.java", 1),
			Map.entry("evaluation/EvaluationGates.java", 1));

	private static final Path SOURCES = Path.of("src/main/java/com/pledgeboard");

	private static final Pattern OWN_EXCEPTION = Pattern
		.compile("class\\s+\\w+\\s+extends\\s+(?:RuntimeException|IllegalStateException|IllegalArgumentException|Exception)\\b");

	/** A role compared in code: {@code isAdmin()}, {@code role() == Role.RATER}, {@code hasRole('ADMIN')}. */
	private static final Pattern ROLE_CHECK = Pattern
		.compile("isAdmin\\(\\)|\\.role\\(\\)\\s*[!=]=\\s*Role\\.|hasRole\\(|hasAnyRole\\(|new AccessDeniedException\\(");

	private static final Pattern CONTROLLER = Pattern.compile("@(?:Rest)?Controller\\b");

	@Test
	void shouldRefuseOnlyThroughTheOneHierarchy() throws IOException {
		Set<String> found = new TreeSet<>();
		for (Path file : sources()) {
			String name = relative(file);
			if (!name.startsWith("i18n/") && OWN_EXCEPTION.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
				found.add(name);
			}
		}
		assertThat(found).as("exception types beside i18n.Refused, NotFound, Forbidden and Conflict")
			.isSubsetOf(OTHER_EXCEPTIONS);
		assertThat(OTHER_EXCEPTIONS).as("listed but gone: remove them from OTHER_EXCEPTIONS").isSubsetOf(found);
	}

	@Test
	void shouldLeaveNoRoleCheckInAController() throws IOException {
		Map<String, Integer> inControllers = new TreeMap<>();
		for (Path file : sources()) {
			String source = Files.readString(file, StandardCharsets.UTF_8);
			if (CONTROLLER.matcher(source).find()) {
				int n = roleChecks(source);
				if (n > 0) {
					inControllers.put(relative(file), n);
				}
			}
		}
		assertThat(inControllers).as("role checks in controllers: ask the module's policy instead").isEmpty();
	}

	@Test
	void shouldOnlyLoseRoleChecksOutsideThePolicies() throws IOException {
		Map<String, Integer> left = new TreeMap<>();
		for (Path file : sources()) {
			String name = relative(file);
			if (name.startsWith("account/") || name.startsWith("demo/") || name.endsWith("Policy.java")) {
				continue;
			}
			int n = roleChecks(Files.readString(file, StandardCharsets.UTF_8));
			if (n > 0) {
				left.put(name, n);
			}
		}
		left.forEach((file, n) -> assertThat(n).as(file + ": role checks outside its module's policy")
			.isLessThanOrEqualTo(ROLE_CHECKS_LEFT.getOrDefault(file, 0)));
		ROLE_CHECKS_LEFT.forEach((file, n) -> assertThat(left.getOrDefault(file, 0))
			.as(file + " has fewer role checks than listed: lower ROLE_CHECKS_LEFT").isEqualTo(n));
	}

	/** Role checks outside annotations: a class's {@code @PreAuthorize} is declared, not written inline. */
	private static int roleChecks(String source) {
		int n = 0;
		for (String line : source.lines().filter(l -> !l.strip().startsWith("@")).toList()) {
			Matcher m = ROLE_CHECK.matcher(line);
			while (m.find()) {
				n++;
			}
		}
		return n;
	}

	private static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
		}
	}

	private static String relative(Path file) {
		return SOURCES.relativize(file).toString().replace('\\', '/');
	}

}
