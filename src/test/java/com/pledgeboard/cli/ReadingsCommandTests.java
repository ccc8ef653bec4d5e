package com.pledgeboard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.pledgeboard.extraction.ReadingScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code readings [FILE]}: the development set of READINGS.md, with its answers stripped, goes in as the
 * question; what the command prints is scored against the answers with the python scorer's rules.
 */
class ReadingsCommandTests {

	static final double DEV_F1_FLOOR = 0.95;

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private final JsonMapper json = JsonMapper.builder().build();

	private int run(String... args) {
		return CommandLineInterface.run(args, new PrintWriter(this.out, true), new PrintWriter(this.err, true),
				Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldAnswerTheDevelopmentSetAboveTheFloor() throws IOException {
		Map<String, Object> gold;
		try (InputStream in = getClass().getResourceAsStream("/readings/dev.gold.json")) {
			gold = this.json.readValue(in, Map.class);
		}
		List<Map<String, Object>> reports = (List<Map<String, Object>>) gold.get("reports");
		List<Map<String, Object>> questions = reports.stream()
			.map((r) -> Map.of("id", r.get("id"), "description", r.get("description"), "narrative", r.get("narrative"),
					"asOf", r.get("asOf")))
			.toList();
		Path question = this.dir.resolve("question.json");
		Files.writeString(question, this.json.writeValueAsString(Map.of("reports", questions)));

		int status = run("readings", question.toString());

		assertThat(status).as(this.err.toString()).isZero();
		Map<String, Object> answer = this.json.readValue(this.out.toString(), Map.class);
		Map<Object, List<Map<String, Object>>> answered = new java.util.HashMap<>();
		for (Map<String, Object> report : (List<Map<String, Object>>) answer.get("reports")) {
			answered.put(report.get("id"), (List<Map<String, Object>>) report.get("readings"));
		}
		ReadingScorer scorer = new ReadingScorer();
		for (Map<String, Object> report : reports) {
			assertThat(answered).containsKey(report.get("id"));
			scorer.score((String) report.get("id"), (List<Map<String, Object>>) report.get("readings"),
					answered.get(report.get("id")));
		}
		System.out.println("readings command on the development set: " + scorer.summary());
		assertThat(scorer.f1()).as(scorer.summary()).isGreaterThanOrEqualTo(DEV_F1_FLOOR);
	}

	@Test
	void shouldNameTheReportAndTheFieldOfAReportWithoutADescription() throws IOException {
		Path input = file("""
				{"reports": [
				  {"id": "r1", "description": "新建口袋公园20个。", "narrative": "已建成口袋公园12个。", "asOf": "2024-06-30"},
				  {"id": "r2", "narrative": "已建成口袋公园12个。", "asOf": "2024-06-30"}
				]}""");

		assertThat(run("readings", input.toString())).isEqualTo(CommandLineInterface.EXIT_INPUT);
		assertThat(this.err.toString()).contains("reports[1]").contains("r2").contains("\"description\"")
			.doesNotContain("at com.");
		assertThat(this.out.toString()).isEmpty();
	}

	@Test
	void shouldNameTheReportOfAnUnreadableDate() throws IOException {
		Path input = file("""
				{"reports": [{"id": 7, "description": "新建口袋公园20个。", "narrative": "已建成12个。", "asOf": "6月底"}]}""");

		assertThat(run("readings", input.toString())).isEqualTo(CommandLineInterface.EXIT_INPUT);
		assertThat(this.err.toString()).contains("reports[0]").contains("asOf").contains("6月底");
	}

	@Test
	void shouldRefuseMalformedJsonWithItsPlace() throws IOException {
		Path input = file("{\"reports\": [ {\"id\": \"r1\",");

		assertThat(run("readings", input.toString())).isEqualTo(CommandLineInterface.EXIT_INPUT);
		assertThat(this.err.toString()).contains("not valid JSON").contains("line").doesNotContain("at tools.");
		assertThat(this.out.toString()).isEmpty();
	}

	@Test
	void shouldRefuseADocumentWithoutReports() throws IOException {
		Path input = file("{\"commitments\": []}");

		assertThat(run("readings", input.toString())).isEqualTo(CommandLineInterface.EXIT_INPUT);
		assertThat(this.err.toString()).contains("\"reports\"");
	}

	private Path file(String content) throws IOException {
		Path file = this.dir.resolve("in.json");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

}
