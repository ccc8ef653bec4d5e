package com.pledgeboard.ingest.bench;

import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.text.SeedTextReader;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Time and allocation of one {@link SeedTextReader#read} of a generated table in the seed's layout
 * with 1,000 departments / 6,000 commitments and with 10,000 / 60,000, to show that reading grows
 * linearly.
 *
 * <p>Time only: {@code mvn -q -Pbench test-compile exec:exec -Dbench=SeedTextReaderBenchmark}.
 * With the GC profiler ({@code gc.alloc.rate.norm}, bytes allocated per read) and the retained heap
 * of the result: {@code mvn -q -Pbench test-compile exec:java
 * -Dexec.mainClass=com.pledgeboard.ingest.bench.SeedTextReaderBenchmark -Dexec.classpathScope=test}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
public class SeedTextReaderBenchmark {

	@Param({ "1000", "10000" })
	public int departments;

	private String text;

	private final SeedTextReader reader = new SeedTextReader();

	@Setup
	public void generate() {
		text = SeedTableGenerator.generate(departments);
	}

	@Benchmark
	public ParsedTable read() {
		return reader.read(text, "generated.txt");
	}

	public static void main(String[] args) throws Exception {
		exposeClassPathToForks();
		new Runner(new OptionsBuilder().include(SeedTextReaderBenchmark.class.getSimpleName())
			.addProfiler(GCProfiler.class)
			.build()).run();
		for (int size : new int[] { 1_000, 10_000 }) {
			printRetainedHeap(size);
		}
	}

	/**
	 * JMH starts its forks with {@code java.class.path}; under {@code exec:java} the test classes are
	 * only known to the context class loader, so they are copied over.
	 */
	private static void exposeClassPathToForks() {
		if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
			StringJoiner path = new StringJoiner(System.getProperty("path.separator"));
			for (URL url : loader.getURLs()) {
				path.add(url.getPath());
			}
			System.setProperty("java.class.path", path.toString());
		}
	}

	private static void printRetainedHeap(int size) {
		String text = SeedTableGenerator.generate(size);
		long before = usedHeapAfterGc();
		ParsedTable table = new SeedTextReader().read(text, "generated.txt");
		long after = usedHeapAfterGc();
		System.out.printf("retained heap of the ParsedTable for %,d departments / %,d commitments: about %.1f MB (text itself %.1f MB as a String)%n",
				table.departments().size(), table.commitmentCount(), (after - before) / 1e6, text.length() * 2 / 1e6);
	}

	private static long usedHeapAfterGc() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
