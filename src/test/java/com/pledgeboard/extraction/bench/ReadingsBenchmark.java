package com.pledgeboard.extraction.bench;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.ProposedReading;
import com.pledgeboard.extraction.ReadingExtractor;
import com.pledgeboard.extraction.TargetExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throughput of the readings engine over the 25 reports of the development set (READINGS.md), beside
 * the target extractor's in the same run: {@code readingsFromDescription} extracts the targets and reads
 * the narrative (what {@code readings} and the report form do), {@code readingsOfConfirmedTargets} reads
 * the narrative against targets extracted beforehand, {@code targetExtraction} is the extractor alone on
 * the same descriptions, and {@code bareNumberScan} finds the Arabic numbers of the narratives with a
 * regular expression, the least any reader must do. One operation processes all 25 reports;
 * {@link #setUp()} prints the characters per operation.
 * <p>
 * Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench=ReadingsBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReadingsBenchmark {

	private static final Pattern ARABIC_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

	private record Report(String description, String narrative, LocalDate asOf, List<ExtractedTarget> targets) {
	}

	private List<Report> reports;

	private ReadingExtractor readings;

	private TargetExtractor targets;

	@Setup(Level.Trial)
	@SuppressWarnings("unchecked")
	public void setUp() throws IOException {
		this.targets = new TargetExtractor();
		this.readings = new ReadingExtractor(this.targets, com.pledgeboard.extraction.ReadingVocabulary.defaults());
		try (InputStream in = ReadingsBenchmark.class.getResourceAsStream("/readings/dev.gold.json")) {
			Map<String, Object> gold = JsonMapper.builder().build().readValue(in, Map.class);
			this.reports = new ArrayList<>();
			for (Map<String, Object> r : (List<Map<String, Object>>) gold.get("reports")) {
				LocalDate asOf = LocalDate.parse((String) r.get("asOf"));
				String description = (String) r.get("description");
				this.reports.add(new Report(description, (String) r.get("narrative"), asOf,
						this.targets.extract(description, asOf.getYear())));
			}
		}
		int narratives = this.reports.stream().mapToInt((r) -> r.narrative().length()).sum();
		int descriptions = this.reports.stream().mapToInt((r) -> r.description().length()).sum();
		System.out.println("reports: " + this.reports.size() + ", narrative characters per operation: " + narratives
				+ ", description characters: " + descriptions);
	}

	@Benchmark
	public void readingsFromDescription(Blackhole blackhole) {
		for (Report report : this.reports) {
			List<ProposedReading> proposed = this.readings.propose(report.description(), report.narrative(), report.asOf());
			blackhole.consume(proposed);
		}
	}

	@Benchmark
	public void readingsOfConfirmedTargets(Blackhole blackhole) {
		for (Report report : this.reports) {
			List<ProposedReading> proposed = this.readings.propose(report.targets(), report.narrative(), report.asOf());
			blackhole.consume(proposed);
		}
	}

	@Benchmark
	public void targetExtraction(Blackhole blackhole) {
		for (Report report : this.reports) {
			blackhole.consume(this.targets.extract(report.description(), report.asOf().getYear()));
		}
	}

	@Benchmark
	public void bareNumberScan(Blackhole blackhole) {
		for (Report report : this.reports) {
			Matcher matcher = ARABIC_NUMBER.matcher(report.narrative());
			int found = 0;
			while (matcher.find()) {
				found += matcher.end() - matcher.start();
			}
			blackhole.consume(found);
		}
	}

}
