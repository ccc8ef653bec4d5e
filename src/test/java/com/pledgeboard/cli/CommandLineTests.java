package com.pledgeboard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import com.pledgeboard.Json;
import com.pledgeboard.TestResources;
import com.pledgeboard.ingest.SeedGoldAssert;
import com.pledgeboard.support.SetsSystemProperties;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SetsSystemProperties
@Order(1)
class CommandLineTests {

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return runFor(Locale.SIMPLIFIED_CHINESE, args);
	}

	/** Runs a command for a reader of the language given. */
	private int runFor(Locale reader, String... args) {
		return CommandLineInterface.run(args, new PrintWriter(out, true), new PrintWriter(err, true), reader);
	}

	private Path file(String name, byte[] content) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, content);
		return file;
	}

	@Test
	void shouldTakeTheReadersLanguageFromTheEnvironmentAndChineseWhereItNamesNone() {
		assertThat(CommandLineInterface.readerLocale(Map.of("LANG", "en_GB.UTF-8")).getLanguage()).isEqualTo("en");
		assertThat(CommandLineInterface.readerLocale(Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		assertThat(CommandLineInterface.readerLocale(Map.of("LANG", "en_US.UTF-8", "LC_MESSAGES", "zh_CN.UTF-8")))
			.as("LC_MESSAGES before LANG").isEqualTo(Locale.SIMPLIFIED_CHINESE);
		assertThat(CommandLineInterface.readerLocale(Map.of("LC_ALL", "en_US", "LC_MESSAGES", "zh_CN.UTF-8")).getLanguage())
			.as("LC_ALL before both").isEqualTo("en");
		assertThat(CommandLineInterface.readerLocale(Map.of("LANG", "C.UTF-8"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		assertThat(CommandLineInterface.readerLocale(Map.of("LANG", "POSIX"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		assertThat(CommandLineInterface.readerLocale(Map.of())).isEqualTo(Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void shouldRecogniseItsCommandsAndLeaveEverythingElseToTheServer() {
		assertThat(CommandLineInterface.handles(new String[] { "import", "x" })).isTrue();
		assertThat(CommandLineInterface.handles(new String[] { "extract" })).isTrue();
		assertThat(CommandLineInterface.handles(new String[] { "--server.port=9000" })).isFalse();
		assertThat(CommandLineInterface.handles(new String[0])).isFalse();
		assertThat(CommandLineInterface.handles(new String[] { "improt", "file.xlsx" })).isTrue();
		assertThat(CommandLineInterface.handles(new String[] { "--spring.profiles.active=x", "typo" })).isTrue();
		assertThat(CommandLineInterface.handles(new String[] { "--help" })).isTrue();
	}

	@Test
	void shouldAnswerAMistypedCommandWithTheUsageAndStatusTwo() {
		int status = run("improt", "file.xlsx");
		assertThat(status).isEqualTo(2);
		assertThat(err.toString()).contains("improt").contains("Usage").contains("import");
		assertThat(out.toString()).isEmpty();
	}

	@Test
	void shouldPrintTheSeedAsTheGoldOnDryRun() throws IOException {
		Path seed = file("seed.txt", TestResources.bytes("ingest/000_d450a7bd56f78988.txt"));
		int status = run("import", seed.toString(), "--year", "2022", "--region", "330500", "--dry-run");
		assertThat(status).as(err.toString()).isZero();
		JsonNode printed = Json.forCommandLine().readTree(out.toString());
		assertThat(printed.get("source").asString()).isEqualTo("seed.txt");
		assertThat(printed.get("warnings").isArray()).isTrue();
		SeedGoldAssert.assertEqualsGold(printed.get("departments"));
	}

	@Test
	void shouldFailWithAMessageAndNoStackTraceOnAMissingFile() {
		int status = run("import", dir.resolve("nope.txt").toString(), "--dry-run");
		assertThat(status).isEqualTo(CommandLineInterface.EXIT_INPUT);
		assertThat(err.toString()).contains("nope.txt").contains("no such file").doesNotContain("Exception");
		assertThat(out.toString()).isEmpty();
	}

	@Test
	void shouldFailWithAMessageOnABinaryFile() throws IOException {
		Path png = file("table.txt", new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 });
		int status = run("import", png.toString(), "--dry-run");
		assertThat(status).isEqualTo(CommandLineInterface.EXIT_INPUT);
		assertThat(err.toString()).contains("table.txt");
	}

	@Test
	void shouldImportIntoTheDatabaseAndExportTheSameTable() throws IOException {
		Path seed = file("seed.txt", TestResources.bytes("ingest/000_d450a7bd56f78988.txt"));
		// Each command starts and closes its own context: a file database lets the second see the first.
		System.setProperty("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
		try {
			int imported = run("import", seed.toString(), "--year", "2025", "--state", "PUBLISHED");
			assertThat(imported).as(err.toString()).isZero();
			assertThat(out.toString()).contains("16 departments").contains("80 commitments");
			out.getBuffer().setLength(0);
			assertThat(run("import", seed.toString(), "--year", "2025")).isEqualTo(CommandLineInterface.EXIT_INPUT);
			assertThat(err.toString()).contains("已有2025年度的考评年度");
			err.getBuffer().setLength(0);
			assertThat(runFor(Locale.ENGLISH, "import", seed.toString(), "--year", "2025"))
				.isEqualTo(CommandLineInterface.EXIT_INPUT);
			assertThat(err.toString()).as("the refusal in the reader's language")
				.contains("already has the plan year 2025").doesNotContain("已有");
			assertThat(run("export", "--year", "2025", "--format", "json")).as(err.toString()).isZero();
			SeedGoldAssert.assertEqualsGold(Json.forCommandLine().readTree(out.toString()).get("departments"));
		}
		finally {
			System.clearProperty("spring.datasource.url");
		}
	}

	@Test
	void shouldExportEveryFormatToAFileAndImportTheWorkbookBack() throws IOException {
		Path seed = file("seed.txt", TestResources.bytes("ingest/000_d450a7bd56f78988.txt"));
		System.setProperty("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
		try {
			assertThat(run("import", seed.toString(), "--year", "2026")).as(err.toString()).isZero();
			for (String format : new String[] { "json", "csv", "xlsx" }) {
				Path output = dir.resolve("2026." + format);
				assertThat(run("export", "--year", "2026", "--format", format, "--output", output.toString())).as(err.toString()).isZero();
				assertThat(java.nio.file.Files.size(output)).as(format).isPositive();
			}
			out.getBuffer().setLength(0);
			Path named = dir.resolve("2026.xlsx");
			assertThat(run("import", named.toString(), "--year", "2027", "--dry-run")).as(err.toString()).isZero();
			var document = Json.forCommandLine().readTree(out.toString());
			assertThat(document.get("format").asString()).isEqualTo("XLSX");
			SeedGoldAssert.assertEqualsGold(document.get("departments"));
			assertThat(err.toString()).doesNotContain("internal error");
		}
		finally {
			System.clearProperty("spring.datasource.url");
		}
	}

	@Test
	void shouldRefuseAnExportOfAYearThatIsNotThere() {
		int status = run("export", "--year", "1999", "--format", "json");
		assertThat(status).isEqualTo(CommandLineInterface.EXIT_INPUT);
		assertThat(err.toString()).contains("1999");
	}

	@Test
	void shouldExtractTargetsIntoThePredictionShape() throws IOException {
		Path input = file("in.json", """
				{"planYear": 2024, "commitments": [
				  {"department": "市园林局", "no": 1, "description": "新建口袋公园20个，6月底前完成绿道贯通。", "extra": true}
				]}""".getBytes(StandardCharsets.UTF_8));
		int status = run("extract", input.toString());
		assertThat(status).as(err.toString()).isZero();
		JsonNode printed = Json.forCommandLine().readTree(out.toString());
		JsonNode item = printed.get("commitments").get(0);
		assertThat(item.get("extra").asBoolean()).isTrue();
		assertThat(item.get("targets").valueStream().map(t -> t.get("kind").asString()))
			.contains("quantity", "deadline");
	}

	@Test
	void shouldRefuseMalformedExtractionInput() throws IOException {
		Path input = file("bad.json", "{\"commitments\": [ {\"no\": 1} ]}".getBytes(StandardCharsets.UTF_8));
		assertThat(run("extract", input.toString())).isEqualTo(CommandLineInterface.EXIT_INPUT);
		assertThat(err.toString()).contains("commitments[0]").contains("description");
		Path notJson = file("worse.json", "{\"commitments\": [".getBytes(StandardCharsets.UTF_8));
		assertThat(run("extract", notJson.toString())).isEqualTo(CommandLineInterface.EXIT_INPUT);
		assertThat(err.toString()).contains("not valid JSON").doesNotContain("at tools.");
	}

}
