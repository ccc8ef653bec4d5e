package com.pledgeboard.extraction.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import com.pledgeboard.extraction.ExtractedTarget;
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
 * Throughput of target extraction over the seed's 80 descriptions, against two baselines in the
 * same run: a bare scan for Arabic numbers ({@code \d+(\.\d+)?}) and HanLP portable's standard
 * segmentation. One operation processes all 80 descriptions; characters per second = ops/s × the
 * total characters, which {@link #setUp()} prints.
 * <p>
 * Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench=ExtractionBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExtractionBenchmark {

	private static final Pattern ARABIC_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

	private static final int PLAN_YEAR = 2022;

	private List<String> descriptions;

	private TargetExtractor extractor;

	@Setup(Level.Trial)
	@SuppressWarnings("unchecked")
	public void setUp() throws IOException {
		try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("/extraction/seed-targets.gold.json")) {
			Map<String, Object> gold = JsonMapper.builder().build().readValue(in, Map.class);
			this.descriptions = ((List<Map<String, Object>>) gold.get("commitments")).stream()
				.map((c) -> (String) c.get("description"))
				.toList();
		}
		this.extractor = new TargetExtractor();
		// Loads HanLP's dictionaries before measuring, as a long-running service would have.
		HanLP.segment(this.descriptions.get(0));
		int chars = this.descriptions.stream().mapToInt(String::length).sum();
		System.out.println("descriptions: " + this.descriptions.size() + ", characters per operation: " + chars);
	}

	@Benchmark
	public void extractor(Blackhole blackhole) {
		for (String description : this.descriptions) {
			List<ExtractedTarget> targets = this.extractor.extract(description, PLAN_YEAR);
			blackhole.consume(targets);
		}
	}

	@Benchmark
	public void bareNumberScan(Blackhole blackhole) {
		for (String description : this.descriptions) {
			Matcher matcher = ARABIC_NUMBER.matcher(description);
			int found = 0;
			while (matcher.find()) {
				found += matcher.end() - matcher.start();
			}
			blackhole.consume(found);
		}
	}

	@Benchmark
	public void hanlpSegmentation(Blackhole blackhole) {
		for (String description : this.descriptions) {
			List<Term> terms = HanLP.segment(description);
			blackhole.consume(terms);
		}
	}

}
