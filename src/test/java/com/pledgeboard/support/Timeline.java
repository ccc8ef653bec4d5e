package com.pledgeboard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * When each test class ran, and on which thread: {@code target/test-timeline-<pid>.tsv}, one file for
 * each test JVM (the suite's and the fuzz tests'), with start and end in milliseconds from the run's
 * start, the thread and the class, written when the run ends. It shows
 * where the suite's minutes go when classes run side by side ({@link Beside}), which surefire's class
 * times alone do not: a class may be slow because it waited for a lock or for a core. Registered as a
 * JUnit Platform listener (META-INF/services).
 */
public final class Timeline implements TestExecutionListener {

	private static final Path FILE = Path.of("target", "test-timeline-" + ProcessHandle.current().pid() + ".tsv");

	private record Run(long start, String thread) {
	}

	private record Ran(long start, long end, String thread, String className) {
	}

	private final Map<String, Run> running = new ConcurrentHashMap<>();

	private final List<Ran> ran = new ArrayList<>();

	private volatile long origin;

	@Override
	public void testPlanExecutionStarted(TestPlan plan) {
		origin = System.currentTimeMillis();
	}

	@Override
	public void executionStarted(TestIdentifier test) {
		if (test.getSource().orElse(null) instanceof ClassSource) {
			running.put(test.getUniqueId(), new Run(System.currentTimeMillis() - origin, Thread.currentThread().getName()));
		}
	}

	@Override
	public void executionFinished(TestIdentifier test, TestExecutionResult result) {
		Run run = running.remove(test.getUniqueId());
		if (run != null && test.getSource().orElseThrow() instanceof ClassSource source) {
			synchronized (ran) {
				ran.add(new Ran(run.start(), System.currentTimeMillis() - origin, run.thread(), source.getClassName()));
			}
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan plan) {
		try {
			Files.createDirectories(FILE.getParent());
			synchronized (ran) {
				Files.write(FILE, ran.stream()
					.sorted(Comparator.comparingLong(Ran::start))
					.map(r -> r.start() + "\t" + r.end() + "\t" + r.thread() + "\t" + r.className())
					.toList(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
