package com.pledgeboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string of a template comes from the message bundles: a text node is only a
 * placeholder that th:text replaces, so a template may carry no Chinese of its own. A text template
 * (the mails, {@code templates/mail/*.txt}) shows only what its inlined expressions write.
 */
class TemplateTextTests {

	private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");

	private static final Pattern TAG_WITH_TEXT = Pattern
		.compile("<([a-z0-9]+)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>([^<]*[^<\\s][^<]*)<");

	/** Thymeleaf's inlined expressions and element blocks in TEXT mode: [(...)], [[...]], [# ...], [/]. */
	private static final Pattern TEXT_EXPRESSION = Pattern.compile("\\[\\((.*?)\\)\\]|\\[\\[(.*?)\\]\\]|\\[#[^\\]]*\\]|\\[/\\]");

	@Test
	void shouldWriteEveryTextTemplateFromMessageBundles() throws IOException {
		List<String> offences = new ArrayList<>();
		List<Path> templates;
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			templates = files.filter(p -> p.toString().endsWith(".txt")).toList();
		}
		for (Path file : templates) {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (CJK.matcher(line).find()) {
					offences.add(file + ":" + (i + 1) + ": Chinese text in the template itself");
				}
				String text = TEXT_EXPRESSION.matcher(line).replaceAll("").strip();
				if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
					offences.add(file + ":" + (i + 1) + ": shows '" + text + "' not from a message bundle");
				}
			}
		}
		assertThat(templates).as("the mail templates").isNotEmpty();
		assertThat(offences).isEmpty();
	}

	@Test
	void shouldTakeEveryVisibleStringFromMessageBundles() throws IOException {
		List<String> offences = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file, StandardCharsets.UTF_8);
				if (CJK.matcher(html).find()) {
					offences.add(file + ": Chinese text in the template itself");
				}
				Matcher m = TAG_WITH_TEXT.matcher(html);
				while (m.find()) {
					String attributes = m.group(2);
					boolean replaced = attributes.contains("th:text") || attributes.contains("th:utext")
							|| attributes.contains("th:replace") || attributes.contains("th:insert")
							|| attributes.contains("sec:authentication");
					String text = m.group(3).strip();
					boolean symbol = text.codePoints().noneMatch(Character::isLetterOrDigit);
					if (!replaced && !symbol) {
						offences.add(file + ": <" + m.group(1) + "> shows '" + text + "' not from a message bundle");
					}
				}
			}
		}
		assertThat(offences).isEmpty();
	}

	/**
	 * Both bundles define the same keys, each once: a key written twice silently takes the later text,
	 * and a key missing from one language shows the other's text or the bare code.
	 */
	@Test
	void shouldDefineEveryMessageOnceInBothLanguages() throws IOException {
		Map<String, List<String>> keys = new LinkedHashMap<>();
		List<String> duplicates = new ArrayList<>();
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			List<String> own = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (String line : Files.readAllLines(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || !trimmed.contains("=")) {
					continue;
				}
				String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
				if (!seen.add(key)) {
					duplicates.add(bundle + ": " + key);
				}
				own.add(key);
			}
			keys.put(bundle, own);
		}
		assertThat(duplicates).isEmpty();
		assertThat(new TreeSet<>(keys.get("messages_en.properties")))
			.isEqualTo(new TreeSet<>(keys.get("messages.properties")));
	}

}
