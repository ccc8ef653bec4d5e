package com.pledgeboard.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The held-out gold files are what the one build script makes of their labels
 * ({@code src/test/resources/heldout-build.py NAME.labels.py}), byte for byte: a label changed without
 * rebuilding, or a gold file edited by hand, fails here. Skipped where there is no python3.
 */
class HeldOutGoldBuildTest {

	private static final Path RESOURCES = Path.of("src/test/resources");

	private static final List<String> BATCHES = List.of("extraction/heldout-targets", "extraction/heldout-b-targets",
			"readings/heldout", "readings/heldout-b", "readings/heldout-c");

	@TempDir
	Path copy;

	@Test
	void shouldRebuildEveryHeldOutGoldFileFromItsLabels() throws Exception {
		assumeTrue(python3(), "python3 is not installed");
		Files.copy(RESOURCES.resolve("heldout-build.py"), copy.resolve("heldout-build.py"));
		for (String folder : List.of("extraction", "readings")) {
			Files.createDirectories(copy.resolve(folder));
			try (Stream<Path> files = Files.list(RESOURCES.resolve(folder))) {
				for (Path file : files.filter(f -> f.getFileName().toString().startsWith("heldout")).toList()) {
					Files.copy(file, copy.resolve(folder).resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		for (String batch : BATCHES) {
			Files.delete(copy.resolve(batch + ".gold.json"));
		}
		List<String> command = new ArrayList<>(List.of("python3", "heldout-build.py"));
		BATCHES.forEach(b -> command.add(b + ".labels.py"));
		Process build = new ProcessBuilder(command).directory(copy.toFile()).redirectErrorStream(true).start();
		String output = new String(build.getInputStream().readAllBytes());
		assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(build.exitValue()).as(output).isZero();
		for (String batch : BATCHES) {
			assertThat(Files.readString(copy.resolve(batch + ".gold.json"))).as(batch + ".gold.json rebuilt from its labels")
				.isEqualTo(Files.readString(RESOURCES.resolve(batch + ".gold.json")));
		}
	}

	private static boolean python3() {
		try {
			Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
			p.getInputStream().readAllBytes();
			return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
