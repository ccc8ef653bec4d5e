package com.pledgeboard.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message code the code names for a person to read is in both bundles, with the same arguments,
 * and the English one is English: collected from the sources, so that a refusal added without its
 * words fails here rather than showing its code on a page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusalCodesTests {

	/** A refusal's code, wherever it is written: {@code "reading.refused.notANumber"}. */
	private static final Pattern REFUSAL = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z0-9]+)*\\.refused\\.[A-Za-z0-9.]+)\"");

	/** Any code-like literal, in the classes that build messages: field labels, {@code "message.joined"}. */
	private static final Pattern CODE = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z0-9]+)+)\"");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

	private final Set<String> codes = new TreeSet<>();

	private Properties chinese;

	private Properties english;

	@BeforeAll
	void collect() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file, StandardCharsets.UTF_8);
				collect(REFUSAL.matcher(source));
				if (source.contains("import com.pledgeboard.i18n.Message;") || file.startsWith("src/main/java/com/pledgeboard/i18n")) {
					collect(CODE.matcher(source));
				}
			}
		}
		chinese = bundle("messages.properties");
		english = bundle("messages_en.properties");
	}

	private void collect(Matcher m) {
		while (m.find()) {
			codes.add(m.group(1));
		}
	}

	@Test
	void shouldFindTheRefusalsOfEveryModule() {
		assertThat(codes).contains("message.joined", "reading.refused.notANumber", "progress.refused.target", "difficulty.refused.outside",
				"evaluation.refused.codeWrong", "account.refused.passwordShort", "catalogue.refused.target.kind",
				"scoring.refused.notANumber", "import.refused.coefficient", "target.field.value");
	}

	@Test
	void shouldHaveEveryCodeInBothBundles() {
		assertThat(codes.stream().filter(c -> !chinese.containsKey(c))).as("missing in messages.properties").isEmpty();
		assertThat(codes.stream().filter(c -> !english.containsKey(c))).as("missing in messages_en.properties").isEmpty();
	}

	@Test
	void shouldTakeTheSameArgumentsInBothLanguages() {
		for (String code : codes) {
			assertThat(arguments(english.getProperty(code))).as(code).isEqualTo(arguments(chinese.getProperty(code)));
		}
	}

	@Test
	void shouldSayRefusalsInEnglishInTheEnglishBundle() {
		assertThat(codes.stream().filter(c -> c.contains(".refused.") && CJK.matcher(english.getProperty(c, "")).find()))
			.isEmpty();
	}

	/** MessageFormat would swallow a single quote in a message with arguments; the bundles use ’ instead. */
	@Test
	void shouldUseNoApostropheThatMessageFormatWouldSwallow() {
		assertThat(codes.stream().filter(c -> english.getProperty(c, "").contains("'")
				|| chinese.getProperty(c, "").contains("'"))).isEmpty();
	}

	private static Set<String> arguments(String message) {
		Set<String> found = new TreeSet<>();
		Matcher m = ARGUMENT.matcher(message == null ? "" : message);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static Properties bundle(String name) throws IOException {
		var properties = new Properties();
		try (Reader in = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
