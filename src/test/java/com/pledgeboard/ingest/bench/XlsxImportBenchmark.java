package com.pledgeboard.ingest.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.pledgeboard.documents.ExportTable;
import com.pledgeboard.ingest.ParsedTable;
import com.pledgeboard.ingest.document.DocumentReader;
import com.pledgeboard.ingest.document.Tables;
import com.pledgeboard.ingest.grid.ReadLimits;
import com.pledgeboard.ingest.ReadProgress;
import com.pledgeboard.documents.xlsx.XlsxTableWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of reading an XLSX workbook of 10,000 commitments (2,000 departments of the seed's
 * commitments, renamed) into a table, through the same {@link DocumentReader} the import uses.
 *
 * <p>Time (and, with {@code -prof gc}, allocation per read): {@code mvn -q -Pbench test-compile exec:exec
 * -Dbench=XlsxImportBenchmark}. Peak heap of one read in a fresh JVM: {@code mvn -q -Pbench test-compile exec:java
 * -Dexec.mainClass=com.pledgeboard.ingest.bench.XlsxImportBenchmark -Dexec.classpathScope=test}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = { "-Xmx1g" })
public class XlsxImportBenchmark {

	static final int COMMITMENTS = 10_000;

	byte[] workbook;

	@Setup
	public void write() {
		workbook = workbook();
	}

	@Benchmark
	public ParsedTable read() {
		return new DocumentReader(ReadLimits.DEFAULT).read(workbook, "bench.xlsx", ReadProgress.NONE).table();
	}

	static byte[] workbook() {
		ExportTable seed = Tables.export(Tables.seed());
		List<ExportTable.Department> departments = new ArrayList<>();
		int commitments = 0;
		for (int copy = 0; commitments < COMMITMENTS; copy++) {
			for (ExportTable.Department d : seed.departments()) {
				if (commitments >= COMMITMENTS) {
					break;
				}
				int take = Math.min(d.commitments().size(), COMMITMENTS - commitments);
				departments.add(new ExportTable.Department(d.nameInText() + copy, d.category(), d.selfCoefficient(),
						d.assessedCoefficient(), d.commitments().subList(0, take)));
				commitments += take;
			}
		}
		return new XlsxTableWriter().write(new ExportTable(seed.title(), List.of(), departments));
	}

	/** Peak heap of one read: the pools' peaks reset after the workbook is written and the heap collected. */
	public static void main(String[] args) {
		byte[] workbook = workbook();
		System.gc();
		long before = used();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		ParsedTable table = new DocumentReader(ReadLimits.DEFAULT).read(workbook, "bench.xlsx", ReadProgress.NONE).table();
		long millis = (System.nanoTime() - start) / 1_000_000;
		long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed()).sum();
		System.out.printf("workbook %,d bytes; %d commitments read in %d ms (cold); heap before %,d MB, peak of pools during read %,d MB%n",
				workbook.length, table.commitmentCount(), millis, before >> 20, peak >> 20);
	}

	private static long used() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
